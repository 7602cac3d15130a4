import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { afterAll, describe, expect, it } from 'vitest';
import { isReservedId } from '../../src/config/reserved-ids.ts';
import { noteIds } from '../../src/lib/checks/note-ids.ts';
import { createNoteCompiler } from '../../src/lib/markdown/pipeline.ts';
import { sharedRenderer } from '../../src/lib/mermaid/renderer.ts';

afterAll(() => sharedRenderer.close());

const furniture = ['src/components', 'src/layouts', 'src/pages'];

/** Every `id=` an .astro/.ts file of the page furniture sets, with `${…}` parts as they are written. */
async function furnitureIds(): Promise<Array<{ file: string; id: string }>> {
  const files: string[] = [];
  for (const folder of furniture) {
    for (const file of await readdir(folder, { recursive: true })) if (/\.(astro|ts)$/.test(file)) files.push(path.join(folder, file));
  }
  const sources = new Map(await Promise.all(files.map(async (file) => [file, await readFile(file, 'utf8')] as const)));
  const found: Array<{ file: string; id: string }> = [];
  // The text `${id}` as it stands inside a component's template literal (not a substitution here).
  const idPlaceholder = '$' + '{id}';
  for (const [file, source] of sources) {
    for (const match of source.matchAll(/\bid=(?:"([^"]*)"|\{`([^`]*)`\}|\{(\w+)\})/g)) {
      const literal = match[1] ?? match[2];
      const passesPropOn = /interface Props \{[^}]*\bid\??:/.test(source) && (match[3] === 'id' || literal?.includes(idPlaceholder));
      if (!passesPropOn) {
        if (literal === undefined) throw new Error(`${file}: id={${match[3]}} is neither a literal nor the component's id prop; list it by hand`);
        found.push({ file, id: literal });
        continue;
      }
      // `id={id}` or `${id}-input`: the component passes its own `id` prop on, so every `<Component id="…">`
      // elsewhere gives one real id.
      const component = path.basename(file, '.astro');
      const template = literal ?? idPlaceholder;
      if (component === 'Question') continue; // remark-questions gives the id: checked with the pipeline below
      const uses = [...sources.values()].flatMap((other) => [...other.matchAll(new RegExp(`<${component.replace(/\W/g, '\\$&')}\\b[^>]*\\bid="([^"]+)"`, 'g'))].map((use) => use[1]!));
      expect(uses, `${file}: id from a prop, but no <${component} id="…"> found`).not.toEqual([]);
      for (const use of uses) found.push({ file, id: template.replaceAll(idPlaceholder, use) });
    }
  }
  return found;
}

describe('reserved ids', () => {
  it('lists every id the layouts, components and pages put on a page', async () => {
    const ids = await furnitureIds();
    expect(ids.length).toBeGreaterThan(15);
    // `${slug}` parts stand for any name: try one that no literal entry could match by chance.
    const missing = ids.filter(({ id }) => !isReservedId(id.replace(/\$\{[^}]+\}/g, 'zz-sample-7')));
    expect(missing, 'add these to src/config/reserved-ids.ts').toEqual([]);
  });

  it('lists every id the note pipeline makes besides headings and aliases', async () => {
    // Every real note: diagrams of every kind, interview questions, glossary terms.
    const made: string[] = [];
    const compiler = await createNoteCompiler({
      renderer: sharedRenderer,
      collect: (_file, tree) =>
        made.push(
          ...noteIds(tree)
            .filter(({ kind }) => kind === 'other')
            .map(({ id }) => id),
        ),
    });
    for (const note of (await readdir('content', { recursive: true })).filter((file) => file.endsWith('.mdx'))) {
      const file = path.join('content', note);
      const { content, frontmatter } = parseFrontmatter(await readFile(file, 'utf8'), { frontmatter: 'empty-with-spaces' });
      await compiler.process(content, path.resolve(file), frontmatter);
    }
    expect(
      made.some((id) => id.startsWith('diagram-')),
      'the notes have diagrams',
    ).toBe(true);
    expect(
      made.some((id) => id.startsWith('q-')),
      'the notes have questions',
    ).toBe(true);
    expect(made.filter((id) => !isReservedId(id))).toEqual([]);
    expect(
      made.some((id) => id.startsWith('glossary-tip-')),
      'the notes have glossary terms',
    ).toBe(true);
  }, 180_000);

  it('reserves names and families, not everything', () => {
    for (const id of ['search-dialog', 'main-content', 'toc-title', 'diagram-3-caption', 'category-messaging', 'q-왜', 'glossary-tip-isr']) expect(isReservedId(id), id).toBe(true);
    for (const id of ['리더-선출', 'search', 'diagram', 'kafka-vs-rabbitmq', 'toc']) expect(isReservedId(id), id).toBe(false);
  });
});
