import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { report } from '../report.ts';

const rule = 'nfc';

/**
 * Every line is Unicode NFC. Decomposed Hangul (common in text pasted on macOS) looks the same but does not
 * match what readers type in search or the ids links point to.
 */
export function nfc() {
  return (_tree: Root, file: VFile) => {
    String(file.value)
      .split(/\r?\n/)
      .forEach((line, index) => {
        if (line === line.normalize('NFC')) return;
        // The first place the line and its NFC form part: where the decomposed text starts.
        const normalized = line.normalize('NFC');
        let column = 0;
        while (line[column] === normalized[column]) column++;
        report(
          file,
          { line: index + 1, column: column + 1 },
          rule,
          '유니코드 NFC가 아닌 글자(풀어 쓴 한글 자모)가 있습니다. macOS에서 붙여 넣은 글에서 흔합니다. 검색과 앵커가 이 줄을 놓칩니다.',
          "파일을 NFC로 바꿔 저장하세요 (예: node -e \"fs.writeFileSync(f, fs.readFileSync(f, 'utf8').normalize('NFC'))\").",
        );
      });
  };
}
