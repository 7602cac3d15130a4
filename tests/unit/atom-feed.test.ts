import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../src/lib/atom-feed.ts';

const feed = {
  selfUrl: 'https://example.test/changes.xml',
  pageUrl: 'https://example.test/changes/',
  title: '인프라 노트 최근 변경',
  author: '인프라 노트',
  lang: 'ko',
  entries: [
    { url: 'https://example.test/messaging/kafka/', title: '카프카 <Kafka> & "큐"', updated: '2026-11-26T01:30:00+09:00', summary: '수정: 로그 기반\u0007 메시징' },
    { url: 'https://example.test/data/redis/', title: '레디스', updated: '2026-11-25T20:00:00Z', summary: '추가: 캐시' },
  ],
};

/** The elements of a flat XML fragment as [name, attributes, text] — enough for a document this shape. */
function elements(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}(?:\\s[^>]*)?(?:/>|>([\\s\\S]*?)</${name}>)`, 'g'))].map((match) => match[0]);
}

describe('atomFeed', () => {
  const xml = atomFeed(feed);

  it('is an Atom 1.0 document with the required feed elements', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ko">')).toBe(true);
    expect(xml.trimEnd().endsWith('</feed>')).toBe(true);
    const head = xml.slice(0, xml.indexOf('<entry>'));
    expect(head).toContain('<id>https://example.test/changes.xml</id>');
    expect(head).toContain('<title>인프라 노트 최근 변경</title>');
    expect(head).toContain('<author><name>인프라 노트</name></author>');
    expect(head).toContain('<link rel="self" type="application/atom+xml" href="https://example.test/changes.xml"/>');
    expect(head).toContain('<link rel="alternate" type="text/html" href="https://example.test/changes/"/>');
  });

  it('is dated by its newest entry (a moment, whatever the offset), not by the clock', () => {
    // 2026-11-26T01:30+09:00 is 16:30 UTC on the 25th, before 20:00 UTC.
    expect(xml).toContain('<updated>2026-11-25T20:00:00Z</updated>\n  <author>');
    expect(atomFeed(feed)).toBe(xml);
    expect(atomFeed({ ...feed, entries: [] })).toContain('<updated>1970-01-01T00:00:00Z</updated>');
  });

  it('has an id, title, link, updated and summary in every entry, in the given order, escaped', () => {
    const entries = elements(xml, 'entry');
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      for (const name of ['id', 'title', 'updated', 'summary']) expect(elements(entry, name), name).toHaveLength(1);
      expect(elements(entry, 'link')).toHaveLength(1);
    }
    expect(entries[0]).toContain('<title>카프카 &lt;Kafka&gt; &amp; &quot;큐&quot;</title>');
    expect(entries[0]).toContain('<summary>수정: 로그 기반 메시징</summary>');
    expect(entries[1]).toContain('<id>https://example.test/data/redis/</id>');
    // Nothing left unescaped between tags.
    expect(xml.replace(/<[^>]+>/g, '')).not.toMatch(/[<>]|&(?!(amp|lt|gt|quot|apos);)/);
  });
});
