import { elementsOf, parseSvg, type SvgElement, type SvgNode, serializeSvg } from './svg-tree.ts';

/**
 * Turns Mermaid's SVG into the one the page ships: no colours of its own (the site's stylesheet paints it
 * with the theme's custom properties, so one copy serves light, dark and print) and nothing the browser
 * does not draw. Each step is named so `npm run bench:diagrams` can print what it saves.
 *
 * Layout is untouched: every position and size Mermaid measured stays (rounded to 1/100 px), so text keeps
 * the box it was measured for. The site's stylesheet gives the SVG the font and size Mermaid measured with.
 */
interface SvgStep {
  name: string;
  apply(svg: SvgElement): void;
}

const svgSteps: SvgStep[] = [
  // Mermaid's <style> holds its theme's colours, the font and rules for every shape it knows, in every
  // diagram: 6 KB each. The site's stylesheet (global.css, "diagrams") replaces it once for all pages.
  { name: 'Mermaid 스타일시트 빼기', apply: (svg) => removeElements(svg, (element) => element.name === 'style') },
  // Mermaid defines every arrowhead and icon it might use (a sequence diagram carries three icons, 10 KB).
  { name: '쓰지 않는 marker·symbol 빼기', apply: removeUnusedDefinitions },
  { name: '색·글꼴·data- 속성 빼기', apply: (svg) => visitElements(svg, cleanAttributes) },
  { name: '단어마다 나뉜 tspan 합치기', apply: (svg) => visitElements(svg, mergeWordSpans) },
  { name: '그려지지 않는 요소 빼기', apply: removeEmpty },
  { name: '참조되지 않는 id 빼기', apply: removeUnreferencedIds },
  { name: '좌표를 0.01 px로 반올림', apply: (svg) => visitElements(svg, roundNumbers) },
];

export function minifySvg(svg: string): string {
  const tree = parseSvg(svg);
  for (const step of svgSteps) step.apply(tree);
  return serializeSvg(tree);
}

/** `svg` after each step (cumulative), for the benchmark. */
export function svgStepSizes(svg: string): Array<{ step: string; svg: string }> {
  const tree = parseSvg(svg);
  return svgSteps.map((step) => {
    step.apply(tree);
    return { step: step.name, svg: serializeSvg(tree) };
  });
}

function visitElements(svg: SvgElement, visit: (element: SvgElement) => void): void {
  for (const element of elementsOf(svg)) visit(element);
}

function removeElements(svg: SvgElement, drop: (element: SvgElement) => boolean): void {
  for (const element of elementsOf(svg)) element.children = element.children.filter((child) => typeof child === 'string' || !drop(child));
}

