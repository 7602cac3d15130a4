import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checklistFile, loadChecklist } from '../../src/lib/checklist-schema.ts';
import { validateDataFiles } from '../../src/lib/checks/data-files.ts';
import { DataFileError, parseDataFile } from '../../src/lib/data-file.ts';
import { glossaryFile, loadGlossary } from '../../src/lib/glossary.ts';

const fixture = (name: string) => path.join('tests/fixtures/bad-data', name, 'content');

/** Every message of a fixture as `file:line rule-id`, plus the messages themselves. */
async function problemsOf(name: string) {
  const files = await validateDataFiles(fixture(name));
  const messages = files.flatMap((file) => file.messages.map((message) => ({ file: path.basename(file.path), message })));
  return {
    where: messages.map(({ file, message }) => `${file}:${message.line} ${message.source}:${message.ruleId}`),
    reasons: messages.map(({ message }) => `${message.reason} 고치는 법: ${message.note}`),
  };
}

describe('data files (content/*.yaml)', () => {
  it('the real glossary and checklist pass, and load with every entry', async () => {
    const files = await validateDataFiles('content');
    expect(files.map((file) => path.basename(file.path))).toEqual(['glossary.yaml', 'checklist.yaml']);
    expect(files.flatMap((file) => file.messages.map(String))).toEqual([]);
    expect(loadGlossary('content').length).toBeGreaterThan(5);
    expect(loadChecklist('content').map((item) => item.id)).toContain('kafka');
  });

  it.each([
    ['yaml-syntax', 'checklist.yaml:8 infra-notes:data-file-yaml', /YAML 문법 오류.*고치는 법: .*들여쓰기/],
    ['missing-field', 'glossary.yaml:6 infra-notes:data-file-schema', /2번째 용어에 필드 `definition`이\(가\) 없습니다\. 고치는 법: `definition:` 줄을 넣으세요/],
    ['wrong-type', 'checklist.yaml:10 infra-notes:data-file-schema', /`link`은\(는\) 문자열이어야 하는데 숫자 42입니다\. 고치는 법: .*\/카테고리\/주제\/#절-id/],
    ['bad-link', 'checklist.yaml:5 infra-notes:data-file-schema', /체크리스트 링크는 \/카테고리\/주제\/#절 형태여야 합니다\. 고치는 법:/],
    ['empty-file', 'checklist.yaml:1 infra-notes:data-file-schema', /파일이 비어 있습니다\. 고치는 법: .*`\[\]`/],
    ['not-a-list', 'glossary.yaml:1 infra-notes:data-file-schema', /파일이 목록이 아닙니다/],
    ['duplicate-term', 'glossary.yaml:6 infra-notes:data-file-duplicate', /`term: 동기화 복제본 집합` — 2번째 줄에도 같은 `term`/],
  ])('%s: names the file, the line and the field, with a Korean fix', async (name, where, reason) => {
    const problems = await problemsOf(name);
    expect(problems.where).toEqual([where]);
    expect(problems.reasons[0]).toMatch(reason);
  });

  it('an unknown key is reported at its own line, with the fields allowed there', async () => {
    const problems = await problemsOf('unknown-key');
    expect(problems.where).toContain('glossary.yaml:3 infra-notes:data-file-schema');
    expect(problems.reasons.join('\n')).toMatch(/알 수 없는 필드 `definiton`.*고치는 법: 이 자리에 쓸 수 있는 필드는 `id`, `term`, `english`, `abbreviation`, `aliases`, `definition`, `link`/);
  });

  it('names the fields allowed inside a nested list, and points at the nested line', () => {
    const text = '- id: a\n  subject: A\n  points:\n    # a comment first\n    - text: t\n      link: /a/b/\n      linx: /a/c/\n';
    const { problems, entries } = parseDataFile(text, checklistFile);
    expect(entries).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 7, column: 7, kind: 'schema' });
    expect(problems[0]!.fix).toMatch(/`text`, `link`입니다/);
  });

  it('accepts an explicitly empty list ([]), the way a site without glossary terms writes it', () => {
    expect(parseDataFile('[]\n', glossaryFile)).toEqual({ entries: [], problems: [] });
  });

  it('the build loader throws file:line — problem 고치는 법: fix, so a broken file fails the build', () => {
    expect(() => loadChecklist(fixture('yaml-syntax'))).toThrow(DataFileError);
    expect(() => loadGlossary(fixture('missing-field'))).toThrow(/glossary\.yaml:6:3 — 2번째 용어에 필드 `definition`이\(가\) 없습니다\. 고치는 법:/);
    expect(() => loadGlossary(fixture('does-not-exist'))).toThrow(/glossary\.yaml:1:1 — 파일을 읽지 못했습니다 \(ENOENT\)/);
  });
});
