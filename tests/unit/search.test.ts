import { describe, expect, it } from 'vitest';
import { choseongOf, editDistance, fromQwerty, isChoseongOnly, stripParticle } from '../../src/lib/search/korean.ts';
import { matchTerms, prepareTerms, queryWords } from '../../src/lib/search/match-terms.ts';
import { planPagefindQueries } from '../../src/lib/search/plan-queries.ts';
import { excerptParts, markWords, mergeResults } from '../../src/lib/search/results.ts';
import { buildTermIndex, termKinds } from '../../src/lib/search/term-index.ts';

const index = buildTermIndex([
  {
    url: '/messaging/kafka/',
    title: '카프카 (Kafka)',
    category: 'messaging',
    description: '분산 이벤트 스트리밍 플랫폼입니다.',
    aliases: ['Apache Kafka'],
    headings: [{ depth: 2, slug: '파티션-partition', text: '파티션 (Partition)' }],
    questions: [{ id: 'q-kafka를-쓰는-이유는', question: 'Kafka를 쓰는 이유는?' }],
  },
  {
    url: '/network/load-balancing/',
    title: '로드 밸런싱 (Load Balancing)',
    category: 'network',
    description: '트래픽을 나눕니다.',
    aliases: ['로드밸런싱', 'LB'],
    headings: [{ depth: 2, slug: 'consistent-hashing', text: 'Consistent Hashing' }],
    questions: [],
  },
  {
    url: '/containers/kubernetes/',
    title: '쿠버네티스 (Kubernetes)',
    category: 'containers',
    description: '컨테이너 오케스트레이션.',
    aliases: ['k8s'],
    headings: [{ depth: 2, slug: '컨테이너-오케스트레이션', text: '컨테이너 오케스트레이션' }],
    questions: [],
  },
]);
const terms = prepareTerms(index);
const topUrl = (query: string) => index.targets[matchTerms(query, terms)[0]!.target]!.url;

describe('Korean text helpers', () => {
  it.each([
    ['카프카에서', '카프카'],
    ['파티션을', '파티션'],
    ['도커를', '도커'],
    ['kafka에서', 'kafka'],
    ['acks를', 'acks'],
    ['서버', '서버'],
    ['이', '이'],
    ['프로', '프로'],
  ])('strips the particle: %s → %s', (word, stem) => expect(stripParticle(word)).toBe(stem));

  it('reads choseong and English-mode typing', () => {
    expect(choseongOf('쿠버네티스 (Kubernetes)')).toBe('ㅋㅂㄴㅌㅅ');
    expect(isChoseongOnly('ㄹㄷ ㅅㅊ')).toBe(true);
    expect(isChoseongOnly('ㅋ카')).toBe(false);
    expect(fromQwerty('zkvmzk')).toBe('카프카');
    expect(fromQwerty('카프카')).toBeUndefined();
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('kafak', 'kafka')).toBe(1);
    expect(editDistance('kubernates', 'kubernetes')).toBe(1);
    expect(editDistance('redis', 'kafka')).toBeGreaterThan(2);
  });
});

describe('term matching', () => {
  it.each([
    ['카프카', '/messaging/kafka/'],
    ['Kafka', '/messaging/kafka/'],
    ['apache kafka', '/messaging/kafka/'],
    ['카프카에서', '/messaging/kafka/'],
    ['로드밸런싱', '/network/load-balancing/'],
    ['로드 밸런싱', '/network/load-balancing/'],
    ['밸런싱', '/network/load-balancing/'],
    ['ㅋㅂㄴㅌㅅ', '/containers/kubernetes/'],
    ['K8S', '/containers/kubernetes/'],
    ['zkvmzk', '/messaging/kafka/'],
    ['kafak', '/messaging/kafka/'],
    ['쿠버네테스', '/containers/kubernetes/'],
    ['오케스트레이션', '/containers/kubernetes/'],
  ])('%s → %s', (query, url) => expect(topUrl(query)).toBe(url));

  it('points a section query at the section', () => {
    const [hit] = matchTerms('파티션을', terms);
    expect(index.targets[hit!.target]).toMatchObject({ url: '/messaging/kafka/', section: '파티션-partition' });
  });

  it('finds nothing for unrelated text instead of guessing', () => {
    expect(matchTerms('전혀 관계없는 말', terms)).toEqual([]);
  });

  it('splits the query into words without particles', () => {
    expect(queryWords('  카프카에서  파티션을 ')).toEqual(['카프카', '파티션']);
  });
});

