/**
 * A minimal tree for the SVG that Mermaid's renderer hands back (XMLSerializer output: attributes
 * double-quoted with `<`, `>`, `&` and `"` escaped, so a tag ends at the first `>` and text never holds a
 * `<`). Attribute values and text stay in their escaped form, so a parse followed by a serialize writes
 * the same markup back (empty elements come back self-closed). Comments are dropped.
 */
export interface SvgElement {
  name: string;
  /** In document order: serializing writes them in this order, so the output is stable. */
  attributes: Record<string, string>;
  /** Elements, and text as escaped markup. */
  children: SvgNode[];
}
export type SvgNode = SvgElement | string;

const tokens = /<!--[\s\S]*?-->|<(\/)?([A-Za-z][\w:.-]*)((?:\s[^>]*?)?)(\/)?>|[^<]+/g;

/** The outermost element of `svg` (normally the `<svg>`). */
export function parseSvg(svg: string): SvgElement {
  const root: SvgElement = { name: '#document', attributes: {}, children: [] };
  const open: SvgElement[] = [root];
  for (const [piece, closing, name, attributeText, selfClosing] of svg.matchAll(tokens)) {
    const parent = open.at(-1)!;
    if (piece.startsWith('<!--')) continue;
    if (name === undefined) {
      parent.children.push(piece);
    } else if (closing) {
      if (parent.name !== name || open.length === 1) throw new Error(`SVG: </${name}> closes <${parent.name}>`);
      open.pop();
    } else {
      const attributes: Record<string, string> = {};
      for (const [, key, value] of (attributeText ?? '').matchAll(/([\w:.-]+)="([^"]*)"/g)) attributes[key!] = value!;
      const element: SvgElement = { name, attributes, children: [] };
      parent.children.push(element);
      if (!selfClosing) open.push(element);
    }
  }
  if (open.length !== 1) throw new Error(`SVG: <${open.at(-1)!.name}> is never closed`);
  const outer = root.children.find((child): child is SvgElement => typeof child !== 'string');
  if (!outer) throw new Error('SVG: no element');
  return outer;
}

export function serializeSvg(element: SvgElement): string {
  const attributes = Object.entries(element.attributes)
    .map(([key, value]) => ` ${key}="${value}"`)
    .join('');
  if (element.children.length === 0) return `<${element.name}${attributes}/>`;
  const children = element.children.map((child) => (typeof child === 'string' ? child : serializeSvg(child))).join('');
  return `<${element.name}${attributes}>${children}</${element.name}>`;
}

/** Every element under `element` (itself included), parents before their children. */
export function* elementsOf(element: SvgElement): Generator<SvgElement> {
  yield element;
  for (const child of element.children) if (typeof child !== 'string') yield* elementsOf(child);
}
