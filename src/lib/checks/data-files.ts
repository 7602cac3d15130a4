import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { checklistFile } from '../checklist-schema.ts';
import { type DataFileSpec, parseDataFile } from '../data-file.ts';
import { glossaryFile } from '../glossary.ts';
import { report } from './report.ts';

/** The YAML data files of content/, each with its schema. A new data file is one spec and one line here. */
const dataFiles: Array<DataFileSpec<unknown>> = [glossaryFile, checklistFile];

/**
 * `npm run check` for the data files: one VFile per file, each problem a message at its line and column
 * with the rule id (`infra-notes:data-file-yaml` for syntax, `-schema` for a field, `-duplicate` for a
 * repeated id or term) and the Korean fix. The build reads the files through the same parser
 * (`loadDataFile`), so a file passes here exactly when it builds.
 */
export async function validateDataFiles(contentDir: string): Promise<VFile[]> {
  return Promise.all(
    dataFiles.map(async (spec) => {
      const filePath = path.join(contentDir, spec.name);
      const text = await readFile(filePath, 'utf8').catch((error: NodeJS.ErrnoException) => error);
      if (typeof text !== 'string') {
        const file = new VFile({ path: filePath });
        report(file, { line: 1, column: 1 }, 'data-file-yaml', `파일을 읽지 못했습니다 (${text.code ?? text.message}).`, `${spec.name}을(를) 만들고, 항목이 없다면 \`[]\`라고 적으세요.`);
        return file;
      }
      const file = new VFile({ path: filePath, value: text });
      for (const problem of parseDataFile(text, spec).problems) {
        report(file, { line: problem.line, column: problem.column }, `data-file-${problem.kind}`, problem.reason, problem.fix);
      }
      return file;
    }),
  );
}
