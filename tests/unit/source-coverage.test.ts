import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { acceptedRewordings, missingFacts, missingOf, normalizeForComparison } from '../../scripts/lib/source-coverage.ts';
import { buildManifest, compareFacts, manifestPath, parseManifest, serializeManifest } from '../../scripts/lib/source-facts-manifest.ts';

/**
 * The owner's original notes are not in the repository; their facts are, in the manifest that
 * `npm run source-facts -- <folder>` writes from them. Every fact must be findable in content/.
 */
const manifestText = readFileSync(manifestPath, 'utf8');
const manifest = parseManifest(manifestText);
const content = globSync('content/*/*.mdx')
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
const sourceFiles = manifest.sources.map((source) => source.file);

describe('the manifest of the source notes', () => {
  it('holds the facts of all five notes', () => {
    expect(sourceFiles).toHaveLength(5);
    for (const file of sourceFiles) expect(manifest.facts.filter((fact) => fact.file === file).length, file).toBeGreaterThan(50);
    expect(manifest.facts.length).toBeGreaterThan(1500);
    // 17 URLs in all; the S3 object URL in 001 is an example inside a code block, checked word by word.
    expect(manifest.facts.filter((fact) => fact.kind === 'link')).toHaveLength(16);
    expect(manifest.facts.filter((fact) => fact.kind === 'diagram-label').length).toBeGreaterThan(60);
  });

  it('is exactly what the generator writes: sorted, no duplicates, every fact from a listed source', () => {
    expect(serializeManifest(manifest)).toBe(manifestText);
    const keys = manifest.facts.map((fact) => JSON.stringify(fact));
    expect(new Set(keys).size).toBe(keys.length);
    expect(manifest.facts).toEqual([...manifest.facts].sort(compareFacts));
    for (const fact of manifest.facts) expect(sourceFiles).toContain(fact.file);
  });

  it('the generator extracts, deduplicates and sorts facts the same way from a note', () => {
    const note = '| 항목 | 설명 |\n|---|---|\n| **Broker** | 1ms, **Broker** |\n\n`kafka-topics` 참고: https://kafka.apache.org\n';
    const built = buildManifest([
      { name: 'b.txt', text: note },
      { name: 'a.txt', text: '**Zookeeper** 3초\n' },
    ]);
    expect(built.sources.map((source) => source.file)).toEqual(['a.txt', 'b.txt']);
    expect(built.facts.map(({ file, line, kind, text }) => `${file}:${line} ${kind} ${text}`)).toEqual([
      'a.txt:1 bold Zookeeper',
      'a.txt:1 number 3초',
      'b.txt:1 table 설명',
      'b.txt:1 table 항목',
      'b.txt:3 bold Broker',
      'b.txt:3 number 1ms',
      'b.txt:3 table **Broker**',
      'b.txt:3 table 1ms, **Broker**',
      'b.txt:5 code kafka-topics',
      'b.txt:5 link https://kafka.apache.org',
    ]);
    expect(parseManifest(serializeManifest(built))).toEqual(built);
  });

  it('rejects a hand-edited entry of the wrong shape', () => {
    const edited = manifestText.replace('"kind":"table"', '"kind":"tabel"');
    expect(() => parseManifest(edited)).toThrow();
  });
});

describe('every fact of the source notes reaches the content', () => {
  for (const file of sourceFiles) {
    it(`${file}: links, bold terms, code, table cells, numbers and diagram labels are all on the site`, () => {
      const missing = missingOf(
        manifest.facts.filter((fact) => fact.file === file),
        content,
      );
      expect(missing.map((fact) => `${file}:${fact.line} [${fact.kind}] ${fact.text}`)).toEqual([]);
    });
  }

  it('every accepted rewording is really present in its new form', () => {
    const haystack = normalizeForComparison(content);
    for (const [, site] of acceptedRewordings) expect(haystack, site).toContain(normalizeForComparison(site));
  });

  it('detects a fact that is missing, in a note and in the manifest', () => {
    expect(missingFacts('| 항목 | **존재하지 않는 용어 XYZ** |\n', content).map((fact) => fact.text)).toContain('존재하지 않는 용어 XYZ');
    const fact = manifest.facts.find((candidate) => candidate.kind === 'bold')!;
    expect(missingOf([fact], content)).toEqual([]);
    const withoutIt = content.replaceAll(fact.text, '').replaceAll(fact.text.toLowerCase(), '');
    expect(missingOf([fact], withoutIt)).toEqual([fact]);
  });
});
