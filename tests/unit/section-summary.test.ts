import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuiltSite } from '../../src/lib/built-site.ts';
import { openingLimit, openingText } from '../../src/lib/section-summary.ts';

describe('openingText', () => {
  it('joins list items with a middle dot and sentences with a space', () => {
    expect(openingText(['인메모리 데이터베이스', '싱글 스레드'])).toBe('인메모리 데이터베이스 · 싱글 스레드');
    expect(openingText(['첫 문장이다.', '둘째 문장.'])).toBe('첫 문장이다. 둘째 문장.');
    expect(openingText(['특징:', '빠름'])).toBe('특징: 빠름');
    expect(openingText(['  여러   칸\n띄움  ', ''])).toBe('여러 칸 띄움');
  });

  it('cuts a long opening at a whole sentence past half the limit, else at a space with an ellipsis', () => {
    const sentence = `${'가'.repeat(100)}.`;
    expect(openingText([`${sentence} ${'나'.repeat(100)}`])).toBe(sentence);
    const words = Array.from({ length: 60 }, (_, index) => `단어${index}`).join(' ');
    const cut = openingText([words]);
    expect(cut.endsWith('…')).toBe(true);
    expect([...cut].length).toBeLessThanOrEqual(openingLimit + 1);
    expect(words.startsWith(cut.slice(0, -1))).toBe(true);
  });
});

describe('sections of a built page', () => {
  it('reads heading text and opening words, skipping code, diagrams and heading furniture', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sections-'));
    try {
      await writeFile(
        path.join(dir, 'index.html'),
        '<!doctype html><html lang="ko"><body><div class="prose">' +
          '<div class="heading-wrapper"><h2 id="핵심-개념">핵심 <code>개념</code></h2><a class="heading-anchor" href="#핵심-개념"><span class="visually-hidden">링크</span></a><button>링크 복사</button></div>' +
          '<div class="heading-wrapper"><h3 id="redis란">Redis란</h3></div><ul><li>인메모리<br>저장소<ul><li>빠름</li></ul></li><li><p>싱글 스레드</p></li></ul>' +
          '<h3 id="비교">비교</h3><pre><code>SET a 1</code></pre><svg><text>그림 글자</text></svg><table><tr><th>구분</th><th>A</th><th>B</th></tr><tr><td>복제</td><td>전체</td><td></td></tr></table>' +
          '<h2 id="코드만">코드만</h2><pre><code>docker run</code></pre>' +
          '</div><section><h2 id="sources-title">출처</h2><p>밖의 글</p></section></body></html>',
      );
      const page = (await readBuiltSite(dir)).get('/')!;
      expect(page.sections).toEqual([
        { id: '핵심-개념', level: 2, title: '핵심 개념', opening: 'Redis란 · 비교' },
        { id: 'redis란', level: 3, title: 'Redis란', opening: '인메모리 저장소 · 빠름 · 싱글 스레드' },
        { id: '비교', level: 3, title: '비교', opening: '구분: A / B · 복제: 전체' },
        { id: '코드만', level: 2, title: '코드만', opening: '' },
      ]);
      expect(page.sectionIds).toEqual(page.sections.map((section) => section.id));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
