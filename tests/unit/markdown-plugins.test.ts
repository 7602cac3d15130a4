import type { Element, Root } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { answerToHtml } from '../../src/lib/answer-html.ts';
import { NoteProblemsError } from '../../src/lib/checks/final-step.ts';
import { collectLinks, resolveTarget } from '../../src/lib/checks/note-links.ts';
import { codeLanguage } from '../../src/lib/checks/rules/code-language.ts';
import { headingId } from '../../src/lib/checks/rules/heading-id.ts';
import { headingLevel } from '../../src/lib/checks/rules/heading-level.ts';
import { htmlAttribute } from '../../src/lib/checks/rules/html-attribute.ts';
import { htmlElement } from '../../src/lib/checks/rules/html-element.ts';
import { linkAnchor } from '../../src/lib/checks/rules/link-anchor.ts';
import { mdxExpression } from '../../src/lib/checks/rules/mdx-expression.ts';
import { question } from '../../src/lib/checks/rules/question.ts';
import { isSafeUrl } from '../../src/lib/checks/rules/unsafe-url.ts';
import { rehypeCodeBlocks } from '../../src/lib/markdown/rehype-code-blocks.ts';
import { rehypeHeadingIds } from '../../src/lib/markdown/rehype-heading-ids.ts';
import { rehypeHeadingLinks } from '../../src/lib/markdown/rehype-heading-links.ts';
import { rehypeLinks } from '../../src/lib/markdown/rehype-links.ts';
import { remarkPinnedHeadingIds } from '../../src/lib/markdown/remark-pinned-heading-ids.ts';
import { type QuestionSummary, remarkQuestions } from '../../src/lib/markdown/remark-questions.ts';
import { runPipeline } from './helpers/markdown.ts';

function elements(tree: Root, tagName: string): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === tagName) found.push(node);
  });
  return found;
}

const headingPlugins = { remark: [headingLevel, remarkPinnedHeadingIds], rehype: [rehypeHeadingIds, headingId] };

describe('heading ids', () => {
  it('gives h2/h3 readable Korean ids from the one slug function', async () => {
    const { tree } = await runPipeline('## 리더 선출\n\n### TLS 1.2 vs. TLS 1.3\n\n## CI/CD 파이프라인\n', headingPlugins);
    expect([...elements(tree, 'h2'), ...elements(tree, 'h3')].map((h) => h.properties.id).sort()).toEqual(['ci-cd-파이프라인', 'tls-12-vs-tls-13', '리더-선출'].sort());
  });

  it('honours a pinned id written as an MDX comment and removes the comment from the text', async () => {
    const { tree } = await runPipeline('## 새 이름의 절 {/* #leader-election alias:리더-선출 */}\n', headingPlugins);
    const [heading] = elements(tree, 'h2');
    expect(heading.properties.id).toBe('leader-election');
    expect(heading.properties.dataAnchorAliases).toBe('리더-선출');
    expect(hastToString(heading)).toBe('새 이름의 절');
  });

  it('fails on two headings with the same id, naming the file and both lines', async () => {
    await expect(runPipeline('## 정의\n\n본문\n\n### 정의\n', headingPlugins)).rejects.toThrowError(/content\/test\/note\.mdx:5:1 — 제목 id "#정의"가 1번째 줄의 제목과 겹칩니다\..*고치는 법/);
  });

  it('accepts the same text twice when one is pinned', async () => {
    const { tree } = await runPipeline('## 정의\n\n### 정의 {/* #kafka-정의 */}\n', headingPlugins);
    expect(elements(tree, 'h3')[0].properties.id).toBe('kafka-정의');
  });

  it('rejects an h1 in the body', async () => {
    await expect(runPipeline('# 제목\n', headingPlugins)).rejects.toThrowError(/note\.mdx:1:1 — 본문에 h1/);
  });

  it('rejects a pinned id with characters that cannot be in a link', async () => {
    await expect(runPipeline('## 절 {/* #Bad/Id */}\n', headingPlugins)).rejects.toThrowError(/고정 id "Bad\/Id"/);
  });
});

