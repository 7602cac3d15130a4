import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareWithRegistry, formatLost } from '../../src/lib/anchor-registry.ts';
import { type BuiltPage, readBuiltSite } from '../../src/lib/built-site.ts';
import { findBrokenLinks } from '../../src/lib/link-check.ts';

/** A tiny built site on disk, as Astro writes one: page folders with index.html, and a redirect page. */
async function writeSite(dir: string, pages: Record<string, string>) {
  for (const [file, html] of Object.entries(pages)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), html);
  }
}
const topic = (sections: string, links = '') =>
  `<!doctype html><html lang="ko"><body><article><div class="prose">${sections}${links}</div></article><section><h2 id="sources-title">출처</h2></section></body></html>`;

let dir: string;
let site: Map<string, BuiltPage>;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'built-site-'));
  await writeSite(dir, {
    'index.html': topic(
      '',
      '<a href="/messaging/kafka/">ok</a><a href="/messaging/kafka/#리더-선출">ok</a><a href="/messaging/kafka/#%EB%A6%AC%EB%8D%94-%EC%84%A0%EC%B6%9C">ok</a><a href="/favicon.svg">ok</a><a href="https://example.com/">ok</a>',
    ),
    'messaging/kafka/index.html': topic(
      '<h2 id="리더-선출">리더 선출</h2><span id="leader-election" class="anchor-alias"></span><h3 id="acks">acks</h3>',
      '<a href="#acks">ok</a><a href="#없는-절">bad</a><a href="/messaging/kafka">bad</a><a href="/no/such/">bad</a><a href="/messaging/kafka/#nope">bad</a>',
    ),
    'old/kafka/index.html': '<!doctype html><html><head><meta http-equiv="refresh" content="0;url=/messaging/kafka/"></head><body></body></html>',
    'favicon.svg': '<svg/>',
  });
  site = await readBuiltSite(dir);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readBuiltSite', () => {
  it('reads pages, ids, note sections (not furniture) and redirects', () => {
    const kafka = site.get('/messaging/kafka/')!;
    expect(kafka.sectionIds).toEqual(['리더-선출', 'acks']);
    expect(kafka.ids.has('leader-election')).toBe(true);
    expect(kafka.ids.has('sources-title')).toBe(true);
    expect(site.get('/old/kafka/')!.redirectTo).toBe('/messaging/kafka/');
  });

  it('reads pages as a browser does: entities decoded, meta by property or name, SVG xlink:href not a link', async () => {
    const other = await mkdtemp(path.join(tmpdir(), 'built-site-html-'));
    try {
      await writeSite(other, {
        'index.html':
          '<!doctype html><html lang="ko"><head><meta property="og:title" content="카프카 &amp; ISR"><meta name="description" content="설명"></head>' +
          '<body><main class="page prose wide"><h2 id="a&amp;b">A</h2><p>문단<h3 id="after-p">B</h3>' +
          '<svg><a xlink:href="/svg-only/"><text id="svg-label">x</text></a></svg><a href="/x/?q=1&amp;r=2">x</a></main>' +
          '<template><a href="/inside-template/">t</a></template><h2 id="outside">C</h2>' +
          '<meta HTTP-EQUIV="Refresh" content="0;URL=/elsewhere/"></body></html>',
      });
      const page = (await readBuiltSite(other)).get('/')!;
      expect(page.meta).toEqual({ 'og:title': '카프카 & ISR', description: '설명' });
      expect(page.sectionIds).toEqual(['a&b', 'after-p']);
      expect([...page.ids]).toEqual(['a&b', 'after-p', 'svg-label', 'outside']);
      expect(page.links).toEqual(['/x/?q=1&r=2']);
      expect(page.redirectTo).toBe('/elsewhere/');
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('with a cache, reads an unchanged page from it and parses a changed one again, with the same result', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'built-site-cache-'));
    const entries = async () => (await readdir(cacheDir, { recursive: true })).filter((file) => file.endsWith('.json')).length;
    try {
      const first = await readBuiltSite(dir, '/', cacheDir);
      expect(first).toEqual(site);
      expect(await entries()).toBe(3);
      // Same bytes: every page comes from the cache (no new entry), equal to a fresh parse, ids still a Set.
      const second = await readBuiltSite(dir, '/', cacheDir);
      expect(second).toEqual(site);
      expect(second.get('/messaging/kafka/')!.ids).toBeInstanceOf(Set);
      expect(await entries()).toBe(3);
      // Proof the cache is what answered: a doctored entry comes back as is.
      for (const file of (await readdir(cacheDir, { recursive: true })).filter((name) => name.endsWith('.json'))) {
        const entry = path.join(cacheDir, file);
        await writeFile(entry, (await readFile(entry, 'utf8')).replace('"redirectTo":"/messaging/kafka/"', '"redirectTo":"/from-cache/"'));
      }
      expect((await readBuiltSite(dir, '/', cacheDir)).get('/old/kafka/')!.redirectTo).toBe('/from-cache/');
      // One page edited: it is parsed again (one new entry) and the edit shows.
      await writeFile(path.join(dir, 'old/kafka/index.html'), '<!doctype html><html><head><meta http-equiv="refresh" content="0;url=/messaging/"></head></html>');
      const third = await readBuiltSite(dir, '/', cacheDir);
      expect(third.get('/old/kafka/')!.redirectTo).toBe('/messaging/');
      expect(await entries()).toBe(4);
    } finally {
      await writeFile(path.join(dir, 'old/kafka/index.html'), '<!doctype html><html><head><meta http-equiv="refresh" content="0;url=/messaging/kafka/"></head><body></body></html>');
      await rm(cacheDir, { recursive: true, force: true });
    }
  });
});

