import plan from './site-font-plan.json' with { type: 'json' };

/**
 * The site's own font slices, cut once from the text of the built pages and kept in site-font-plan.json
 * (`npm run font-plan` writes it). The build does not cut them again from each build's pages: one new
 * character in one note would then move characters between slices, change the font rules every page links
 * to, and so rewrite (and recompress) every page. With the slices fixed, a character the plan lacks is
 * served from Pretendard's own file that holds it (pretendard-slices.ts), and only the pages showing it
 * download that file. Cutting the plan again is a deliberate change of every page, like a font update.
 */
export const plannedSlices: readonly (readonly number[])[] = plan.slices.map((slice) => [...slice].map((character) => character.codePointAt(0)!));

/** Characters per slice. Slices are ordered by how many pages use a character, so common text shares files. */
const charactersPerSlice = 320;
/** Printable ASCII goes into the first slice whatever the text, for code, numbers and typed queries. */
const ascii = Array.from({ length: 0x7e - 0x20 + 1 }, (_, index) => 0x20 + index);

/** The visible text of an HTML page: tags dropped, scripts and styles skipped, entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&(lt|gt|amp|quot|apos|nbsp);/g, (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ' })[name]!);
}

/**
 * Code points of `texts` that the font has, most widely used first, cut into slices; printable ASCII always
 * in the first. What `npm run font-plan` writes into site-font-plan.json.
 */
export function slicesByUse(texts: readonly string[], inFont: (codePoint: number) => boolean, sliceSize = charactersPerSlice): number[][] {
  const pagesUsing = new Map<number, number>();
  for (const text of texts) {
    for (const codePoint of new Set([...text].map((character) => character.codePointAt(0)!))) {
      if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0) || !inFont(codePoint)) continue;
      pagesUsing.set(codePoint, (pagesUsing.get(codePoint) ?? 0) + 1);
    }
  }
  for (const codePoint of ascii) pagesUsing.set(codePoint, Number.POSITIVE_INFINITY);
  const ordered = [...pagesUsing].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([codePoint]) => codePoint);
  const slices: number[][] = [];
  for (let start = 0; start < ordered.length; start += sliceSize) slices.push(ordered.slice(start, start + sliceSize).sort((a, b) => a - b));
  return slices;
}

/** Characters of `texts` that the plan does not hold (served from Pretendard's own files), for the build's log. */
export function unplannedCharacters(texts: readonly string[], planned: readonly (readonly number[])[] = plannedSlices): number[] {
  const inPlan = new Set(planned.flat());
  const outside = new Set<number>();
  for (const text of texts) {
    for (const character of text) {
      const codePoint = character.codePointAt(0)!;
      if (codePoint > 0x20 && !(codePoint >= 0x7f && codePoint < 0xa0) && !inPlan.has(codePoint)) outside.add(codePoint);
    }
  }
  return [...outside].sort((a, b) => a - b);
}
