import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pipelineEntries } from '../../src/lib/markdown/pipeline-fingerprint.ts';
import { importSpecifiers, localImportGraph, sourceFingerprint } from '../../src/lib/source-fingerprint.ts';

let root: string;
const write = (file: string, text: string) => writeFile(path.join(root, file), text);
const fingerprint = () => sourceFingerprint({ entries: ['src/pipeline.ts'], files: ['lock.json', 'data/glossary.yaml'], root });

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'source-fingerprint-'));
  await mkdir(path.join(root, 'src', 'plugins'), { recursive: true });
  await mkdir(path.join(root, 'data'));
  await write('src/pipeline.ts', "import { a } from './plugins/a.ts';\nimport type { B } from './plugins/b';\nexport const pipeline = [a];\n");
  await write('src/plugins/a.ts', "import path from 'node:path';\nexport const a = 'a';\n");
  await write('src/plugins/b.ts', 'export type B = string;\n');
  await write('src/helper.ts', "export const helper = 'v1';\n");
  await write('src/unrelated.ts', "export const unrelated = 'v1';\n");
  await write('lock.json', '{}');
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('importSpecifiers', () => {
  it('finds static imports over several lines, re-exports, side-effect and literal dynamic imports, and nothing else', () => {
    const source = [
      "import {\n  one,\n  two,\n} from './one.ts';",
      "import './styles.ts';",
      "export * from '../two.ts';",
      'export { three } from "./three.ts";',
      "const lazy = () => import('./four.ts');",
      "export const notAnImport = './five.ts';",
      "export function f() { return 'x'; }",
      'const text = \'import x from "./six.ts"\';',
    ].join('\n');
    expect(importSpecifiers(source)).toEqual(['./one.ts', '../two.ts', './three.ts', './styles.ts', './four.ts']);
  });
});

describe('sourceFingerprint', () => {
  it('follows imports from the entry, leaving packages and unreached files out', async () => {
    expect(await localImportGraph(['src/pipeline.ts'], root)).toEqual(['src/pipeline.ts', 'src/plugins/a.ts', 'src/plugins/b.ts']);
  });

  it('takes in a file as soon as a pipeline module imports it, without anyone touching a list', async () => {
    const before = await fingerprint();
    await write('src/helper.ts', "export const helper = 'v2';\n");
    expect(await fingerprint()).toBe(before); // not imported yet: not part of the pipeline

    await write('src/plugins/a.ts', "import path from 'node:path';\nimport { helper } from '../helper.ts';\nexport const a = helper;\n");
    const withHelper = await fingerprint();
    expect(withHelper).not.toBe(before);
    expect(await localImportGraph(['src/pipeline.ts'], root)).toContain('src/helper.ts');

    // From now on an edit of the newly reached file changes the fingerprint; an unrelated file still does not.
    await write('src/helper.ts', "export const helper = 'v3';\n");
    const edited = await fingerprint();
    expect(edited).not.toBe(withHelper);
    await write('src/unrelated.ts', "export const unrelated = 'v2';\n");
    expect(await fingerprint()).toBe(edited);
  });

  it('covers the lockfile, data files (present or not) and settings', async () => {
    const before = await fingerprint();
    await write('data/glossary.yaml', '- term: 샤딩\n');
    const withGlossary = await fingerprint();
    expect(withGlossary).not.toBe(before);
    await write('lock.json', '{"lockfileVersion":3}');
    expect(await fingerprint()).not.toBe(withGlossary);
    const settings = (base: string) => sourceFingerprint({ entries: ['src/pipeline.ts'], settings: { base }, root });
    expect(await settings('/')).not.toBe(await settings('/docs/'));
  });

  it('fails on a relative import that names no file instead of silently hashing less', async () => {
    await write('src/broken.ts', "import { gone } from './gone.ts';\n");
    await expect(localImportGraph(['src/broken.ts'], root)).rejects.toThrow(/gone\.ts/);
  });

  it('reaches, from the real Markdown pipeline, files the old hand-kept list named and ones it missed', async () => {
    const graph = await localImportGraph(pipelineEntries);
    expect(graph).toEqual(
      expect.arrayContaining([
        'src/lib/markdown/rehype-mermaid.ts',
        'src/lib/mermaid/renderer.ts',
        'src/lib/mermaid/svg-ids.ts',
        'src/lib/browser/service.ts',
        'src/lib/markdown/shiki-without-time-limit.ts',
        'src/lib/slug.ts',
        'src/i18n/ko.json',
        'src/lib/glossary.ts',
        // Imported by the pipeline, but missing from the old list:
        'src/lib/topic-schema.ts',
        'src/lib/categories.ts',
      ]),
    );
    expect(graph).not.toContain('src/integrations/post-build.ts');
  });
});
