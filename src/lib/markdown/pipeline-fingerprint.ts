import path from 'node:path';
import { basePath, contentDir, siteUrl } from '../../config/site.ts';
import { sourceFingerprint } from '../source-fingerprint.ts';

/**
 * What turns a note's source into its compiled form besides the note itself, as one hash: the pipeline
 * module and every project file it imports, directly or not (plugins, the diagram renderer and its browser
 * service, heading slugs, UI strings, …: found by following the imports, so a new plugin or helper is in
 * without anyone keeping a list); astro.config.mjs (the Markdown settings Astro applies around the
 * pipeline); the lockfile (Astro, MDX, Shiki, Mermaid, the font); the data files the plugins read (the
 * glossary); and the site settings the environment may change (the base path is in every link a note makes).
 */
export const pipelineEntries = ['src/lib/markdown/pipeline.ts'];

let fingerprint: Promise<string> | undefined;

/** The fingerprint of the note pipeline, computed once per process. */
export function pipelineFingerprint(): Promise<string> {
  fingerprint ??= sourceFingerprint({
    entries: pipelineEntries,
    files: ['astro.config.mjs', 'package-lock.json', path.resolve(contentDir, 'glossary.yaml')],
    settings: { basePath, siteUrl, contentDir: path.resolve(contentDir) },
  });
  return fingerprint;
}