describe('term index', () => {
  it('gives each page and each section one target that all its names share', () => {
    const built = buildTermIndex(
      [
        {
          url: '/messaging/kafka/',
          title: '카프카 (Kafka)',
          category: 'messaging',
          description: '',
          aliases: ['Apache Kafka'],
          headings: [
            { depth: 2, slug: 'acks', text: 'acks 설정' },
            { depth: 4, slug: 'deep', text: '너무 깊은 절' },
          ],
          questions: [{ id: 'acks', question: 'acks=all은 무엇을 보장하나요?' }],
        },
      ],
      [
        { names: ['확인 응답', 'ACK'], link: '/messaging/kafka/#acks' },
        { names: ['없는 노트'], link: '/nowhere/#x' },
      ],
    );
    expect(built.targets.map((target) => `${target.url}#${target.section ?? ''}`)).toEqual(['/messaging/kafka/#', '/messaging/kafka/#acks']);
    const byText = Object.fromEntries(built.terms.map(([text, kind, target]) => [text, [termKinds[kind], target]]));
    expect(byText).toEqual({
      '카프카 (Kafka)': ['title', 0],
      Kafka: ['alias', 0],
      카프카: ['alias', 0],
      'Apache Kafka': ['alias', 0],
      'acks 설정': ['heading', 1],
      'acks=all은 무엇을 보장하나요?': ['question', 1],
      '확인 응답': ['alias', 1],
      ACK: ['alias', 1],
    });
  });
});

describe('full-text query planning', () => {
  const vocabulary = new Set(terms.flatMap((term) => term.words));
  it('adds spaced, unspaced, compound and English forms', () => {
    const hits = matchTerms('카프카', terms);
    expect(planPagefindQueries('카프카', vocabulary, hits, index.targets)).toEqual(['카프카', 'kafka']);
    expect(planPagefindQueries('로드밸런싱', vocabulary, [], index.targets)).toContain('로드 밸런싱');
    expect(planPagefindQueries('분산 락', vocabulary, [], index.targets)).toContain('분산락');
    expect(planPagefindQueries('밸런싱', vocabulary, [], index.targets)).toContain('로드밸런싱');
    expect(planPagefindQueries('zkvmzk', vocabulary, [], index.targets)).toContain('카프카');
  });
});

describe('results', () => {
  it('keeps excerpts as text: markup in a note or query is never HTML', () => {
    expect(excerptParts('a &lt;img src=x onerror=alert(1)&gt; <mark>카프카</mark> b')).toEqual([
      { text: 'a <img src=x onerror=alert(1)> ', mark: false },
      { text: '카프카', mark: true },
      { text: ' b', mark: false },
    ]);
    expect(markWords('<b>카프카</b>', ['<b>'])).toEqual([
      { text: '<b>', mark: true },
      { text: '카프카</b>', mark: false },
    ]);
  });

  it('puts the page named by the query first and its named section first among sections', () => {
    const hits = matchTerms('파티션', terms);
    const merged = mergeResults({
      hits,
      targets: index.targets,
      fullText: [
        { url: '/network/load-balancing/', excerpt: '…<mark>파티션</mark>…', meta: { title: '로드 밸런싱' }, sub_results: [] },
        { url: '/messaging/kafka/', excerpt: 'Kafka <mark>파티션</mark>', meta: { title: '카프카 (Kafka)' }, sub_results: [{ title: '개념', url: '/messaging/kafka/#개념', excerpt: '' }] },
      ],
      words: ['파티션'],
      withBase: (url) => url,
      categoryName: (slug) => slug,
    });
    expect(merged[0]!.url).toBe('/messaging/kafka/');
    expect(merged[0]!.sections.map((section) => section.url)).toEqual(['/messaging/kafka/#파티션-partition', '/messaging/kafka/#개념']);
  });
});
