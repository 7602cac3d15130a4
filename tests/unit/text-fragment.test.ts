import { describe, expect, it } from 'vitest';
import { mergeResults } from '../../src/lib/search/results.ts';
import { textDirective, withTextFragment } from '../../src/lib/search/text-fragment.ts';

/** `[word]` marks a matched word, as Pagefind's `<mark>` does. */
const parts = (excerpt: string) =>
  excerpt
    .split(/(\[[^\]]*\])/)
    .filter(Boolean)
    .map((piece) => (piece.startsWith('[') ? { text: piece.slice(1, -1), mark: true } : { text: piece, mark: false }));
const decoded = (directive: string | undefined) => directive && decodeURIComponent(directive);

describe('text directive of a search result', () => {
  it('names the whole word the first mark sits in, with the words around it as context', () => {
    expect(textDirective(parts('브로커는 [파티션]을 리더로 둔다'))).toBe(`:~:text=${encodeURIComponent('브로커는')}-,${encodeURIComponent('파티션을')},-${encodeURIComponent('리더로')}`);
    expect(decoded(textDirective(parts('브로커는 [파티션]을 리더로 [파티션]')))).toBe(':~:text=브로커는-,파티션을,-리더로');
  });

  it('keeps a mark that spans words whole, and leaves out context at the edges of the excerpt', () => {
    expect(decoded(textDirective(parts('[로드 밸런싱]은 분산')))).toBe(':~:text=로드 밸런싱은,-분산');
    expect(decoded(textDirective(parts('이 [장애] ')))).toBe(':~:text=이-,장애');
  });

  it('runs the named words to the end of a short block and takes context from the next one (Pagefind ends blocks with a stop)', () => {
    // A heading: the table of contents repeats it, but only the article has the section's text after it.
    expect(decoded(textDirective(parts('시나리오. [리더] 선출. Leader Election')))).toBe(':~:text=시나리오-,리더 선출,-Leader');
    expect(decoded(textDirective(parts('메시지 처리 확인 [방식] (acks). 프로듀서가 보낸')))).toBe(':~:text=확인-,방식 (acks),-프로듀서가');
    // In a long block the named words stay the mark's own word.
    expect(decoded(textDirective(parts('가 [나] 다 라 마 바 사.')))).toBe(':~:text=가-,나,-다');
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

  it('adds nothing when no word is marked or the word has no context', () => {
    expect(textDirective(parts('표시된 낱말 없음'))).toBeUndefined();
    expect(textDirective([{ text: ' ', mark: true }])).toBeUndefined();
    expect(textDirective(parts('[말]'))).toBeUndefined();
    expect(withTextFragment('/a/#b', parts('표시 없음'))).toBe('/a/#b');
  });

  it('follows the section id, or stands alone after `#` on a page link', () => {
    expect(decoded(withTextFragment('/a/#b', parts('이 [말]')))).toBe('/a/#b:~:text=이-,말');
    expect(decoded(withTextFragment('/a/', parts('이 [말]')))).toBe('/a/#:~:text=이-,말');
  });
});

describe('merged results carry the directive', () => {
  it('on each section link from its own excerpt, and on the result link from the section it opens at', () => {
    const [result] = mergeResults({
      hits: [],
      targets: [],
      fullText: [
        {
          url: '/data/redis/',
          excerpt: '첫 <mark>멱등성</mark> 끝',
          meta: { title: '레디스' },
          sub_results: [{ title: '예시', url: '/data/redis/#예시', excerpt: '예시. 키를 <mark>멱등성</mark> 보장' }],
        },
      ],
      words: ['멱등성'],
      withBase: (url) => url,
      categoryName: (slug) => slug,
    });
    expect(decodeURIComponent(result!.url)).toBe('/data/redis/#예시:~:text=키를-,멱등성,-보장');
    expect(decodeURIComponent(result!.sections[0]!.url)).toBe('/data/redis/#예시:~:text=키를-,멱등성,-보장');
  });
});
