import { getCollection } from 'astro:content';
import { type ContentIndex, buildContentIndex } from './content-index.ts';

let cached: Promise<ContentIndex> | undefined;

/** The content index, built once per build from the `topics` collection and shared by every page. */
export function loadContentIndex(): Promise<ContentIndex> {
  cached ??= getCollection('topics').then((entries) =>
    buildContentIndex(entries.map((entry) => ({ id: entry.id, filePath: entry.filePath, data: entry.data }))),
  );
  return cached;
}
