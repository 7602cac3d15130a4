import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

type Transform = (this: unknown, code: string, id: string) => Promise<unknown>;
interface VitePluginLike {
  name: string;
  configResolved?: (config: unknown) => void;
  transform?: { handler: Transform };
}

/**
 * The build's compile step for one `.mdx` file, exactly as `astro build` runs it: astro.config.mjs validated
 * by Astro's own config schema (defaults filled in), its @astrojs/mdx integration set up through its hooks,
 * and the Vite plugin that integration adds (`@mdx-js/rolldown`, the one the compiled-notes cache wraps).
 * Returns the plugin's transform: it resolves with the compiled module or rejects with the build's error.
 */
export async function buildCompiler(): Promise<(code: string, id: string) => Promise<unknown>> {
  const { default: userConfig } = await import('../../../astro.config.mjs');
  // Astro does not export its config validation; the build runs this very function on astro.config.mjs.
  const validate = pathToFileURL(path.resolve('node_modules/astro/dist/core/config/validate.js')).href;
  const { validateConfig } = (await import(validate)) as { validateConfig: (config: unknown, root: string, command: string) => Promise<Record<string, unknown>> };
  const config = await validateConfig(userConfig, process.cwd(), 'build');
  const mdx = (config.integrations as AstroIntegration[]).find((integration) => integration.name === '@astrojs/mdx');
  if (!mdx) throw new Error('astro.config.mjs has no @astrojs/mdx integration');
  const plugins: VitePluginLike[] = [];
  const logger = { info() {}, warn() {}, error() {}, debug() {}, fork: () => logger, label: 'test', options: {} };
  const noop = () => {};
  await (mdx.hooks['astro:config:setup'] as unknown as (options: unknown) => Promise<void>)({
    config,
    command: 'build',
    isRestart: false,
    updateConfig: (update: { vite?: { plugins?: unknown[] } }) => plugins.push(...((update.vite?.plugins ?? []).flat(Infinity) as VitePluginLike[])),
    addPageExtension: noop,
    addContentEntryType: noop,
    addRenderer: noop,
    addWatchFile: noop,
    injectScript: noop,
    injectRoute: noop,
    addMiddleware: noop,
    logger,
  });
  await (mdx.hooks['astro:config:done'] as unknown as (options: unknown) => Promise<void>)({ config, logger, setAdapter: noop, injectTypes: noop, buildOutput: 'static' });
  const plugin = plugins.find((candidate) => candidate.name === '@mdx-js/rolldown');
  if (!plugin?.transform) throw new Error('@astrojs/mdx no longer adds the @mdx-js/rolldown plugin; update tests/unit/helpers/build-compiler.ts');
  plugin.configResolved?.({ build: { sourcemap: false }, plugins: [] });
  const transform = plugin.transform.handler;
  return (code, id) => transform.call({}, code, id);
}
