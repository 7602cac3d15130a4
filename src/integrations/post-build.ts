import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildCacheDirs, contentDir } from '../config/site.ts';
import { readBuiltSite } from '../lib/built-site.ts';
import { ogPrefill } from './post-build/og-prefill.ts';
import { publishStaged, stagingDirFor } from './post-build/staging.ts';
import { runSteps, stepFailure } from './post-build/step.ts';
import { postBuildSteps } from './post-build/steps.ts';

/**
 * Wires the post-build work into Astro's hooks; the work itself is the ordered list of steps in
 * post-build/steps.ts, one module each. Astro writes the build into a staging folder beside the output
 * folder (`.dist.next/`); the steps run on it with the pages read once, and only when all of them passed is
 * it swapped in for `dist/` (or `--outDir`). Must stay the last integration, so the swap comes last.
 */
export function postBuild(): AstroIntegration {
  let base = '/';
  let outDir: string | undefined;
  let prefill: ReturnType<typeof ogPrefill> | undefined;
  return {
    name: 'infra-notes:post-build',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, logger }) => {
        if (command !== 'build') return;
        outDir = fileURLToPath(config.outDir);
        prefill = ogPrefill(logger);
        updateConfig({
          outDir: pathToFileURL(`${stagingDirFor(outDir)}/`),
          vite: {
            plugins: [prefill.plugin],
            // Astro would inline its small module scripts into the pages (below 4 KB); kept as files they
            // are covered by `script-src 'self'`, so the CSP's hashes are only the site's own inline
            // scripts (src/lib/site-scripts.ts), known before any page is built. Other assets: Vite's default.
            build: { assetsInlineLimit: (file: string) => (/\.m?js$/.test(file) ? false : undefined) },
          },
        });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const reading = performance.now();
        const site = await readBuiltSite(distDir, base, path.resolve(buildCacheDirs.parsedPages)).catch((error: unknown) => {
          throw stepFailure('페이지 읽기', error);
        });
        logger.info(`페이지 읽기: 페이지 ${site.size}개 (${((performance.now() - reading) / 1000).toFixed(2)}초)`);
        const prefilledCards = prefill?.drawn() ?? Promise.resolve(0);
        await runSteps(postBuildSteps, { distDir, base, contentDir, site, logger, prefilledCards });
        if (outDir && path.resolve(distDir) !== path.resolve(outDir)) {
          await publishStaged(distDir, outDir);
          logger.info(`빌드를 ${path.relative(process.cwd(), outDir) || outDir}에 게시했습니다.`);
        }
      },
    },
  };
}
