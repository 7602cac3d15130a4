import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { linkPreviews } from '../../src/integrations/post-build/steps/link-previews.ts';
import type { BuiltPage } from '../../src/lib/built-site.ts';
import { type PreviewData, previewData, previewDataPath, previewOf, previewTarget } from '../../src/lib/link-previews.ts';

const kafka: PreviewData = {
  title: '카프카 (Kafka)',
  description: '분산 이벤트 스트리밍 플랫폼.',
  sections: { '리더-선출': ['리더 선출', '파티션마다 리더 하나가 읽기와 쓰기를 맡는다.'], 빈절: ['빈 절', ''] },
};

describe('link preview data', () => {
  it('lives in one small file per page, named after the page', () => {
    expect(previewDataPath('/messaging/kafka/')).toBe('/previews/messaging/kafka.json');
    expect(previewDataPath('/glossary/')).toBe('/previews/glossary.json');
    expect(previewDataPath('/')).toBe('/previews/index.json');
  });

  it('is the page title, its description and every section read from the built page', () => {
    const page = {
      meta: { 'twitter:title': '카프카 (Kafka)', 'og:title': '카드 제목', description: '분산 이벤트 스트리밍 플랫폼.' },
      sections: [{ id: '리더-선출', level: 2 as const, title: '리더 선출', opening: '첫 문장.' }],
    };
    expect(previewData(page)).toEqual({ title: '카프카 (Kafka)', description: '분산 이벤트 스트리밍 플랫폼.', sections: { '리더-선출': ['리더 선출', '첫 문장.'] } });
  });

  it('previews a section link as that section (never the page top), naming the page when it is another page', () => {
    expect(previewOf(kafka, '리더-선출', false)).toEqual({ page: '카프카 (Kafka)', title: '리더 선출', text: '파티션마다 리더 하나가 읽기와 쓰기를 맡는다.' });
    expect(previewOf(kafka, '리더-선출', true)).toEqual({ title: '리더 선출', text: '파티션마다 리더 하나가 읽기와 쓰기를 맡는다.' });
    expect(previewOf(kafka, '', false)).toEqual({ title: '카프카 (Kafka)', text: '분산 이벤트 스트리밍 플랫폼.' });
    // An id that is not a section (a question, an alias) falls back to the page.
    expect(previewOf(kafka, '없는-절', false)).toEqual({ title: '카프카 (Kafka)', text: '분산 이벤트 스트리밍 플랫폼.' });
  });
});

describe('which links have a preview', () => {
  const here = new URL('https://infra-notes.dev/notes/messaging/kafka/#개념');
  const target = (href: string, base = '/notes/') => previewTarget(new URL(href, here), here, base);

  it('a page or a section of this site, same page included, with the id decoded', () => {
    expect(target('/notes/data/redis/')).toEqual({ dataUrl: '/notes/previews/data/redis.json', id: '', samePage: false });
    expect(target('/notes/data/redis/#%EC%84%BC%ED%8B%B0%EB%84%AC')).toEqual({ dataUrl: '/notes/previews/data/redis.json', id: '센티넬', samePage: false });
    expect(target('#리더-선출')).toEqual({ dataUrl: '/notes/previews/messaging/kafka.json', id: '리더-선출', samePage: true });
    expect(target('/data/redis/', '/')).toEqual({ dataUrl: '/previews/data/redis.json', id: '', samePage: false });
  });

  it('not another site, a file, a page outside the base, or a broken escape', () => {
    expect(target('https://kafka.apache.org/')).toBeUndefined();
    expect(target('/notes/og/card.jpg')).toBeUndefined();
    expect(target('/elsewhere/page/')).toBeUndefined();
    expect(target('/notes/data/redis/#%E0%A4%A')).toBeUndefined();
  });
});

describe('link previews step', () => {
  it('writes one JSON per page, none for redirects', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'previews-'));
    try {
      const page = (url: string, extra: Partial<BuiltPage> = {}): BuiltPage => ({
        url,
        file: '',
        ids: new Set(),
        sectionIds: [],
        sections: [],
        aliases: {},
        links: [],
        meta: { 'twitter:title': url, description: 'd' },
        inlineScripts: [],
        scriptingAttributes: [],
        bytes: 0,
        ...extra,
      });
      const site = new Map([
        ['/a/b/', page('/a/b/', { sections: [{ id: 's', level: 2, title: 'S', opening: 'o' }] })],
        ['/old/', page('/old/', { redirectTo: '/a/b/' })],
        ['/404.html', page('/404.html')],
      ]);
      const logger = { info() {}, warn() {} } as unknown as AstroIntegrationLogger;
      await linkPreviews.run({ distDir: dir, base: '/', contentDir: dir, site, logger, prefilledCards: Promise.resolve(0), onSuccess() {} });
      expect(JSON.parse(await readFile(path.join(dir, 'previews/a/b.json'), 'utf8'))).toEqual({ title: '/a/b/', description: 'd', sections: { s: ['S', 'o'] } });
      await expect(readFile(path.join(dir, 'previews/old.json'))).rejects.toThrow();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