describe('findBrokenLinks', () => {
  it('reports every broken internal link and anchor with its page, and nothing else', () => {
    const broken = findBrokenLinks(site, '/', (pathname) => pathname === '/favicon.svg');
    expect(broken.map(({ page, href }) => `${page} ${href}`).sort()).toEqual(
      ['/messaging/kafka/ #없는-절', '/messaging/kafka/ /messaging/kafka', '/messaging/kafka/ /no/such/', '/messaging/kafka/ /messaging/kafka/#nope'].sort(),
    );
    expect(broken.find((link) => link.href === '/messaging/kafka')!.problem).toMatch(/"\/"가 없습니다/);
    expect(broken.find((link) => link.href === '#없는-절')!.problem).toMatch(/#없는-절 절이 없습니다/);
  });

  it('checks links against the base path when the site lives under one', () => {
    const underBase = new Map([...site].map(([url, page]) => [url, { ...page, links: ['/infra/messaging/kafka/#acks', '/messaging/kafka/'] }]));
    const broken = findBrokenLinks(underBase, '/infra/', () => false);
    expect(broken.every((link) => link.href === '/messaging/kafka/' && /기본 경로/.test(link.problem))).toBe(true);
  });
});

describe('anchor registry', () => {
  const registry = { '/messaging/kafka/': ['acks', '리더-선출'], '/old/kafka/': [] };

  it('accepts a build that keeps every published page and section, and adds new ones', () => {
    const { lost, next } = compareWithRegistry(registry, site);
    expect(lost).toEqual([]);
    expect(next['/messaging/kafka/']).toEqual(['acks', '리더-선출']);
    expect(next['/']).toEqual([]);
  });

  it('fails when a heading is renamed without an alias, and says how to fix it', () => {
    const renamed = new Map(site);
    const kafka = site.get('/messaging/kafka/')!;
    renamed.set('/messaging/kafka/', { ...kafka, ids: new Set(['리더-선정', 'acks']), sectionIds: ['리더-선정', 'acks'] });
    const { lost } = compareWithRegistry(registry, renamed);
    expect(lost).toEqual([{ url: '/messaging/kafka/', id: '리더-선출' }]);
    expect(formatLost(lost[0]!)).toMatch(/alias:리더-선출/);
  });

  it('accepts the rename when the old id is kept as an alias', () => {
    const { lost } = compareWithRegistry({ '/messaging/kafka/': ['leader-election'] }, site);
    expect(lost).toEqual([]);
  });

  it('fails when a page disappears without a redirect, and accepts a redirect page', () => {
    const withoutPage = new Map(site);
    withoutPage.delete('/messaging/kafka/');
    withoutPage.delete('/old/kafka/');
    expect(compareWithRegistry(registry, withoutPage).lost).toContainEqual({ url: '/old/kafka/' });
    expect(compareWithRegistry({ '/old/kafka/': ['acks'] }, site).lost).toEqual([]);
  });
});
