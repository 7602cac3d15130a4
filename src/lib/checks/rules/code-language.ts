import type { Code, Root } from 'mdast';
import { bundledLanguages } from 'shiki';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { report } from '../report.ts';

const rule = 'code-language';

/** Languages that are not Shiki grammars but are still meaningful fence tags here. */
const extraLanguages = new Set(['text', 'plaintext', 'txt', 'mermaid']);

/**
 * Every code block names its language: highlighting, the language label and the copy button all depend on
 * it, and an unknown name would silently fall back to plain text.
 */
export function codeLanguage() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'code', (node: Code) => {
      if (!node.lang) {
        report(file, node, rule, '코드 블록에 언어가 없습니다.', '여는 ``` 뒤에 언어를 적으세요 (예: ```bash, ```yaml, 일반 텍스트는 ```text).');
        return;
      }
      const lang = node.lang.toLowerCase();
      if (!extraLanguages.has(lang) && !(lang in bundledLanguages)) {
        report(file, node, rule, `코드 블록 언어 "${node.lang}"를 알 수 없습니다.`, 'Shiki가 아는 이름(bash, yaml, kotlin, java, json, dockerfile …)이나 text를 쓰세요.');
      }
    });
  };
}
