import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PassedNote } from '../checks/required-files.ts';
import { sameUrlFiles } from '../checks/rules/duplicate-url.ts';
import { markUsed, writeCacheFile } from '../file-cache.ts';
import { pipelineFingerprint } from './pipeline-fingerprint.ts';

/** What the MDX renderer of @astrojs/markdown-remark returns for a note: the compiled module and Astro's metadata. */
export interface MdxRenderResult {
  code: string;
  map?: string | null;
  astroMetadata: unknown;
}

/** One cache entry: a note that compiled with no problem, and what its rules found (src/lib/checks/required-files.ts). */
interface Entry extends PassedNote {
  result: MdxRenderResult;
}

/** The renderer's `process`, as @astrojs/mdx calls it: the note's body (frontmatter blanked), its path, its frontmatter. */
export type RenderNote = (content: string, filePath: string, frontmatter: Record<string, unknown>) => Promise<MdxRenderResult>;

/**
 * Compiled notes shared by `npm run check` and the build. Both run the same pipeline through the same
 * renderer of @astrojs/markdown-remark, so a note the check compiled without a problem is not compiled again
 * by the build (and a note the last build compiled is not compiled again by the next check). An entry's key
 * is everything the compiled module depends on: the pipeline fingerprint (plugins, their imports, lockfile,
 * glossary, site settings), the renderer's settings, the note's path, body and frontmatter, and the other
 * files of its folder that claim its URL (the duplicate-url rule); files a rule found outside the note must
 * still exist on a hit. A note with any problem, or that failed, is never stored: it fails again each time.
 */
export class CompiledNotes {
  readonly dir: string;
  private readonly settings: string;
  /** How many notes were compiled and how many came from the cache (may be shared by several instances). */
  readonly stats: { compiled: number; cached: number };

  /** `settings`: the renderer's options (Astro's resolved Markdown settings and the MDX ones), serialised into the key. */
  constructor(dir: string, settings: unknown, stats = { compiled: 0, cached: 0 }) {
    this.dir = path.resolve(dir);
    this.settings = canonicalJson(settings);
    this.stats = stats;
  }

  async key(content: string, filePath: string, frontmatter: Record<string, unknown>): Promise<string> {
    return createHash('sha256')
      .update(await pipelineFingerprint())
      .update('\0')
      .update(this.settings)
      .update('\0')
      .update(filePath)
      .update('\0')
      .update(content)
      .update('\0')
      .update(JSON.stringify(frontmatter))
      .update('\0')
      .update(sameUrlFiles(filePath).join('\0'))
      .digest('hex');
  }

  /** The stored entry, marked used, or undefined (none, unreadable, or a file it relied on is gone). */
  async read(key: string): Promise<Entry | undefined> {
    const file = this.fileOf(key);
    let entry: Entry;
    try {
      entry = JSON.parse(await readFile(file, 'utf8')) as Entry;
    } catch {
      return undefined;
    }
    if (typeof entry.result?.code !== 'string' || !Array.isArray(entry.requiredFiles) || !entry.facts) return undefined;
    if (!entry.requiredFiles.every((required) => existsSync(required))) return undefined;
    await markUsed(file);
    return entry;
  }

  write(key: string, entry: Entry): Promise<void> {
    return writeCacheFile(this.fileOf(key), JSON.stringify(entry));
  }

  /**
   * The build's renderer with the cache in front: a stored note is returned as it is, any other compiled and
   * stored with what the pipeline's last step kept of it (`passed`; a note with a problem throws there, so only
   * good notes are stored).
   */
  wrap(render: RenderNote, passed: (filePath: string) => PassedNote | undefined): RenderNote {
    return async (content, filePath, frontmatter) => {
      const key = await this.key(content, filePath, frontmatter);
      const entry = await this.read(key);
      if (entry) {
        this.stats.cached++;
        return entry.result;
      }
      passed(filePath); // nothing left over from an earlier compile of this path
      const result = await render(content, filePath, frontmatter);
      this.stats.compiled++;
      const note = passed(filePath);
      if (note) await this.write(key, { result, ...note });
      return result;
    };
  }

  private fileOf(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}

/** JSON with object keys sorted: Astro and the check build equal settings with their keys in another order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item) && Object.getPrototypeOf(item) === Object.prototype
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}