/** Ids named by a reference: `url(#id)`, `href="#id"`, and the ARIA id lists. */
function referencedIds(svg: SvgElement): Set<string> {
  const ids = new Set<string>();
  for (const element of elementsOf(svg)) {
    for (const [name, value] of Object.entries(element.attributes)) {
      for (const match of value.matchAll(/url\((?:['"]|&quot;)?#([^)'"&]+)/g)) ids.add(match[1]!);
      if ((name === 'href' || name === 'xlink:href') && value.startsWith('#')) ids.add(value.slice(1));
      if (name.startsWith('aria-') && name.endsWith('by')) for (const id of value.split(/\s+/)) ids.add(id);
    }
  }
  return ids;
}

function removeUnusedDefinitions(svg: SvgElement): void {
  const used = referencedIds(svg);
  removeElements(svg, (element) => (element.name === 'marker' || element.name === 'symbol') && !used.has(element.attributes.id ?? ''));
  removeElements(svg, (element) => element.name === 'defs' && element.children.length === 0);
}

/** Inline declarations the site's stylesheet owns (font, colour) or that say the default. */
function keepDeclaration(property: string, value: string): boolean {
  if (property === 'font-family') return false;
  if (property === 'font-size') return value !== '16px';
  if (property === 'font-weight') return value !== '400' && value !== 'normal';
  if (property === 'fill' || property === 'stroke') return value === 'none';
  return true;
}

function cleanAttributes(element: SvgElement): void {
  const attributes = element.attributes;
  for (const [name, value] of Object.entries(attributes)) {
    // data-* (Mermaid's edge points, ids for its own scripts) and `name` are not drawn; colours come from
    // the site's stylesheet, which a presentation attribute would not win against anyway for most
    // properties, and an explicit `none` (an open path, a line) is kept.
    if (name.startsWith('data-') || name === 'name') delete attributes[name];
    else if ((name === 'fill' || name === 'stroke') && value !== 'none') delete attributes[name];
    else if ((name === 'font-style' || name === 'font-weight') && value === 'normal') delete attributes[name];
  }
  if (attributes.style !== undefined) {
    const style = attributes.style
      .split(';')
      .map((declaration) => declaration.split(/:(.*)/s).map((part) => part.trim()))
      .filter(([property, value]) => property && value !== undefined && keepDeclaration(property, value))
      .map(([property, value]) => `${property}:${value!.replace(/,\s+/g, ',')}`)
      .join(';');
    if (style) attributes.style = style;
    else delete attributes.style;
  }
  if (attributes.class !== undefined) attributes.class = [...new Set(attributes.class.split(/\s+/).filter(Boolean))].join(' ');
  if (element.name === 'svg' && attributes['xmlns:xlink'] && ![...elementsOf(element)].some((inner) => Object.keys(inner.attributes).some((key) => key.startsWith('xlink:')))) {
    delete attributes['xmlns:xlink'];
  }
}

const textOnly = (nodes: SvgNode[]): nodes is string[] => nodes.every((node) => typeof node === 'string');

/**
 * Mermaid writes each word of a label as its own `<tspan>` with only default attributes; one run of text
 * draws the same glyphs in the same place. Spans with anything else (bold, a position) stay.
 */
function mergeWordSpans(element: SvgElement): void {
  if (element.name !== 'tspan' || element.children.length < 1) return;
  const plain = element.children.every((child) => typeof child !== 'string' && child.name === 'tspan' && textOnly(child.children) && Object.keys(child.attributes).every((key) => key === 'class'));
  if (plain) element.children = [(element.children as SvgElement[]).map((span) => span.children.join('')).join('')];
}

/** Elements that draw nothing: text without text, a rect without a size, a group left empty. */
function drawsNothing(element: SvgElement): boolean {
  switch (element.name) {
    case 'text':
    case 'tspan':
      return !hasText(element);
    case 'rect':
      return !(Number.parseFloat(element.attributes.width ?? '0') > 0 && Number.parseFloat(element.attributes.height ?? '0') > 0);
    case 'g':
      return element.children.length === 0;
    default:
      return false;
  }
}

function hasText(element: SvgElement): boolean {
  return element.children.some((child) => (typeof child === 'string' ? child.trim() !== '' : hasText(child)));
}

function removeEmpty(svg: SvgElement): void {
  const prune = (element: SvgElement): void => {
    const children: SvgNode[] = [];
    for (const child of element.children) {
      if (typeof child === 'string') {
        children.push(child);
        continue;
      }
      prune(child);
      if (drawsNothing(child)) continue;
      // A group without attributes changes nothing for what it holds.
      if (child.name === 'g' && Object.keys(child.attributes).length === 0) children.push(...child.children);
      else children.push(child);
    }
    element.children = children;
  };
  prune(svg);
}

function removeUnreferencedIds(svg: SvgElement): void {
  const used = referencedIds(svg);
  for (const element of elementsOf(svg)) if (element.attributes.id !== undefined && !used.has(element.attributes.id)) delete element.attributes.id;
}

/** Attributes that hold coordinates and sizes (and `style`, for max-width). */
const numeric = new Set([
  'd',
  'points',
  'transform',
  'viewBox',
  'style',
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'width',
  'height',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'refX',
  'refY',
  'markerWidth',
  'markerHeight',
]);

function roundNumbers(element: SvgElement): void {
  for (const [name, value] of Object.entries(element.attributes)) {
    if (!numeric.has(name)) continue;
    element.attributes[name] = value.replace(/-?\d*\.\d+/g, (number) => String(Number(Number(number).toFixed(2))).replace(/^(-?)0\./, '$1.')).replace(/,\s+/g, ',');
  }
}
