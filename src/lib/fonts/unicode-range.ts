/** `U+20-7E,U+AC00,U+AC04-AC05`: code points folded into ranges, the form of @font-face's unicode-range. */
export function unicodeRange(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let index = 0; index < sorted.length; index++) {
    const start = sorted[index]!;
    let end = start;
    while (sorted[index + 1] === end + 1) end = sorted[++index]!;
    const hex = (value: number) => value.toString(16).toUpperCase();
    ranges.push(start === end ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`);
  }
  return ranges.join(',');
}

/** The code points of a unicode-range value (`U+f9ca-fa0b, U+ff03`), in the order written. */
export function codePointsOf(range: string): number[] {
  const codePoints: number[] = [];
  for (const part of range.split(',')) {
    const match = /^\s*U\+([0-9a-f]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!match) throw new Error(`unicode-range를 읽을 수 없습니다: ${part.trim()}`);
    const start = parseInt(match[1]!, 16);
    const end = match[2] ? parseInt(match[2], 16) : start;
    for (let codePoint = start; codePoint <= end; codePoint++) codePoints.push(codePoint);
  }
  return codePoints;
}