describe('code blocks', () => {
  it('fails on a code block without a language, naming file and line', async () => {
    await expect(runPipeline('문단\n\n```\nls -al\n```\n', { remark: [codeLanguage] })).rejects.toThrowError(/note\.mdx:3:1 — 코드 블록에 언어가 없습니다.*\(infra-notes:code-language\)/);
  });

  it('fails on an unknown language', async () => {
    await expect(runPipeline('```kotlinn\nval x = 1\n```\n', { remark: [codeLanguage] })).rejects.toThrowError(/"kotlinn"를 알 수 없습니다/);
  });

  it('wraps highlighted blocks with a language label and a JS-only copy button', async () => {
    // Shiki's output shape: <pre data-language="bash"><code>…</code></pre>.
    const { tree } = await runPipeline('```bash\nls\n```\n', {
      rehype: [
        () => (root: Root) =>
          visit(root, 'element', (node: Element) => {
            if (node.tagName === 'pre') node.properties.dataLanguage = 'bash';
          }),
        rehypeCodeBlocks,
      ],
    });
    const [figure] = elements(tree, 'figure');
    expect(figure.properties.className).toEqual(['code-block']);
    const [button] = elements(tree, 'button');
    expect(button.properties.className).toContain('needs-js');
    expect(button.properties.ariaLabel).toBe('Bash 코드 복사하기');
    expect(hastToString(figure)).toContain('Bash');
  });
});

describe('interview questions', () => {
  it('gives each <Question> an id and gathers the questions', async () => {
    const source = '## 면접 질문\n\n<Question q="Kafka를 쓰는 이유는?">\n\n- 대용량 처리\n\n</Question>\n\n<Question q="파티션 순서는?">\n\n파티션 단위 보장\n\n</Question>\n';
    const { file } = await runPipeline(source, { remark: [remarkQuestions] });
    const questions = (file.data as { astro: { frontmatter: { questions: QuestionSummary[] } } }).astro.frontmatter.questions;
    expect(questions.map(({ answer: _answer, ...rest }) => rest)).toEqual([
      { id: 'q-kafka를-쓰는-이유는', question: 'Kafka를 쓰는 이유는?', answerText: '대용량 처리' },
      { id: 'q-파티션-순서는', question: '파티션 순서는?', answerText: '파티션 단위 보장' },
    ]);
    expect(answerToHtml(questions[0]!.answer, '/messaging/kafka/')).toBe('<ul>\n<li>대용량 처리</li>\n</ul>');
  });

  it('renders an answer for the study page with its links pointing back into the note', async () => {
    const source = '<Question q="Lag는?">\n\n[모니터링](#lag-모니터링)과 [Redis](/data/redis/), [문서](https://kafka.apache.org/)\n\n</Question>\n';
    const { file } = await runPipeline(source, { remark: [remarkQuestions] });
    const [question] = (file.data as { astro: { frontmatter: { questions: QuestionSummary[] } } }).astro.frontmatter.questions;
    expect(answerToHtml(question!.answer, '/messaging/kafka/')).toBe(
      '<p><a href="/messaging/kafka/#lag-모니터링">모니터링</a>과 <a href="/data/redis/">Redis</a>, <a href="https://kafka.apache.org/" rel="noopener noreferrer">문서</a></p>',
    );
  });

  it('rejects a question without q or without an answer', async () => {
    await expect(runPipeline('<Question>\n\n답\n\n</Question>\n', { remark: [question, remarkQuestions] })).rejects.toThrowError(/note\.mdx:1:1 — <Question>에 질문\(q 속성\)이 없습니다/);
    await expect(runPipeline('<Question q="질문?" />\n', { remark: [question, remarkQuestions] })).rejects.toThrowError(/질문 "질문\?"에 답이 없습니다/);
  });
});

describe('links', () => {
  it('marks external links noopener noreferrer and leaves internal links root-relative at base /', async () => {
    const { tree } = await runPipeline('[외부](https://example.com) [내부](/messaging/kafka/#리더-선출)', { rehype: [rehypeLinks] });
    const [external, internal] = elements(tree, 'a');
    expect(external.properties.rel).toEqual(['noopener', 'noreferrer']);
    expect(internal.properties.href).toBe('/messaging/kafka/#리더-선출');
    expect(internal.properties.rel).toBeUndefined();
  });
});

