import { describe, expect, it } from 'vitest';
import { choseongOf, editDistance, fromQwerty, isChoseongOnly, stripParticle } from '../../src/lib/search/korean.ts';
import { matchTerms, prepareTerms, queryWords } from '../../src/lib/search/match-terms.ts';
import { planPagefindQueries } from '../../src/lib/search/plan-queries.ts';
import { closestTopics, isRealMatch, similarity } from '../../src/lib/search/relevance.ts';
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
    expect(withoutDirective(merged[0]!.url)).toBe('/messaging/kafka/');
    expect(merged[0]!.sections.map((section) => section.url)).toEqual(['/messaging/kafka/#파티션-partition', '/messaging/kafka/#개념']);
  });
});

/** A result's address without its text directive (`#:~:text=…`). */
const withoutDirective = (url: string) => url.replace(/#?:~:.*$/, '');

describe('ranking and opening results', () => {
  // Which page or section a result opens; the text directive after it is tested in text-fragment.test.ts.
  const merge = (fullText: Parameters<typeof mergeResults>[0]['fullText'], query: string) =>
    mergeResults({ hits: matchTerms(query, terms), targets: index.targets, fullText, words: queryWords(query), withBase: (url) => url, categoryName: (slug) => slug }).map((result) => ({
      ...result,
      url: withoutDirective(result.url),
    }));

  it('ranks the glossary and the checklist below topics unless the query names them', () => {
    const glossary = { url: '/glossary/', excerpt: '<mark>오프셋</mark>', meta: { title: '용어집', kind: 'reference' }, sub_results: [] };
    const topic = { url: '/data/redis/', excerpt: '<mark>오프셋</mark>', meta: { title: '레디스' }, sub_results: [] };
    expect(merge([glossary, topic], '오프셋').map((result) => result.url)).toEqual(['/data/redis/', '/glossary/']);
    const named = { ...glossary, excerpt: '<mark>용어집</mark>' };
    expect(merge([named, topic], '용어집')[0]!.url).toBe('/glossary/');
  });

  it('links a page matched in one section only to that section, and to its top otherwise', () => {
    const deep = { url: '/data/redis/', excerpt: '<mark>멱등성</mark>', meta: { title: '레디스' }, sub_results: [{ title: '예시', url: '/data/redis/#예시', excerpt: '<mark>멱등성</mark>' }] };
    expect(merge([deep], '멱등성')[0]!.url).toBe('/data/redis/#예시');
    const alsoIntro = { ...deep, sub_results: [{ title: '레디스', url: '/data/redis/', excerpt: '<mark>멱등성</mark>' }, ...deep.sub_results] };
    expect(merge([alsoIntro], '멱등성')[0]!.url).toBe('/data/redis/');
    const twoSections = { ...deep, sub_results: [...deep.sub_results, { title: '정리', url: '/data/redis/#정리', excerpt: '<mark>멱등성</mark>' }] };
    expect(merge([twoSections], '멱등성')[0]!.url).toBe('/data/redis/');
    // The page's own name opens its top even when the body matched in one section.
    const named = { url: '/messaging/kafka/', excerpt: '', meta: { title: '카프카 (Kafka)' }, sub_results: [{ title: '개념', url: '/messaging/kafka/#개념', excerpt: '<mark>카프카</mark>' }] };
    expect(merge([named], '카프카')[0]!.url).toBe('/messaging/kafka/');
  });
});

describe('honest empty results', () => {
  const result = (excerpt: string, subs: string[] = []) => ({ url: '/a/', excerpt, meta: {}, sub_results: subs.map((sub) => ({ title: 's', url: '/a/#s', excerpt: sub })) });

  it('counts a Pagefind result only when every word of one planned query is highlighted', () => {
    expect(isRealMatch(result('서비스 간 <mark>ID</mark> 정보'), ['idempotent'])).toBe(false);
    expect(isRealMatch(result('<mark>회로</mark> 설계'), ['회로 차단기', '회로차단기'])).toBe(false);
    expect(isRealMatch(result('<mark>회로</mark> <mark>차단</mark>'), ['회로 차단기'])).toBe(true);
    expect(isRealMatch(result('x', ['<mark>파티션을</mark> 나눈다']), ['파티션'])).toBe(true);
    expect(isRealMatch(result('<mark>Kafka</mark>'), ['카프카', 'kafka'])).toBe(true);
    expect(isRealMatch(result('no marks'), ['kafka'])).toBe(false);
    expect(isRealMatch(result('<mark>acks</mark>=<mark>all</mark> 설정'), ['acks=all'])).toBe(true);
    expect(isRealMatch(result('<mark>acks</mark>=1 설정'), ['acks=all'])).toBe(true); // the row with acks=all is outside the excerpt
    expect(isRealMatch(result('<mark>all</mark> of them'), ['acks=all'])).toBe(false);
  });

  it('scores names by shared syllables and letter pairs', () => {
    expect(similarity('쿠버네티즈', '쿠버네티스')).toBeGreaterThan(0.5);
    expect(similarity('kafak', 'kafka')).toBeGreaterThan(0.4);
    expect(similarity('idempotent', '카프카')).toBe(0);
    expect(similarity('', '카프카')).toBe(0);
  });

  it('suggests the nearest topics by title or alias, and nothing when nothing is near', () => {
    expect(closestTopics('쿠버네티즈 클러스터링', index)[0]).toEqual({ url: '/containers/kubernetes/', title: '쿠버네티스 (Kubernetes)' });
    expect(closestTopics('load balance', index)[0]!.url).toBe('/network/load-balancing/');
    expect(closestTopics('zzzz', index)).toEqual([]);
    // Sections are never suggested: only whole topics.
    expect(closestTopics('파티션', index).every((topic) => !topic.url.includes('#'))).toBe(true);
  });
});
