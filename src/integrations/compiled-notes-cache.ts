import { createHash } from 'node:crypto';
import path from 'node:path';
import type { AstroIntegration, ViteUserConfig } from 'astro';
import { buildCacheDirs } from '../config/site.ts';
import { cachedJson, pruneUnused } from '../lib/file-cache.ts';
import { pipelineFingerprint } from '../lib/markdown/pipeline-fingerprint.ts';

/** The Vite plugin of @astrojs/mdx that compiles a note (remark, Shiki, diagrams, rehype) into JavaScript. */
const mdxCompilerPlugin = '@mdx-js/rolldown';
const wrapped = Symbol('compiled-notes-cache');

type VitePlugin = Extract<NonNullable<ViteUserConfig['plugins']>[number], { name: string }>;

type TransformHandler = (this: unknown, code: string, id: string, ...rest: unknown[]) => Promise<unknown>;

/**
 * Keeps each note's compiled JavaScript between builds. Compiling MDX (the unified pipeline with Shiki and
 * the diagrams) is most of Astro's bundling time, and on a rebuild almost every note is unchanged; Astro's
 * incremental build restores rendered pages but still compiles every note. A compiled note is stored
 * under a hash of its path, its source and the pipeline fingerprint (plugins, settings, lockfile), so a
 * changed note or pipeline compiles again. Errors are never cached: a broken note fails on every build.
 */
export function compiledNotesCache(): AstroIntegration {
  const cacheDir = path.resolve(buildCacheDirs.compiledNotes);
  const stats = { compiled: 0, cached: 0 };

  const plugin: VitePlugin = {
    name: 'infra-notes:compiled-notes-cache',
    configResolved(config) {
      const compiler = config.plugins.find((candidate) => candidate.name === mdxCompilerPlugin);
      const transform = compiler?.transform;
      if (!transform || typeof transform !== 'object' || !('handler' in transform)) {
        throw new Error(`${mdxCompilerPlugin} 플러그인의 transform을 찾지 못했습니다. @astrojs/mdx가 바뀌었다면 src/integrations/compiled-notes-cache.ts를 고치세요.`);
      }
      const compile = transform.handler as TransformHandler & { [wrapped]?: true };
      if (compile[wrapped]) return;
      // Sourcemaps change the compiled output, so they are part of the key.
      const settings = JSON.stringify([config.build.sourcemap, config.mode]);
      const cached: TransformHandler & { [wrapped]?: true } = async function (this: unknown, code, id, ...rest) {
        const key = createHash('sha256')
          .update(await pipelineFingerprint())
          .update(settings)
          .update(id)
          .update('\0')
          .update(code)
          .digest('hex');
        const { value, hit } = await cachedJson(path.join(cacheDir, key.slice(0, 2), `${key}.json`), () => compile.call(this, code, id, ...rest));
        stats[hit ? 'cached' : 'compiled']++;
        return value;
      };
      cached[wrapped] = true;
      (transform as { handler: TransformHandler }).handler = cached;
    },
  };

  return {
    name: 'infra-notes:compiled-notes-cache',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [plugin] } });
      },
      'astro:build:done': async ({ logger }) => {
        const removed = await pruneUnused(cacheDir);
        logger.info(`노트 컴파일: ${stats.compiled}개를 새로 컴파일했고 ${stats.cached}개는 캐시에서 가져왔습니다.${removed ? ` 일주일 넘게 쓰지 않은 캐시 ${removed}개를 지웠습니다.` : ''}`);
      },
    },
  };
}
