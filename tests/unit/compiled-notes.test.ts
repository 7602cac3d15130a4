import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/lib/checks/report.ts';
import { checkContent } from '../../src/lib/content-check.ts';
import { CompiledNotes, type MdxRenderResult } from '../../src/lib/markdown/compiled-notes.ts';
import { noteCompilerSettings } from '../../src/lib/markdown/pipeline.ts';
import { sharedRenderer } from '../../src/lib/mermaid/renderer.ts';

afterAll(() => sharedRenderer.close());

/**
 * `npm run check` and the build share compiled notes (src/lib/markdown/compiled-notes.ts). A cached answer
 * must be the answer a compile would give: these change what the key or the required files cover and expect
 * the problem back, and they prove a note with a problem is never stored.
 */
describe('compiled notes shared by the check and the build', () => {
  let work: string;
  let content: string;
  let notes: CompiledNotes;
  const check = async () => (await checkContent(content, sharedRenderer, 'public', notes)).map((problem) => formatMessage(problem));

  beforeEach(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'infra-notes-compiled-notes-'));
    content = path.join(work, 'content');
    await cp('tests/fixtures/good-content/content', content, { recursive: true });
    notes = new CompiledNotes(path.join(work, 'cache'), noteCompilerSettings());
    return () => rm(work, { recursive: true, force: true });
  });

  it('compiles a note once: the second check takes it, ids and links included, from the cache', async () => {
    expect(await check()).toEqual([]);
    expect(notes.stats).toEqual({ compiled: 2, cached: 0 });
    expect(await check()).toEqual([]);
    expect(notes.stats).toEqual({ compiled: 2, cached: 2 });
    // The cross-note link rule still runs on cached facts: break the section a link of kafka.mdx points to.
    const target = path.join(content, 'messaging', 'target.mdx');
    await writeFile(target, (await readFile(target, 'utf8')).replace('## 리더 선출', '## 다른 이름'));
    const problems = await check();
    expect(notes.stats).toEqual({ compiled: 3, cached: 3 });
    expect(problems.join('\n')).toMatch(/kafka\.mdx:\d+:\d+ — 링크 \/messaging\/target\/#.*의 절 #리더-선출이\(가\) .*target\.mdx에 없습니다/);
  }, 120_000);

  it('hands the build the module the check compiled, without compiling again', async () => {
    expect(await check()).toEqual([]);
    const file = path.join(content, 'messaging', 'kafka.mdx');
    const { parseFrontmatter } = await import('@astrojs/markdown-remark');
    const parsed = parseFrontmatter(await readFile(file, 'utf8'), { frontmatter: 'empty-with-spaces' });
    const render = notes.wrap(
      () => Promise.reject(new Error('compiled again')),
      () => undefined,
    );
    const result: MdxRenderResult = await render(parsed.content, path.resolve(file), parsed.frontmatter);
    expect(result.code).toContain('카프카');
  }, 120_000);

  it('checks a note again when an image it showed is deleted', async () => {
    const note = path.join(content, 'messaging', 'target.mdx');
    await writeFile(path.join(content, 'messaging', 'diagram.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
    await writeFile(note, `${await readFile(note, 'utf8')}\n![구성도](./diagram.png)\n`);
    expect(await check()).toEqual([]);
    await rm(path.join(content, 'messaging', 'diagram.png'));
    expect((await check()).join('\n')).toMatch(/target\.mdx:\d+:\d+ — 이미지 "\.\/diagram\.png" 파일이 없습니다.*\(infra-notes:image-source\)/);
  }, 120_000);

  it('checks a note again when another file takes its URL', async () => {
    expect(await check()).toEqual([]);
    await cp(path.join(content, 'messaging', 'target.mdx'), path.join(content, 'messaging', 'Target.md'));
    expect((await check()).join('\n')).toMatch(/target\.mdx:1:1 — 같은 주소 \/messaging\/target\/를 messaging\/Target\.md도 씁니다/);
  }, 120_000);

  it('never stores a note with a problem', async () => {
    const note = path.join(content, 'messaging', 'target.mdx');
    await writeFile(note, `${await readFile(note, 'utf8')}\n\`\`\`\nno language\n\`\`\`\n`);
    const first = await check();
    expect(first.join('\n')).toMatch(/\(infra-notes:code-language\)/);
    expect(await check()).toEqual(first);
    expect(notes.stats).toEqual({ compiled: 3, cached: 1 });
  }, 120_000);
});
