import { describe, expect, it } from 'vitest';
import { minifySvg } from '../../src/lib/mermaid/minify-svg.ts';
import { parseSvg, serializeSvg } from '../../src/lib/mermaid/svg-tree.ts';

/** The shapes Mermaid writes, shortened (XMLSerializer's form). */
const mermaid = [
  '<svg id="m" width="100%" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" style="max-width: 549.71875px;" viewBox="0 0 549.71875 383" role="graphics-document document" aria-labelledby="t" aria-describedby="d">',
  '<title id="t">제목</title><desc id="d">설명</desc>',
  '<style>#m{fill:#333;font-family:"Pretendard Variable"}#m .node rect{fill:#ECECFF;}</style>',
  '<g><marker id="used" class="marker flowchart-v2" refX="5.5"><path d="M 0 0 L 10 5 z" style="stroke-width: 1; stroke-dasharray: 1, 0;"></path></marker><marker id="unused"><path d="M 0 0"></path></marker></g>',
  '<defs><symbol id="icon"><path d="M12.258.001l.256.004"></path></symbol></defs>',
  '<g class="root"><g class="edgePaths"><path d="M135.656,315.5L139.8234,315.5" id="edge" class="flowchart-link edge-pattern-solid flowchart-link" style=";" data-points="W3sieCI6MTM1" marker-end="url(#used)" fill="none"></path></g>',
  '<g class="node default" id="node-1" data-look="classic" transform="translate(84.328125, 315.5)">',
  '<rect class="basic label-container" style="" x="-51.328125" y="-24.5" width="102.65625" height="49" fill="#eaeaea" stroke="#666"></rect>',
  '<g class="label" style="" transform="translate(0, -9.5)"><rect></rect><g><rect class="background" style="stroke: none"></rect>',
  '<text y="-10.1" style="text-anchor: middle; font-size: 16px; font-weight: 400; font-family: &quot;Pretendard Variable&quot;, sans-serif;"><tspan class="text-outer-tspan row" x="0" y="-0.1em" dy="1.1em">',
  '<tspan font-style="normal" class="text-inner-tspan" font-weight="normal">리더</tspan><tspan font-style="normal" class="text-inner-tspan" font-weight="normal"> 선출 &amp; 복제</tspan>',
  '</tspan></text></g></g></g>',
  '<g class="edgeLabel"><g class="label" transform="translate(0, 0)"><text y="-10.1"><tspan class="text-outer-tspan row" x="0"></tspan></text></g></g>',
  '<text class="messageText"><tspan font-weight="bold">굵게</tspan><tspan class="text-inner-tspan"> 보통</tspan></text>',
  '</g></svg>',
].join('');

describe('svg-tree', () => {
  it('writes back what it read (empty elements self-closed, comments dropped)', () => {
    const svg = '<svg a="1"><g class="x &amp; y"><text>가 &lt; 나</text><rect/></g><!-- note --></svg>';
    expect(serializeSvg(parseSvg(svg))).toBe('<svg a="1"><g class="x &amp; y"><text>가 &lt; 나</text><rect/></g></svg>');
  });

  it('refuses markup that does not nest', () => {
    expect(() => parseSvg('<svg><g></svg>')).toThrowError(/closes <g>/);
  });
});

describe('minifySvg', () => {
  const out = minifySvg(mermaid);

  it("drops Mermaid's stylesheet, colours and fonts, keeping `none` and the other declarations", () => {
    expect(out).not.toMatch(/<style|#ECECFF|#eaeaea|#666|font-family|font-size|font-weight="normal"|font-style/);
    expect(out).toContain('fill="none"');
    expect(out).toContain('style="text-anchor:middle"');
    expect(out).toContain('style="stroke-width:1;stroke-dasharray:1,0"');
    expect(out).toContain('<tspan font-weight="bold">');
  });

  it('drops definitions and ids nothing refers to, and keeps the ones the arrows and ARIA name', () => {
    expect(out).toContain('<marker id="used"');
    expect(out).not.toMatch(/id="(?:unused|icon|edge|node-1|m)"|<defs|<symbol/);
    expect(out).toMatch(/<title id="t">제목<\/title><desc id="d">설명<\/desc>/);
    expect(out).toContain('marker-end="url(#used)"');
    expect(out).not.toContain('xmlns:xlink');
  });

  it('drops data attributes, empty styles, repeated classes and what draws nothing', () => {
    expect(out).not.toMatch(/data-|style=""|style=";"|<rect\/>|<rect class="background"|edgeLabel/);
    expect(out).toContain('class="flowchart-link edge-pattern-solid"');
    // The attribute-less wrapper group around the label is gone; its content stays in place.
    expect(out).toContain('<g class="label" transform="translate(0,-9.5)"><text');
  });

  it('joins the per-word spans of a label into one run of text, and leaves spans that style text', () => {
    expect(out).toContain('<tspan class="text-outer-tspan row" x="0" y="-.1em" dy="1.1em">리더 선출 &amp; 복제</tspan>');
    expect(out).toContain('<text class="messageText"><tspan font-weight="bold">굵게</tspan><tspan class="text-inner-tspan"> 보통</tspan></text>');
  });

  it('rounds coordinates to 1/100 px and leaves other numbers alone', () => {
    expect(out).toContain('viewBox="0 0 549.72 383"');
    expect(out).toContain('style="max-width:549.72px"');
    expect(out).toContain('d="M135.66,315.5L139.82,315.5"');
    expect(out).toContain('transform="translate(84.33,315.5)"');
    expect(out).toContain('x="-51.33"');
    expect(out).toContain('dy="1.1em"');
  });

  it('gives the same output for the same input', () => {
    expect(minifySvg(mermaid)).toBe(out);
  });
});
