import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../src/lib/glossary.ts';
import { matchesGlossaryFilter } from '../../src/lib/glossary-filter.ts';
import { glossaryInitial, groupGlossary } from '../../src/lib/glossary-groups.ts';
import { addressSegments, editDistance, nearestTopics, type TopicCandidate } from '../../src/lib/nearest-topics.ts';

const entry = (id: string, term: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry => ({ id, term, definition: '한 줄 정의입니다.', link: '/messaging/kafka/', ...extra });

describe('glossary index', () => {
  it('files a term under the initial consonant of its first syllable, ㄲ under ㄱ, Latin under its capital', () => {
    expect(glossaryInitial('컨슈머 랙')).toBe('ㅋ');
    expect(glossaryInitial('까치')).toBe('ㄱ');
    expect(glossaryInitial('쓰기 지연')).toBe('ㅅ');
    expect(glossaryInitial('Kafka 고가용성')).toBe('K');
    expect(glossaryInitial('gRPC')).toBe('G');
    expect(glossaryInitial(' 아웃박스')).toBe('ㅇ');
    expect(glossaryInitial('3-way 핸드셰이크')).toBe('#');
    expect(glossaryInitial('ㅎ')).toBe('ㅎ');
  });

  it('groups ㄱ … ㅎ, then A … Z, then the rest, keeping the given order inside a group', () => {
    const groups = groupGlossary([entry('a', '가상 머신'), entry('b', 'Kafka'), entry('c', '3계층'), entry('d', '까다로운 것'), entry('e', 'AWS'), entry('f', '하둡'), entry('g', '나중')]);
    expect(groups.map((group) => group.label)).toEqual(['ㄱ', 'ㄴ', 'ㅎ', 'A', 'K', '#']);
    expect(groups.map((group) => group.id)).toEqual(['glossary-ㄱ', 'glossary-ㄴ', 'glossary-ㅎ', 'glossary-a', 'glossary-k', 'glossary-etc']);
    expect(groups[0]!.entries.map((item) => item.id)).toEqual(['a', 'd']);
  });
});

describe('glossary filter', () => {
  const entries = groupGlossary([entry('consumer-lag', '컨슈머 랙', { english: 'Consumer Lag' }), entry('isr', '동기화 복제본 집합', { english: 'In-Sync Replica', abbreviation: 'ISR' })]).flatMap(
    (group) => group.entries,
  );
  const text = (id: string) => entries.find((item) => item.id === id)!.filterText;

  it('finds a term by its Korean name, English name, abbreviation or initial consonants, ignoring case and spaces', () => {
    const lag = text('consumer-lag');
    for (const query of ['컨슈머', '컨슈머랙', '슈머 랙', 'consumer lag', 'CONSUMER-LAG', 'lag', 'ㅋㅅㅁ', '', '  ']) expect(matchesGlossaryFilter(lag, query), query).toBe(true);
    for (const query of ['isr', '카프카', 'ㄷㄱㅎ', 'lag consumer']) expect(matchesGlossaryFilter(lag, query), query).toBe(false);
    expect(matchesGlossaryFilter(text('isr'), 'Isr')).toBe(true);
    expect(matchesGlossaryFilter(text('isr'), 'in-sync')).toBe(true);
  });
});

describe('404 suggestions', () => {
  const topics: TopicCandidate[] = [
    { url: '/messaging/kafka-reliability/', category: 'messaging', names: ['Kafka 고가용성과 장애 처리', 'Kafka 장애'] },
    { url: '/messaging/kafka/', category: 'messaging', names: ['카프카 (Kafka)', '카프카', 'Apache Kafka'] },
    { url: '/data/redis/', category: 'data', names: ['레디스 (Redis)', '레디스', 'Redis Cluster'] },
    { url: '/network/load-balancing/', category: 'network', names: ['로드 밸런싱 (Load Balancing)', '부하분산', 'L4'] },
    { url: '/containers/kubernetes/', category: 'containers', names: ['쿠버네티스 (Kubernetes)', 'k8s'] },
  ];
  const urls = (pathname: string, base = '/') => nearestTopics(pathname, base, topics).map((topic) => topic.url);

  it('measures edits per character, a Hangul syllable as one', () => {
    expect(editDistance('kafk', 'kafka')).toBe(1);
    expect(editDistance('kafka', 'kafak')).toBe(2);
    expect(editDistance('래디스', '레디스')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('reads the typed address without the base path, decoded', () => {
    expect(addressSegments('/messaging/kafk/', '/')).toEqual(['messaging', 'kafk']);
    expect(addressSegments('/infra-notes/messaging/kafk/', '/infra-notes/')).toEqual(['messaging', 'kafk']);
    expect(addressSegments('/infra-notes/Kafka.html', '/infra-notes')).toEqual(['kafka']);
    expect(addressSegments('/%EB%A0%88%EB%94%94%EC%8A%A4/index.html', '/')).toEqual(['레디스']);
    expect(addressSegments('/bad%E0%A4%A/', '/')).toEqual(['bad%e0%a4%a']);
  });

  it('puts the nearest slug first: the exact topic before the one that only shares a word', () => {
    expect(urls('/messaging/kafk/')).toEqual(['/messaging/kafka/', '/messaging/kafka-reliability/']);
    expect(urls('/infra-notes/messaging/kafk/', '/infra-notes/')).toEqual(['/messaging/kafka/', '/messaging/kafka-reliability/']);
    expect(urls('/mesaging/kafka-reliabilty/')[0]).toBe('/messaging/kafka-reliability/');
    expect(urls('/network/loadbalancing/')).toEqual(['/network/load-balancing/']);
    expect(urls('/kubernets/')).toEqual(['/containers/kubernetes/']);
  });

  it('finds a topic by its Korean title or alias', () => {
    expect(urls(`/${encodeURIComponent('레디스')}/`)[0]).toBe('/data/redis/');
    expect(urls(`/${encodeURIComponent('래디스')}/`)[0]).toBe('/data/redis/');
    expect(urls(`/data/${encodeURIComponent('부하 분산')}/`)).toEqual(['/network/load-balancing/']);
  });

  it('suggests nothing for an address like no topic, and never more than the limit', () => {
    expect(urls('/zzzzqqqq/')).toEqual([]);
    expect(urls('/')).toEqual([]);
    expect(urls('/l5/')).toEqual([]);
    expect(nearestTopics('/kafka/', '/', topics, 1)).toHaveLength(1);
  });
});
