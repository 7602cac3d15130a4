import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/lib/checks/report.ts';
import { checkContent } from '../../src/lib/content-check.ts';
import { sharedRenderer } from '../../src/lib/mermaid/renderer.ts';
import { buildCompiler } from './helpers/build-compiler.ts';

afterAll(() => sharedRenderer.close());

const fixtures = 'tests/fixtures/bad-content';

/**
 * One small bad fixture per rule and per bad input found so far: the message must name the file, the line,
 * the rule, say what and how to fix. Fixture notes start with an 8-line frontmatter, a blank line and
 * `## 개념` on line 10, so body text is line 12.
 */
const cases: Array<{ name: string; file: string; line: number; rule: string; message: RegExp }> = [
  // Frontmatter (topic-schema.ts), place and name of the note.
  { name: 'missing-field', file: 'messaging/kafka.mdx', line: 1, rule: 'frontmatter', message: /frontmatter description: 필수 필드 description/ },
  { name: 'invalid-order', file: 'messaging/kafka.mdx', line: 5, rule: 'frontmatter', message: /frontmatter order: 순서\(order\)는 1 이상/ },
  { name: 'unknown-category', file: 'messaging/kafka.mdx', line: 4, rule: 'frontmatter', message: /frontmatter category: 카테고리\(category\)는 containers, cloud/ },
  { name: 'bad-tag', file: 'messaging/kafka.mdx', line: 6, rule: 'frontmatter', message: /frontmatter tags\.0: 태그\(tags\)는 소문자/ },
  { name: 'unknown-field', file: 'messaging/kafka.mdx', line: 8, rule: 'frontmatter', message: /알 수 없는 필드 titel/ },
  { name: 'no-frontmatter', file: 'messaging/kafka.mdx', line: 1, rule: 'frontmatter', message: /frontmatter가 없습니다/ },
  { name: 'yaml-error', file: 'messaging/kafka.mdx', line: 7, rule: 'frontmatter', message: /frontmatter YAML을 읽을 수 없습니다/ },
  { name: 'category-mismatch', file: 'data/kafka.mdx', line: 1, rule: 'note-location', message: /category "messaging"가 폴더 "data"와 다릅니다/ },
  { name: 'nested-note', file: 'messaging/deep/kafka.mdx', line: 1, rule: 'note-location', message: /어느 페이지에도 실리지 않습니다/ },
  { name: 'md-extension', file: 'messaging/kafka.md', line: 1, rule: 'note-extension', message: /노트 파일이 \.md입니다/ },
  { name: 'duplicate-url', file: 'messaging/kafka.mdx', line: 1, rule: 'duplicate-url', message: /같은 주소 \/messaging\/kafka\/를 messaging\/Kafka\.mdx도 씁니다/ },
  { name: 'duplicate-order', file: 'messaging/queue.mdx', line: 1, rule: 'duplicate-order', message: /order 1이\(가\) 같은 카테고리의 .*kafka\.mdx와 겹칩니다/ },
  // Text and MDX.
  { name: 'not-nfc', file: 'messaging/kafka.mdx', line: 12, rule: 'nfc', message: /NFC가 아닌 글자/ },
  { name: 'mdx-syntax', file: 'messaging/kafka.mdx', line: 12, rule: 'mdx-syntax', message: /MDX 문법 오류/ },
  { name: 'expression', file: 'messaging/kafka.mdx', line: 12, rule: 'mdx-expression', message: /JavaScript 식 \{console\.log\(1\)\}/ },
  { name: 'attribute-expression', file: 'messaging/kafka.mdx', line: 12, rule: 'mdx-expression', message: /<Question>의 q 속성 값이 JavaScript 식/ },
  { name: 'export', file: 'messaging/kafka.mdx', line: 12, rule: 'mdx-esm', message: /export 문이 있습니다/ },
  { name: 'import', file: 'messaging/kafka.mdx', line: 12, rule: 'mdx-esm', message: /import 문이 있습니다/ },
  // Content policy: tags, attributes, URLs.
  { name: 'script-tag', file: 'messaging/kafka.mdx', line: 12, rule: 'html-element', message: /<script> 태그는 노트에 쓸 수 없습니다/ },
  { name: 'uppercase-script', file: 'messaging/kafka.mdx', line: 12, rule: 'html-element', message: /<SCRIPT> 태그는 노트에 쓸 수 없습니다/ },
  { name: 'style-tag', file: 'messaging/kafka.mdx', line: 12, rule: 'html-element', message: /<style> 태그는/ },
  { name: 'iframe', file: 'messaging/kafka.mdx', line: 12, rule: 'html-element', message: /<iframe> 태그는/ },
  { name: 'meta-refresh', file: 'messaging/kafka.mdx', line: 12, rule: 'html-element', message: /<meta> 태그는/ },
  { name: 'unknown-element', file: 'messaging/kafka.mdx', line: 12, rule: 'html-element', message: /<div>은\(는\) 노트에 쓸 수 있는 태그가 아닙니다/ },
  { name: 'data-anchor-tag', file: 'messaging/kafka.mdx', line: 12, rule: 'html-element', message: /<a>은\(는\)/ },
  { name: 'event-attribute', file: 'messaging/kafka.mdx', line: 12, rule: 'html-attribute', message: /이벤트 처리기 속성 onClick/ },
  { name: 'style-attribute', file: 'messaging/kafka.mdx', line: 12, rule: 'html-attribute', message: /<mark>에 쓸 수 없는 속성 style/ },
  { name: 'javascript-link', file: 'messaging/kafka.mdx', line: 12, rule: 'unsafe-url', message: /javascript: 는 쓸 수 없습니다/ },
  { name: 'obfuscated-javascript-link', file: 'messaging/kafka.mdx', line: 12, rule: 'unsafe-url', message: /javascript: 는 쓸 수 없습니다/ },
  { name: 'spaced-javascript-link', file: 'messaging/kafka.mdx', line: 12, rule: 'unsafe-url', message: /javascript: 는 쓸 수 없습니다/ },
  { name: 'javascript-definition', file: 'messaging/kafka.mdx', line: 14, rule: 'unsafe-url', message: /javascript: 는 쓸 수 없습니다/ },
  { name: 'vbscript-link', file: 'messaging/kafka.mdx', line: 12, rule: 'unsafe-url', message: /vbscript: 는 쓸 수 없습니다/ },
  { name: 'data-link', file: 'messaging/kafka.mdx', line: 12, rule: 'unsafe-url', message: /data: 는 쓸 수 없습니다/ },
  { name: 'data-anchor-tag', file: 'messaging/kafka.mdx', line: 12, rule: 'unsafe-url', message: /data:text\/html.*data: 는 쓸 수 없습니다/ },
  { name: 'img-javascript', file: 'messaging/kafka.mdx', line: 12, rule: 'unsafe-url', message: /이미지 주소 "javascript:alert\(1\)"/ },
  // Images, code, diagrams, questions.
  { name: 'image-missing', file: 'messaging/kafka.mdx', line: 12, rule: 'image-source', message: /이미지 "attachment:5a52:image\.png" 파일이 없습니다/ },
  { name: 'image-external', file: 'messaging/kafka.mdx', line: 12, rule: 'image-source', message: /다른 사이트에 있습니다/ },
  { name: 'image-no-alt', file: 'messaging/kafka.mdx', line: 12, rule: 'image-alt', message: /대체 텍스트\(alt\)가 없습니다/ },
  { name: 'code-without-language', file: 'messaging/kafka.mdx', line: 12, rule: 'code-language', message: /코드 블록에 언어가 없습니다/ },
  { name: 'unknown-language', file: 'messaging/kafka.mdx', line: 12, rule: 'code-language', message: /"kotlinn"를 알 수 없습니다/ },
  { name: 'invalid-mermaid', file: 'messaging/kafka.mdx', line: 17, rule: 'mermaid-syntax', message: /Mermaid 다이어그램을 그릴 수 없습니다/ },
  { name: 'mermaid-without-acc', file: 'messaging/kafka.mdx', line: 12, rule: 'mermaid-accessible', message: /accTitle과 accDescr이 없습니다/ },
  { name: 'question-without-q', file: 'messaging/kafka.mdx', line: 12, rule: 'question', message: /<Question>에 질문\(q 속성\)이 없습니다/ },
  { name: 'question-duplicate', file: 'messaging/kafka.mdx', line: 18, rule: 'question', message: /같은 질문이 12번째 줄에도 있습니다/ },
  // Headings and ids.
  { name: 'heading-h1', file: 'messaging/kafka.mdx', line: 12, rule: 'heading-level', message: /본문에 h1/ },
  { name: 'duplicate-heading-ids', file: 'messaging/kafka.mdx', line: 14, rule: 'heading-id', message: /제목 id "#정의"가 10번째 줄의 제목과 겹칩니다/ },
  { name: 'heading-without-letters', file: 'messaging/kafka.mdx', line: 12, rule: 'heading-id', message: /id를 만들 수 없습니다/ },
  { name: 'pinned-id-invalid', file: 'messaging/kafka.mdx', line: 12, rule: 'pinned-id', message: /고정 id "Bad\/Id"/ },
  { name: 'reserved-heading-id', file: 'messaging/kafka.mdx', line: 12, rule: 'reserved-id', message: /"#search-dialog"는 사이트가 페이지에 쓰는 id/ },
  { name: 'reserved-alias', file: 'messaging/kafka.mdx', line: 12, rule: 'reserved-id', message: /별칭 id "#toc-title"/ },
  // Links and anchors.
  { name: 'same-page-anchor', file: 'messaging/kafka.mdx', line: 12, rule: 'link-anchor', message: /절 #없는-절이\(가\) 이 노트에 없습니다/ },
  { name: 'nfd-encoded-anchor', file: 'messaging/kafka.mdx', line: 12, rule: 'link-encoding', message: /NFC가 아닌 글자.*고치는 법: 주소를 인코딩하지 말고 한글 그대로 쓰세요: #개념/ },
  { name: 'nfd-encoded-link', file: 'messaging/kafka.mdx', line: 12, rule: 'link-encoding', message: /\/messaging\/target\/#개념/ },
  { name: 'broken-encoding', file: 'messaging/kafka.mdx', line: 12, rule: 'link-encoding', message: /퍼센트 인코딩\(%XX\)이 깨져 있습니다/ },
  { name: 'broken-link', file: 'messaging/kafka.mdx', line: 12, rule: 'link-target', message: /링크 \/messaging\/nope\/가 가리키는 페이지가 없습니다/ },
  { name: 'broken-anchor', file: 'messaging/kafka.mdx', line: 13, rule: 'link-target', message: /절 #없는-절이\(가\) .*target\.mdx에 없습니다/ },
  // Many problems at once.
  { name: 'two-problems', file: 'messaging/kafka.mdx', line: 12, rule: 'code-language', message: /코드 블록에 언어가 없습니다/ },
  { name: 'two-problems', file: 'messaging/kafka.mdx', line: 16, rule: 'link-anchor', message: /#없는-절/ },
  { name: 'no-cascade', file: 'messaging/broken.mdx', line: 7, rule: 'frontmatter', message: /frontmatter YAML을 읽을 수 없습니다/ },
];

/** Fixtures with exactly the problems listed above and no other: a false alarm fails too. */
const exact = new Set(['two-problems', 'no-cascade', 'same-page-anchor', 'reserved-heading-id', 'expression', 'script-tag', 'nfd-encoded-anchor', 'attribute-expression']);

const results = new Map<string, Promise<string[]>>();
function check(name: string): Promise<string[]> {
  if (!results.has(name))
    results.set(
      name,
      checkContent(path.join(fixtures, name, 'content'), sharedRenderer).then((problems) => problems.map((problem) => formatMessage(problem))),
    );
  return results.get(name)!;
}

describe('npm run check: bad content fails loudly with file, line, rule and fix', () => {
  for (const { name, file, line, rule, message } of cases) {
    it(`${name}: ${rule}`, async () => {
      const lines = await check(name);
      const expectedPrefix = new RegExp(`^${path.join(fixtures, name, 'content', file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line}:\\d+ — `);
      const matching = lines.filter((text) => expectedPrefix.test(text) && text.endsWith(`(infra-notes:${rule})`) && message.test(text));
      expect(matching, lines.join('\n')).toHaveLength(1);
      expect(matching[0]).toMatch(/ 고치는 법: \S/);
      expect(matching[0]).not.toMatch(/\n\s+at /); // a readable line, not a stack trace
      if (exact.has(name)) expect(lines, lines.join('\n')).toHaveLength(cases.filter((other) => other.name === name).length);
    });
  }

  it('has a bad fixture for every fixture folder and every rule', async () => {
    const folders = (await readdir(fixtures)).sort();
    expect(folders).toEqual([...new Set(cases.map(({ name }) => name))].sort());
    const ruleFiles = (await readdir('src/lib/checks/rules')).map((file) => file.replace(/\.ts$/, ''));
    const reportedElsewhere = ['pinned-id', 'mermaid-syntax', 'mdx-syntax', 'note-extension', 'link-target', 'duplicate-order'];
    expect(new Set(cases.map(({ rule }) => rule))).toEqual(new Set([...ruleFiles, ...reportedElsewhere]));
  });

  it('sorts problems by file and line', async () => {
    const lines = await check('two-problems');
    expect(lines).toEqual([...lines].sort((a, b) => Number(/:(\d+):/.exec(a)![1]) - Number(/:(\d+):/.exec(b)![1])));
  });

  it('passes a good note with CRLF line endings and a BOM, allowed tags, comments, pins and encoded NFC anchors', async () => {
    const source = await readFile('tests/fixtures/good-content/content/messaging/kafka.mdx', 'utf8');
    expect(source.startsWith('\ufeff---\r\n')).toBe(true);
    const problems = await checkContent('tests/fixtures/good-content/content', sharedRenderer);
    expect(problems.map((problem) => formatMessage(problem))).toEqual([]);
  });

  it('passes the real content with no problem', async () => {
    const problems = await checkContent('content', sharedRenderer);
    expect(problems.map((problem) => formatMessage(problem))).toEqual([]);
  });
});

/**
 * Check and build agree: every fixture note goes through the build's own MDX compile step (the Vite plugin of
 * the @astrojs/mdx integration in astro.config.mjs, configured from Astro's validated config) and through
 * `npm run check`; a note fails one if and only if it fails the other. Rules across notes (link-target,
 * duplicate-order) and files the collection does not load (nested-note, md-extension) are outside the compile
 * step: the built site's link check and the content index stop the build for those.
 */
describe('npm run check and the build agree on every fixture note', () => {
  const acrossNotes = new Set(['link-target', 'duplicate-order', 'note-location-nested', 'note-extension']);
  it('fails the same notes', async () => {
    const compile = await buildCompiler();
    const folders = [...(await readdir(fixtures)).map((name) => path.join(fixtures, name, 'content')), 'tests/fixtures/good-content/content'];
    const disagreements: string[] = [];
    let compared = 0;
    for (const folder of folders) {
      const lines = (await checkContent(folder, sharedRenderer)).filter((problem) => !acrossNotes.has(problem.ruleId ?? '') && !/실리지 않습니다/.test(problem.reason));
      const notes = (await readdir(folder, { recursive: true })).filter((file) => /^[^/]+\/[^/]+\.mdx$/.test(file.split(path.sep).join('/')));
      for (const note of notes) {
        const file = path.join(folder, note);
        const checkFails = lines.some((problem) => problem.file === file);
        const buildError = await compile(await readFile(file, 'utf8'), path.resolve(file)).then(
          () => undefined,
          (error: Error) => error.message.split('\n')[0],
        );
        compared++;
        if (checkFails !== Boolean(buildError)) disagreements.push(`${file}: check ${checkFails ? 'fails' : 'passes'}, build ${buildError ? `fails (${buildError})` : 'passes'}`);
      }
    }
    expect(compared).toBeGreaterThan(60);
    expect(disagreements).toEqual([]);
  }, 240_000);
});