describe('the final step', () => {
  it('fails once with every problem of the note, sorted, each with line, column, rule and fix', async () => {
    const error = await runPipeline('```\nls\n```\n\n# 제목\n', { remark: [headingLevel, codeLanguage] }).catch((caught: unknown) => caught as Error);
    expect(error).toBeInstanceOf(NoteProblemsError);
    expect((error as Error).message.split('\n')).toEqual([
      '노트에 문제가 2개 있습니다.',
      expect.stringMatching(/^content\/test\/note\.mdx:1:1 — 코드 블록에 언어가 없습니다\. 고치는 법: .+ \(infra-notes:code-language\)$/),
      expect.stringMatching(/^content\/test\/note\.mdx:5:1 — 본문에 h1.+ 고치는 법: .+ \(infra-notes:heading-level\)$/),
    ]);
    expect((error as NoteProblemsError).line).toBe(1);
  });
});

describe('content policy', () => {
  it('reads a URL scheme the way a browser does', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:x', 'java\nscript:x', '\u0001javascript:x', 'VBSCRIPT:x', 'data:text/html,<b>x</b>', 'file:///etc/passwd']) {
      expect(isSafeUrl(url, 'link'), url).toBe(false);
    }
    for (const url of ['https://kafka.apache.org/', 'http://example.com', '/messaging/kafka/#리더-선출', '#개념', './ring.svg', 'mailto:a@example.com', 'kafka']) {
      expect(isSafeUrl(url, 'link'), url).toBe(true);
    }
    expect(isSafeUrl('data:image/png;base64,iVBORw0KGgo=', 'image')).toBe(true);
    expect(isSafeUrl('data:image/png;base64,iVBORw0KGgo=', 'link')).toBe(false);
    expect(isSafeUrl('data:image/svg+xml,<svg onload="alert(1)"/>', 'image')).toBe(false);
  });

  it('allows comments (pinned ids included) and refuses every other expression', async () => {
    const { tree } = await runPipeline('## 절 {/* #고정 */}\n\n{/* 작성자 메모 */}\n', { remark: [mdxExpression, remarkPinnedHeadingIds], rehype: [rehypeHeadingIds] });
    expect(elements(tree, 'h2')[0]!.properties.id).toBe('고정');
    await expect(runPipeline('값은 {1 + 1}입니다.\n', { remark: [mdxExpression] })).rejects.toThrowError(/note\.mdx:1:4 — 본문에 JavaScript 식 \{1 \+ 1\}/);
  });

  it('allows the listed tags with their attributes and refuses others, whatever their case', async () => {
    await expect(runPipeline('<kbd>Ctrl</kbd> <abbr title="Transport Layer Security">TLS</abbr><br />\n', { remark: [htmlElement, htmlAttribute] })).resolves.toBeDefined();
    await expect(runPipeline('<Script>alert(1)</Script>\n', { remark: [htmlElement] })).rejects.toThrowError(/<Script> 태그는 노트에 쓸 수 없습니다/);
    await expect(runPipeline('<abbr title="x" onMouseOver="alert(1)">x</abbr>\n', { remark: [htmlAttribute] })).rejects.toThrowError(/이벤트 처리기 속성 onMouseOver/);
  });
});

describe('anchors', () => {
  it('decodes a link target the way a browser does, without Unicode normalization', () => {
    expect(resolveTarget('/messaging/kafka/#%EB%A6%AC%EB%8D%94-%EC%84%A0%EC%B6%9C')).toEqual({ path: '/messaging/kafka/', fragment: '리더-선출' });
    const nfd = resolveTarget(`#${encodeURIComponent('개념'.normalize('NFD'))}`)!.fragment!;
    expect(nfd).not.toBe('개념');
    expect(nfd.normalize('NFC')).toBe('개념');
    expect(resolveTarget('#%EA%B0')).toBeUndefined();
  });

  it('finds same-page anchors among heading ids, aliases and question ids', async () => {
    const source = '## 개념 {/* #개념 alias:옛-개념 */}\n\n[a](#개념) [b](#옛-개념) [c](#q-왜) [d](#없음)\n\n<Question q="왜">\n\n답\n\n</Question>\n';
    await expect(runPipeline(source, { remark: [collectLinks, remarkPinnedHeadingIds, remarkQuestions], rehype: [rehypeHeadingIds, rehypeHeadingLinks, linkAnchor] })).rejects.toThrowError(
      /^노트에 문제가 1개 있습니다\.\n.*note\.mdx:3:\d+ — 링크 #없음의 절 #없음이\(가\) 이 노트에 없습니다/,
    );
  });
});
