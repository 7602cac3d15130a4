import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { buildCacheDirs } from '../config/site.ts';
import { takePassedNote } from '../lib/checks/required-files.ts';
import { pruneUnused } from '../lib/file-cache.ts';
import { CompiledNotes, type RenderNote } from '../lib/markdown/compiled-notes.ts';

type CreateMdxRenderer = (shared: unknown, mdx: unknown) => Promise<{ process: RenderNote }>;
const wrapped = Symbol('compiled-notes-cache');

/**
 * Keeps each note's compiled JavaScript between builds, in the cache `npm run check` fills too
 * (src/lib/markdown/compiled-notes.ts): compiling MDX (the unified pipeline with Shiki and the diagrams) is most
 * of Astro's bundling time, and the check has just compiled every changed note with the same renderer. Wraps
 * the Markdown processor's `createMdxRenderer`, which @astrojs/mdx calls with Astro's resolved settings.
 */
export function compiledNotesCache(): AstroIntegration {
  // @astrojs/mdx makes its renderer again after each Vite build (content sync, pages): one count for all of them.
  const stats = { compiled: 0, cached: 0 };
  return {
    name: 'infra-notes:compiled-notes-cache',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = config.markdown.processor as unknown as { createMdxRenderer?: CreateMdxRenderer & { [wrapped]?: true } };
        const create = processor.createMdxRenderer;
        if (!create) throw new Error('Markdown 처리기에 createMdxRenderer가 없습니다. @astrojs/markdown-remark가 바뀌었다면 src/integrations/compiled-notes-cache.ts를 고치세요.');
        if (create[wrapped]) return;
        const cachedCreate: CreateMdxRenderer & { [wrapped]?: true } = async (shared, mdx) => {
          const renderer = await create.call(processor, shared, mdx);
          const notes = new CompiledNotes(buildCacheDirs.compiledNotes, [shared, mdx], stats);
          return { ...renderer, process: notes.wrap(renderer.process.bind(renderer), takePassedNote) };
        };
        cachedCreate[wrapped] = true;
        processor.createMdxRenderer = cachedCreate;
      },
      'astro:build:done': async ({ logger }) => {
        const removed = await pruneUnused(path.resolve(buildCacheDirs.compiledNotes));
        logger.info(`노트 컴파일: ${stats.compiled}개를 새로 컴파일했고 ${stats.cached}개는 캐시에서 가져왔습니다.${removed ? ` 일주일 넘게 쓰지 않은 캐시 ${removed}개를 지웠습니다.` : ''}`);
      },
    },
  };
}
