import { describe, expect, it } from 'vitest';
import { renameSvgIds } from '../../src/lib/mermaid/svg-ids.ts';

const svg = [
  '<svg id="mermaid-12" aria-labelledby="chart-title-mermaid-12" aria-describedby="chart-desc-mermaid-12 note" xmlns:xlink="http://www.w3.org/1999/xlink">',
  '<style>#mermaid-12{fill:#333;color:#ccc}#mermaid-12 .actor, #actor7>text{stroke:#actor7;background:url(#grad)}@media (min-width:1px){#mermaid-12 p{fill:#fff}}</style>',
  '<title id="chart-title-mermaid-12">제목</title><desc id="chart-desc-mermaid-12">설명 id="actor7"</desc>',
  '<defs><linearGradient id="grad"/><marker id="arrowhead"/><symbol id="computer"/></defs>',
  '<line id="actor7" marker-end="url(#arrowhead)" style="fill:url(&quot;#grad&quot;)"/>',
  '<use xlink:href="#computer"/><use href="#computer"/><use href="#elsewhere"/>',
  '<g id="root-7" class="actor7"><text>#actor7 url(#grad)</text></g>',
  '</svg>',
].join('');

describe('renameSvgIds', () => {
  const renamed = renameSvgIds(svg, 'mmd-abc-light');

  it('names every id from the prefix and its place in the document', () => {
    const ids = [...renamed.matchAll(/<[^>]*\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toEqual(Array.from({ length: 8 }, (_, index) => `mmd-abc-light-${index}`));
  });

  it('rewrites every kind of reference to the new names', () => {
    expect(renamed).toContain('aria-labelledby="mmd-abc-light-1"');
    expect(renamed).toContain('aria-describedby="mmd-abc-light-2 note"');
    expect(renamed).toContain('marker-end="url(#mmd-abc-light-4)"');
    expect(renamed).toContain('style="fill:url(&quot;#mmd-abc-light-3&quot;)"');
    expect(renamed).toContain('<use xlink:href="#mmd-abc-light-5"/><use href="#mmd-abc-light-5"/>');
    expect(renamed).toContain('#mmd-abc-light-0{fill:#333;color:#ccc}');
    expect(renamed).toContain('#mmd-abc-light-0 .actor, #mmd-abc-light-6>text{');
    expect(renamed).toContain('@media (min-width:1px){#mmd-abc-light-0 p{fill:#fff}}');
    expect(renamed).toContain('background:url(#mmd-abc-light-3)');
  });

  it('leaves text, class names, colours, declaration values and unknown references alone', () => {
    expect(renamed).toContain('stroke:#actor7;');
    expect(renamed).toContain('<use href="#elsewhere"/>');
    expect(renamed).toContain('class="actor7"');
    expect(renamed).toContain('<text>#actor7 url(#grad)</text>');
    expect(renamed).toContain('설명 id="actor7"</desc>');
    expect(renamed.replace('설명 id="actor7"', '')).not.toMatch(/(?:id|href)="#?(?:actor7|root-7)"|mermaid-12/);
  });

  it('gives the same output whatever the renderer had counted before (only the ids differ between renders)', () => {
    const later = svg.replaceAll('mermaid-12', 'mermaid-99').replaceAll('actor7', 'actor41').replaceAll('root-7', 'root-41');
    // The class and the text were the only places where the old name was not an id reference.
    expect(renameSvgIds(later, 'mmd-abc-light').replaceAll('actor41', 'actor7')).toBe(renamed);
  });

  it('is stable when applied again with another prefix (a repeat of the diagram on the same page)', () => {
    const again = renameSvgIds(renamed, 'mmd-abc-2-light');
    expect(again).toBe(renamed.replaceAll('mmd-abc-light-', 'mmd-abc-2-light-'));
  });
});
