import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareWithRegistry } from '../../src/lib/anchor-registry.ts';
import { type BuiltPage, readBuiltSite } from '../../src/lib/built-site.ts';
import { encodedAddress, shareAddress, shareLinkHtml, shareTitle } from '../../src/lib/share-address.ts';
import { isSharePage, planSharePages, type SharePageSettings, sharePageHtml } from '../../src/lib/share-pages.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

/** Writes a tiny built site (as Astro does) and reads it the way the build does. */
async function builtSite(pages: Record<string, string>): Promise<Map<string, BuiltPage>> {
  const dir = await mkdtemp(path.join(tmpdir(), 'share-pages-'));
  dirs.push(dir);
  for (const [file, html] of Object.entries(pages)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), html);
  }
  return readBuiltSite(dir);
}

const head = '<meta property="og:title" content="카프카 (Kafka)"><meta name="description" content="페이지 설명"><meta property="og:image" content="https://x.dev/og/kafka.jpg">';
const kafka = (headings: string) => `<!doctype html><html lang="ko"><head>${head}</head><body><article><div class="prose">${headings}</div></article></body></html>`;
const leaderBefore = '<div class="heading-wrapper"><h2 id="리더-선출">리더 선출</h2></div><p>리더가 죽으면 ISR에서 새 리더를 뽑습니다.</p><h2 id="코드">코드</h2><pre>x</pre>';
// The heading renamed, its old id kept as an alias anchor (what rehype-heading-links writes for `{/* #리더-선정 alias:리더-선출 */}`).
const leaderAfter =
  '<div class="heading-wrapper"><span id="리더-선출" class="anchor-alias" data-alias-of="리더-선정"></span><h2 id="리더-선정">리더 선정</h2></div><p>리더가 죽으면 ISR에서 새 리더를 뽑습니다.</p><h2 id="코드">코드</h2><pre>x</pre>';

const settings: SharePageSettings = {
  absoluteUrl: (p) => `https://infra-notes.dev${p}`,
  withBase: (p) => p,
  policy: "default-src 'self'",
  siteName: '인프라 노트',
  linkText: (section) => `‘${section}’ 절로 가기`,
};

describe('share address', () => {
  it('is the page path plus the section id, without a fragment; the title joins page and section', () => {
    expect(shareAddress('/messaging/kafka/', '리더-선출')).toBe('/messaging/kafka/리더-선출/');
    expect(shareAddress('https://infra-notes.dev/messaging/kafka/', 'acks')).toBe('https://infra-notes.dev/messaging/kafka/acks/');
    expect(shareTitle('카프카 (Kafka)', '리더 선출')).toBe('카프카 (Kafka) › 리더 선출');
  });

  it('is percent-encoded for the wire once, whether given readable or encoded', () => {
    const readable = 'https://infra-notes.dev/messaging/kafka/리더-선출/';
    const encoded = 'https://infra-notes.dev/messaging/kafka/%EB%A6%AC%EB%8D%94-%EC%84%A0%EC%B6%9C/';
    expect(encodedAddress(readable)).toBe(encoded);
    expect(encodedAddress(encoded)).toBe(encoded);
  });

  it('is copied as HTML as a labelled link, its label escaped', () => {
    expect(shareLinkHtml('https://x.dev/a/가/', 'A & <B> › "C"')).toBe('<a href="https://x.dev/a/%EA%B0%80/">A &amp; &lt;B&gt; › &quot;C&quot;</a>');
  });
});

