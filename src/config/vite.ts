import type { ViteUserConfig } from 'astro';

/**
 * Astro compiles every MDX note into a module that begins with its own "use astro:head-inject" directive,
 * and Vite 8's bundler reports each one as MODULE_LEVEL_DIRECTIVE with a code frame: harmless (Astro
 * handles the directive itself), but one warning per note buries real warnings and, at 3,000 notes,
 * writes 3.6 MB of log. Only that warning is dropped; every other passes through.
 */
export const viteSettings: ViteUserConfig = {
  build: {
    rolldownOptions: {
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
        warn(warning);
      },
    },
  },
};
