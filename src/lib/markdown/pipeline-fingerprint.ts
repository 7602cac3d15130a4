import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { basePath, contentDir, siteUrl } from '../../config/site.ts';

/**
 * What turns a note's source into its compiled form besides the note itself: the Markdown plugins, the
 * diagram renderer, heading slugs, UI strings, the glossary, the Markdown settings in astro.config.mjs and
 * the installed packages (the lockfile: Astro, MDX, Shiki, Mermaid, the font), and the site settings the
 * environment may change (the base path is in every link a note makes). A change to any of them changes
 * the fingerprint, and with it every cache keyed on it.
 */
// The rules (src/lib/checks) decide whether a note compiles: a rule changed must not pass a note from the cache.
const pipelineFolders = ['src/lib/markdown', 'src/lib/checks', 'src/lib/mermaid', 'src/config', 'src/i18n'];
const pipelineFiles = [
  'astro.config.mjs',
  'package-lock.json',
  'src/lib/categories.ts',
  'src/lib/content-error.ts',
  'src/lib/content-index.ts',
  'src/lib/topic-schema.ts',
  'src/lib/fonts/font-files.ts',
  'src/lib/slug.ts',
  'src/lib/glossary.ts',
  'src/lib/data-file.ts',
  'src/lib/search/text.ts',
];

let fingerprint: Promise<string> | undefined;

/** The fingerprint of the note pipeline, computed once per process from the files above. */
export function pipelineFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    const hash = createHash('sha256').update(JSON.stringify({ basePath, siteUrl, contentDir: path.resolve(contentDir) }));
    const inFolders = await Promise.all(
      pipelineFolders.map(async (folder) => (await readdir(folder, { recursive: true })).filter((file) => /\.(ts|json)$/.test(file)).map((file) => path.join(folder, file))),
    );
    for (const file of [...inFolders.flat(), ...pipelineFiles].sort()) hash.update(file).update(await readFile(file));
    hash.update(await readFile(path.join(contentDir, 'glossary.yaml')).catch(() => ''));
    return hash.digest('hex');
  })();
  return fingerprint;
}
