import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fontStylesheetPath } from './font-files.ts';
import { codePointsOf } from './unicode-range.ts';

/** One file of Pretendard's own dynamic subset and the characters it holds. */
export interface PretendardSlice {
  file: string;
  codePoints: number[];
}

/**
 * The slices of Pretendard's dynamic-subset stylesheet, in its order. Pretendard cuts every character it
 * has into ~92 files by how often Korean text uses them; the site serves them as they are for whatever its
 * own slices (site-font-plan.ts) do not hold, so every character Pretendard has is covered whatever the
 * notes say, and these files never change with the notes.
 */
export function parseSubsetStylesheet(css: string, directory: string): PretendardSlice[] {
  const slices: PretendardSlice[] = [];
  for (const [, body] of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const descriptor = (name: string) => new RegExp(`${name}\\s*:\\s*([^;]+);`).exec(body!)?.[1]?.trim();
    const url = /url\(([^)]+)\)/.exec(descriptor('src') ?? '')?.[1]?.replace(/^['"]|['"]$/g, '');
    const range = descriptor('unicode-range');
    if (!url || !range) throw new Error(`Pretendard의 @font-face를 읽을 수 없습니다: ${body!.trim().slice(0, 120)}`);
    slices.push({ file: path.join(directory, url), codePoints: codePointsOf(range) });
  }
  return slices;
}

export async function pretendardSlices(): Promise<PretendardSlice[]> {
  return parseSubsetStylesheet(await readFile(fontStylesheetPath, 'utf8'), path.dirname(fontStylesheetPath));
}
