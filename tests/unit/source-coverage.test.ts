import { globSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptedRewordings, extractFacts, missingFacts, normalizeForComparison } from '../../scripts/lib/source-coverage.ts';

/** The owner's original notes sit beside the repository (../shared/source-notes), as in CI. */
const sourceDir = path.resolve('..', 'shared', 'source-notes');
const sourceFiles = readdirSync(sourceDir).filter((name) => name.endsWith('.txt')).sort();
const content = globSync('content/*/*.mdx').map((file) => readFileSync(file, 'utf8')).join('\n');

describe('every fact of the source notes reaches the content', () => {
  it('reads all five notes and finds their facts', () => {
    expect(sourceFiles).toHaveLength(5);
    const facts = sourceFiles.flatMap((name) => extractFacts(readFileSync(path.join(sourceDir, name), 'utf8')));
    expect(facts.length).toBeGreaterThan(1500);
    // 17 URLs in all; the S3 object URL in 001 is an example inside a code block, checked word by word.
    expect(facts.filter((fact) => fact.kind === 'link')).toHaveLength(16);
    expect(facts.filter((fact) => fact.kind === 'diagram-label').length).toBeGreaterThan(60);
  });

  for (const name of sourceFiles) {
    it(`${name}: links, bold terms, code, table cells, numbers and diagram labels are all on the site`, () => {
      const missing = missingFacts(readFileSync(path.join(sourceDir, name), 'utf8'), content);
      expect(missing.map((fact) => `${name}:${fact.line} [${fact.kind}] ${fact.text}`)).toEqual([]);
    });
  }

  it('every accepted rewording is really present in its new form', () => {
    const haystack = normalizeForComparison(content);
    for (const [, site] of acceptedRewordings) expect(haystack, site).toContain(normalizeForComparison(site));
  });

  it('detects a fact that is missing', () => {
    expect(missingFacts('| 항목 | **존재하지 않는 용어 XYZ** |\n', content).map((fact) => fact.text)).toContain('존재하지 않는 용어 XYZ');
  });
});
