import type { Category } from './categories.ts';

export interface MapNode {
  slug: string;
  name: string;
  x: number;
  y: number;
  topicCount: number;
}

export interface MapEdge {
  from: MapNode;
  to: MapNode;
  count: number;
}

/**
 * Lays the categories out on a circle, in their listed order, and turns cross-category link counts
 * ("a→b" keys, as categoryLinks returns them) into edges. Pure geometry: the component draws it as SVG.
 */
export function layoutCategoryMap(
  categories: Array<{ category: Category; topicCount: number }>,
  links: Map<string, number>,
  size = { width: 720, height: 440 },
): { nodes: MapNode[]; edges: MapEdge[] } {
  const centerX = size.width / 2;
  const centerY = size.height / 2;
  const radiusX = size.width / 2 - 110;
  const radiusY = size.height / 2 - 50;
  const nodes = categories.map(({ category, topicCount }, position) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * position) / categories.length;
    return { slug: category.slug, name: category.name, x: Math.round(centerX + radiusX * Math.cos(angle)), y: Math.round(centerY + radiusY * Math.sin(angle)), topicCount };
  });
  const bySlug = new Map<string, MapNode>(nodes.map((node) => [node.slug, node]));
  const edges: MapEdge[] = [];
  for (const [key, count] of links) {
    const [a, b] = key.split('→');
    const from = bySlug.get(a!);
    const to = bySlug.get(b!);
    if (from && to) edges.push({ from, to, count });
  }
  edges.sort((a, b) => a.count - b.count);
  return { nodes, edges };
}
