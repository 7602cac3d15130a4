import { describe, expect, it } from 'vitest';
import { mergeResults } from '../../src/lib/search/results.ts';
import { textDirective, withTextFragment } from '../../src/lib/search/text-fragment.ts';

const parts = (excerpt: string) =>
  excerpt
    .split(/(\[[^\]]*\])/)
    .filter(Boolean)
    .map((piece) => (piece.startsWith('[') ? { text: piece.slice(1, -1), mark: true } : { text: piece, mark: false }));

describe('text directive of a search result', () => {
  it('names the whole word the first mark sits in, with the words around it as context', () => {
    expect(textDirective(parts('브로커는 [파티션]을 리더로 둔다'))).toBe(`:~:text=${encodeURIComponent('브로커는')}-,${encodeURIComponent('파티션을')},-${encodeURIComponent('리더로')}`);
    expect(decodeURIComponent(textDirective(parts('브로커는 [파티션]을 리더로 [파티션]'))!)).toBe(':~:text=브로커는-,파티션을,-리더로');
  });

  it('keeps a mark that spans words whole, and leaves out context at the edges of the excerpt', () => {
    expect(decodeURIComponent(textDirective(parts('[로드 밸런싱]은'))!)).toBe(':~:text=로드 밸런싱은');
    expect(decodeURIComponent(textDirective(parts('이 [장애] '))!)).toBe(':~:text=이-,장애');
  });

  it('encodes the directive’s own separators inside words', () => {
    const directive = textDirective(parts('설정 [acks]=all, min-insync 확인'))!;
    expect(directive).toBe(':~:text=%EC%84%A4%EC%A0%95-,acks%3Dall%2C,-min%2Dinsync');
    expect(
      directive
        .slice(':~:text='.length)
        .split(',')
        .map((term) => decodeURIComponent(term)),
    ).toEqual(['설정-', 'acks=all,', '-min-insync']);
  });

  it('adds nothing when no word is marked', () => {
    expect(textDirective(parts('표시된 낱말 없음'))).toBeUndefined();
    expect(textDirective([{ text: ' ', mark: true }])).toBeUndefined();
    expect(withTextFragment('/a/#b', parts('표시 없음'))).toBe('/a/#b');
  });

  it('follows the section id, or stands alone after `#` on a page link', () => {
    expect(withTextFragment('/a/#b', parts('[말]'))).toBe(`/a/#b:~:text=${encodeURIComponent('말')}`);
    expect(withTextFragment('/a/', parts('[말]'))).toBe(`/a/#:~:text=${encodeURIComponent('말')}`);
  });
});

describe('merged results carry the directive', () => {
  it('on each section link from its own excerpt, and on the result link from the section it opens at', () => {
    const [result] = mergeResults({
      hits: [],
      targets: [],
      fullText: [
        { url: '/data/redis/', excerpt: '첫 <mark>멱등성</mark>', meta: { title: '레디스' }, sub_results: [{ title: '예시', url: '/data/redis/#예시', excerpt: '키를 <mark>멱등성</mark> 보장' }] },
      ],
      words: ['멱등성'],
      withBase: (url) => url,
      categoryName: (slug) => slug,
    });
    expect(decodeURIComponent(result!.url)).toBe('/data/redis/#예시:~:text=키를-,멱등성,-보장');
    expect(decodeURIComponent(result!.sections[0]!.url)).toBe('/data/redis/#예시:~:text=키를-,멱등성,-보장');
  });
});
