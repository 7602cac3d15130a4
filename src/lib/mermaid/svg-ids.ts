/**
 * Gives every element id in a serialized SVG a name derived from the caller's prefix and the element's
 * position in the document (`prefix-0`, `prefix-1`, … in document order), and rewrites every reference to
 * those ids to match: `url(#id)` in any attribute or stylesheet, `href="#id"` / `xlink:href="#id"`, the id
 * lists of `aria-labelledby`, `aria-describedby` and the other ARIA id-reference attributes, and `#id`
 * selectors in `<style>` (only in selectors, so a colour such as `#ccc` is never taken for an id).
 *
 * Why: Mermaid names some elements from counters that live as long as the page it renders in (sequence
 * diagrams number their actors `actor0`, `root-0`, … across renders), so an id depended on how many
 * diagrams the render page had drawn before, which depends on timing. Names from the diagram's own hash and
 * document order are the same on every build, and two diagrams on the same page no longer share ids such as
 * an actor's name.
 *
 * The input is what XMLSerializer (and svg-tree.ts after it) writes: attributes double-quoted with `<`, `>`, `&` and `"` escaped, so a
 * tag ends at the first `>` and text never holds a `<`. References to ids not defined in the SVG are left alone.
 */
export function renameSvgIds(svg: string, prefix: string): string {
  const names = new Map<string, string>();
  for (const tag of svg.matchAll(tagPattern)) {
    if (tag[1]) continue;
    const id = /\sid="([^"]*)"/.exec(tag[0])?.[1];
    if (id !== undefined && !names.has(id)) names.set(id, `${prefix}-${names.size}`);
  }
  if (names.size === 0) return svg;

  const rename = (id: string) => names.get(id) ?? id;
  const renameUrls = (text: string) => text.replace(/url\((['"]?|&quot;)#([^)'"&]+)\1\)/g, (_, quote: string, id: string) => `url(${quote}#${rename(id)}${quote})`);
  const renameAttribute = (name: string, value: string): string => {
    if (name === 'id') return rename(value);
    if ((name === 'href' || name === 'xlink:href') && value.startsWith('#')) return `#${rename(value.slice(1))}`;
    if (idListAttributes.has(name))
      return value
        .split(/(\s+)/)
        .map((part) => (/\s/.test(part) ? part : rename(part)))
        .join('');
    return renameUrls(value);
  };
  // In a stylesheet, `#name` is an id only in a selector (the text before a `{`); declarations (before a
  // `}`) hold colours like `#333`, and their only id references are `url(#…)`.
  const renameStylesheet = (css: string) =>
    css.replace(/([^{}]*)([{}]|$)/g, (_, text: string, brace: string) =>
      brace === '{' ? text.replace(/#(-?[A-Za-z_][\w-]*)/g, (whole, id: string) => (names.has(id) ? `#${rename(id)}` : whole)) + brace : renameUrls(text) + brace,
    );

  let styleDepth = 0;
  return svg.replace(new RegExp(`${tagPattern.source}|[^<]+`, 'g'), (piece, comment: string | undefined, closing: string | undefined, tagName: string | undefined) => {
    if (comment) return piece;
    if (!tagName) return styleDepth > 0 ? renameStylesheet(piece) : piece;
    if (tagName === 'style') styleDepth += closing ? -1 : piece.endsWith('/>') ? 0 : 1;
    if (closing) return piece;
    return piece.replace(/(\s)([\w:-]+)="([^"]*)"/g, (_, space: string, name: string, value: string) => `${space}${name}="${renameAttribute(name, value)}"`);
  });
}

/** A comment, or a start/end tag with its name captured. */
const tagPattern = /<(!--[\s\S]*?--)>|<(\/)?([A-Za-z][\w:.-]*)(?:\s[^>]*)?>/g;

/** Attributes whose value is a space-separated list of ids (WAI-ARIA's ID reference list attributes). */
const idListAttributes = new Set(['aria-activedescendant', 'aria-controls', 'aria-describedby', 'aria-details', 'aria-errormessage', 'aria-flowto', 'aria-labelledby', 'aria-owns']);
