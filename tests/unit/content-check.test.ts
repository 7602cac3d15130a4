import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check.ts';
import { sharedRenderer } from '../../src/lib/mermaid/renderer.ts';

afterAll(() => sharedRenderer.close());

const fixtures = 'tests/fixtures/bad-content';

/**
 * One small bad fixture per rule: the message must name the file and the line, say what and how to fix.
 * Fixture notes start with an 8-line frontmatter, a blank line and `## 개념` on line 10, so body text is line 12.
 */
const cases: Array<{ name: string; file: string; line: number; message: RegExp }> = [
  { name: 'missing-field', file: 'messaging/kafka.mdx', line: 1, message: /frontmatter description: .*(필요|Invalid|required|expected)/i },
  { name: 'invalid-order', file: 'messaging/kafka.mdx', line: 5, message: /frontmatter order: 순서\(order\)는 1 이상/ },
  { name: 'unknown-category', file: 'messaging/kafka.mdx', line: 4, message: /frontmatter category: 카테고리\(category\)는 containers, cloud/ },
  { name: 'bad-tag', file: 'messaging/kafka.mdx', line: 6, message: /frontmatter tags\.0: 태그\(tags\)는 소문자/ },
  { name: 'unknown-field', file: 'messaging/kafka.mdx', line: 1, message: /알 수 없는 필드 titel/ },
  { name: 'category-mismatch', file: 'data/kafka.mdx', line: 1, message: /category "messaging"가 폴더 "data"와 다릅니다/ },
  { name: 'duplicate-url', file: 'messaging/kafka.mdx', line: 1, message: /같은 주소 \/messaging\/kafka\/를 .*messaging\/Kafka\.mdx도 씁니다/ },
  { name: 'broken-link', file: 'messaging/kafka.mdx', line: 12, message: /링크 \/messaging\/nope\/가 가리키는 페이지가 없습니다/ },
  { name: 'broken-anchor', file: 'messaging/kafka.mdx', line: 13, message: /절 #없는-절이\(가\) .*target\.mdx에 없습니다/ },
  { name: 'invalid-mermaid', file: 'messaging/kafka.mdx', line: 17, message: /Mermaid 다이어그램을 그릴 수 없습니다/ },
  { name: 'mdx-syntax', file: 'messaging/kafka.mdx', line: 12, message: /MDX 문법 오류/ },
  { name: 'not-nfc', file: 'messaging/kafka.mdx', line: 12, message: /NFC가 아닌 글자/ },
  { name: 'image-missing', file: 'messaging/kafka.mdx', line: 12, message: /이미지 "attachment:5a52:image\.png" 파일이 없습니다/ },
  { name: 'image-no-alt', file: 'messaging/kafka.mdx', line: 12, message: /대체 텍스트\(alt\)가 없습니다/ },
  { name: 'duplicate-heading-ids', file: 'messaging/kafka.mdx', line: 14, message: /제목 id "#정의"가 10번째 줄의 제목과 겹칩니다/ },
  { name: 'code-without-language', file: 'messaging/kafka.mdx', line: 12, message: /코드 블록에 언어가 없습니다/ },
];

describe('npm run check: bad content fails loudly with file and line', () => {
  for (const { name, file, line, message } of cases) {
    it(name, async () => {
      const contentDir = path.join(fixtures, name, 'content');
      const problems = await checkContent(contentDir, sharedRenderer);
      const expectedPrefix = `${contentDir}/${file}:${line} — `;
      const matching = problems.filter((problem) => problem.message.startsWith(expectedPrefix) && message.test(problem.message));
      expect(matching, problems.map((problem) => problem.message).join('\n')).toHaveLength(1);
      expect(matching[0]!.message).toMatch(/ 고치는 법: \S/);
      expect(matching[0]!.message).not.toMatch(/\n\s+at /); // a readable line, not a stack trace
    });
  }

  it('passes the real content with no problem', async () => {
    const problems = await checkContent('content', sharedRenderer);
    expect(problems.map((problem) => problem.message)).toEqual([]);
  });
});