describe('planSharePages', () => {
  it('gives every registered section a page: title "페이지 › 절", its opening (or the page description), the page card', async () => {
    const site = await builtSite({ 'messaging/kafka/index.html': kafka(leaderBefore) });
    const { next } = compareWithRegistry({}, site);
    const { pages, problems } = planSharePages(next, site);
    expect(problems).toEqual([]);
    expect(pages).toEqual([
      {
        address: '/messaging/kafka/리더-선출/',
        target: '/messaging/kafka/#리더-선출',
        title: '카프카 (Kafka) › 리더 선출',
        sectionTitle: '리더 선출',
        description: '리더가 죽으면 ISR에서 새 리더를 뽑습니다.',
        image: { url: 'https://x.dev/og/kafka.jpg', width: undefined, height: undefined, alt: undefined },
      },
      expect.objectContaining({ address: '/messaging/kafka/코드/', title: '카프카 (Kafka) › 코드', description: '페이지 설명' }),
    ]);
  });

  it('keeps an old share address working after a heading rename, through its alias, titled by the new heading', async () => {
    const before = await builtSite({ 'messaging/kafka/index.html': kafka(leaderBefore) });
    const published = compareWithRegistry({}, before).next;
    const after = await builtSite({ 'messaging/kafka/index.html': kafka(leaderAfter) });
    const { lost, next } = compareWithRegistry(published, after);
    expect(lost).toEqual([]);
    const { pages } = planSharePages(next, after);
    expect(pages.map((page) => [page.address, page.target, page.title])).toEqual([
      ['/messaging/kafka/리더-선정/', '/messaging/kafka/#리더-선정', '카프카 (Kafka) › 리더 선정'],
      ['/messaging/kafka/리더-선출/', '/messaging/kafka/#리더-선정', '카프카 (Kafka) › 리더 선정'],
      ['/messaging/kafka/코드/', '/messaging/kafka/#코드', '카프카 (Kafka) › 코드'],
    ]);
    // Renamed without the alias, the old address would be lost: the registry check stops the build for it.
    const renamed = await builtSite({ 'messaging/kafka/index.html': kafka(leaderAfter.replace(/<span[^>]*><\/span>/, '')) });
    expect(compareWithRegistry(published, renamed).lost).toEqual([{ url: '/messaging/kafka/', id: '리더-선출' }]);
  });

  it('keeps the share addresses of a moved page (content/redirects.json), landing on the new page', async () => {
    const site = await builtSite({
      'messaging/kafka-core/index.html': kafka(leaderBefore),
      'messaging/kafka/index.html': '<!doctype html><html><head><meta http-equiv="refresh" content="0;url=/messaging/kafka-core/"></head><body></body></html>',
    });
    const { lost, next } = compareWithRegistry({ '/messaging/kafka/': ['리더-선출'] }, site);
    expect(lost).toEqual([]);
    const moved = planSharePages(next, site).pages.find((page) => page.address === '/messaging/kafka/리더-선출/');
    expect(moved).toMatchObject({ target: '/messaging/kafka-core/#리더-선출', title: '카프카 (Kafka) › 리더 선출' });
  });

  it('refuses an address another page already holds', async () => {
    const site = await builtSite({
      'messaging/index.html': kafka('<h2 id="kafka">Kafka</h2>'),
      'messaging/kafka/index.html': kafka('<h2 id="acks">acks</h2>'),
    });
    const { problems } = planSharePages(compareWithRegistry({}, site).next, site);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('/messaging/#kafka의 공유 주소 /messaging/kafka/를 페이지 /messaging/kafka/이(가) 이미 씁니다');
  });
});

describe('sharePageHtml', () => {
  it('says what a chat app shows, points at page#id, is not indexed, and lands without script', async () => {
    const site = await builtSite({ 'messaging/kafka/index.html': kafka(leaderBefore) });
    const [leader] = planSharePages(compareWithRegistry({}, site).next, site).pages;
    const html = sharePageHtml(leader!, settings);
    expect(isSharePage(html)).toBe(true);
    expect(isSharePage(kafka(leaderBefore))).toBe(false);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="ko" data-share-page>/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`);
    expect(html).toContain('<meta property="og:title" content="카프카 (Kafka) › 리더 선출">');
    expect(html).toContain('<meta name="twitter:title" content="카프카 (Kafka) › 리더 선출">');
    expect(html).toContain('<meta property="og:description" content="리더가 죽으면 ISR에서 새 리더를 뽑습니다.">');
    expect(html).toContain('<meta property="og:image" content="https://x.dev/og/kafka.jpg">');
    expect(html).toContain('<meta property="og:url" content="https://infra-notes.dev/messaging/kafka/%EB%A6%AC%EB%8D%94-%EC%84%A0%EC%B6%9C/">');
    expect(html).toContain('<link rel="canonical" href="https://infra-notes.dev/messaging/kafka/#%EB%A6%AC%EB%8D%94-%EC%84%A0%EC%B6%9C">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<meta http-equiv="refresh" content="0;url=/messaging/kafka/#%EB%A6%AC%EB%8D%94-%EC%84%A0%EC%B6%9C">');
    expect(html).toContain('<a href="/messaging/kafka/#%EB%A6%AC%EB%8D%94-%EC%84%A0%EC%B6%9C">‘리더 선출’ 절로 가기</a>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('name="description"'); // og:description alone (see sharePageHtml)
  });

  it('sends the reader to the page under the base path when the site has one', async () => {
    const site = await builtSite({ 'messaging/kafka/index.html': kafka(leaderBefore) });
    const [leader] = planSharePages(compareWithRegistry({}, site).next, site).pages;
    const html = sharePageHtml(leader!, { ...settings, withBase: (p) => `/infra-notes${p}`, absoluteUrl: (p) => `https://x.dev/infra-notes${p}` });
    expect(html).toContain('<meta http-equiv="refresh" content="0;url=/infra-notes/messaging/kafka/#%EB%A6%AC%EB%8D%94-%EC%84%A0%EC%B6%9C">');
    expect(html).toContain('<link rel="canonical" href="https://x.dev/infra-notes/messaging/kafka/#%EB%A6%AC%EB%8D%94-%EC%84%A0%EC%B6%9C">');
  });
});
