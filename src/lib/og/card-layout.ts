/** The texts on one Open Graph card. */
export interface CardText {
  title: string;
  category: string;
  siteName: string;
}

/** One run of text to paint, placed by the middle of its line box. */
interface CardRun {
  text: string;
  x: number;
  middleY: number;
  font: string;
  color: string;
  letterSpacing: string;
}

/** One bar of the site mark, in card pixels. */
interface CardBar {
  x: number;
  y: number;
  width: number;
  height: number;
  radius: number;
  color: string;
  alpha: number;
}

export interface CardDrawing {
  runs: CardRun[];
  /** The site's mark left of the site name: a rounded square with the favicon's three bars on it. */
  mark: { x: number; y: number; size: number; radius: number; color: string; bars: CardBar[] };
}

/** The card's design: every size and colour of the card, in one place. */
export const cardDesign = {
  width: 1200,
  height: 630,
  paddingX: 80,
  paddingY: 72,
  /** A CSS-style `linear-gradient(135deg, from 0%, to 70%)`. */
  background: { angleDeg: 135, from: '#1f4fd1', to: '#0f1a3d', toStop: 0.7 },
  category: { size: 34, weight: 600, lineHeight: 1.25, color: '#b9cdff' },
  /** Largest first; the largest size whose lines fit between the category and the site name is used. */
  title: { sizes: [80, 64, 52], weight: 800, lineHeight: 1.25, letterSpacingEm: -0.01, color: '#ffffff', minGap: 24 },
  site: {
    size: 32,
    weight: 700,
    color: '#e7edff',
    markSize: 44,
    markRadius: 10,
    markColor: '#ffffff',
    gap: 16,
    /** The bars of public/favicon.svg on its 32-unit grid, in the card's blue on the white square (the favicon inverted). */
    markBars: {
      grid: 32,
      x: 6,
      width: 20,
      radius: 1.5,
      color: '#1f4fd1',
      rows: [
        { y: 7, height: 5, alpha: 1 },
        { y: 14, height: 5, alpha: 0.8 },
        { y: 21, height: 4, alpha: 0.6 },
      ],
    },
  },
} as const;

export type CardDesign = typeof cardDesign;

/**
 * Places the card's texts: category on top, site name at the bottom, the title wrapped and centred between
 * them (the layout of the former HTML card: a flex column with space-between). Lines break only between
 * words, as `word-break: keep-all` does for Korean; a word wider than a line is broken between characters.
 * A title too long for the smallest size ends its last line with "…".
 *
 * Runs inside the card page too (the browser measures the text), so it is kept free of outer variables and
 * imports: Playwright and `Function.prototype.toString` carry it as source.
 */
export function layoutCard(text: CardText, design: CardDesign, family: string, measure: (text: string, font: string) => number): CardDrawing {
  const fontOf = (weight: number, size: number) => `${weight} ${size}px "${family}"`;
  const maxWidth = design.width - 2 * design.paddingX;

  const graphemes = (word: string) => Array.from(new Intl.Segmenter('ko', { granularity: 'grapheme' }).segment(word), (part) => part.segment);
  const wrap = (font: string): string[] => {
    const lines: string[] = [];
    let line = '';
    for (const word of text.title.trim().split(/\s+/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate, font) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      // Only a word wider than a whole line is broken, between characters.
      for (const character of measure(word, font) <= maxWidth ? [word] : graphemes(word)) {
        if (line && measure(line + character, font) > maxWidth) {
          lines.push(line);
          line = '';
        }
        line += character;
      }
    }
    if (line) lines.push(line);
    return lines;
  };

  const categoryHeight = design.category.size * design.category.lineHeight;
  const titleTop = design.paddingY + categoryHeight + design.title.minGap;
  const siteTop = design.height - design.paddingY - design.site.markSize;
  const titleSpace = siteTop - design.title.minGap - titleTop;

  let size: number = design.title.sizes[0];
  let lines: string[] = [];
  for (const candidate of design.title.sizes) {
    size = candidate;
    lines = wrap(fontOf(design.title.weight, size));
    if (lines.length * size * design.title.lineHeight <= titleSpace) break;
  }
  const titleFont = fontOf(design.title.weight, size);
  const lineHeight = size * design.title.lineHeight;
  const maxLines = Math.max(1, Math.floor(titleSpace / lineHeight));
  if (lines.length > maxLines) {
    lines = lines.slice(0, maxLines);
    let last = lines[maxLines - 1]!;
    while (last && measure(`${last}…`, titleFont) > maxWidth) last = graphemes(last).slice(0, -1).join('');
    lines[maxLines - 1] = `${last.trimEnd()}…`;
  }

  // Centred in the space between the category and the site name, as space-between centres the middle item.
  const blockTop = titleTop + (titleSpace - lines.length * lineHeight) / 2;
  const runs: CardRun[] = [
    {
      text: text.category,
      x: design.paddingX,
      middleY: design.paddingY + categoryHeight / 2,
      font: fontOf(design.category.weight, design.category.size),
      color: design.category.color,
      letterSpacing: '0px',
    },
    ...lines.map((line, index) => ({
      text: line,
      x: design.paddingX,
      middleY: blockTop + lineHeight * (index + 0.5),
      font: titleFont,
      color: design.title.color,
      letterSpacing: `${design.title.letterSpacingEm * size}px`,
    })),
    {
      text: text.siteName,
      x: design.paddingX + design.site.markSize + design.site.gap,
      middleY: siteTop + design.site.markSize / 2,
      font: fontOf(design.site.weight, design.site.size),
      color: design.site.color,
      letterSpacing: '0px',
    },
  ];
  const bars = design.site.markBars;
  const unit = design.site.markSize / bars.grid;
  return {
    runs,
    mark: {
      x: design.paddingX,
      y: siteTop,
      size: design.site.markSize,
      radius: design.site.markRadius,
      color: design.site.markColor,
      bars: bars.rows.map((row) => ({
        x: design.paddingX + bars.x * unit,
        y: siteTop + row.y * unit,
        width: bars.width * unit,
        height: row.height * unit,
        radius: bars.radius * unit,
        color: bars.color,
        alpha: row.alpha,
      })),
    },
  };
}
