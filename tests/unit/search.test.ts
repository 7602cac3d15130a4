import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/i18n/template.ts';
import { coverQuery, mergeHits, synonymsOf } from '../../src/lib/search/cover.ts';
import { choseongOf, editDistance, fromQwerty, isChoseongOnly, mayBeUnfinished, stripParticle } from '../../src/lib/search/korean.ts';
import { matchTerms, prepareTerms, queryWords } from '../../src/lib/search/match-terms.ts';
import { planPagefindQueries } from '../../src/lib/search/plan-queries.ts';
import { closestTopics, isRealMatch, similarity } from '../../src/lib/search/relevance.ts';
import { excerptParts, markWords, mergeResults } from '../../src/lib/search/results.ts';
import { buildTermIndex, packTermIndex, termKinds, unpackTermIndex } from '../../src/lib/search/term-index.ts';
import { capQuery, maxQueryLength } from '../../src/lib/search/text.ts';

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
    // Words whose keys spell no syllables: es-hangul throws on them, and the search must go on.
    for (const word of ['hotfix', 'horizontal', 'phoenix', 'hot key']) expect(fromQwerty(word), word).toBeUndefined();
    expect(matchTerms('hotfix', terms)).toEqual([]);
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
  it('travels with each page written once and comes back whole', () => {
    const file = JSON.parse(JSON.stringify(packTermIndex(index)));
    expect(file.pages).toHaveLength(3);
    expect(JSON.stringify(file).split('분산 이벤트 스트리밍 플랫폼입니다.')).toHaveLength(2);
    expect(unpackTermIndex(file)).toEqual(index);
    // Titles and their halves are made again from the page; ids that are the slug of the name are left out.
    expect(JSON.stringify(file)).not.toContain('"Kafka"');
    expect(JSON.stringify(file)).not.toContain('consistent-hashing');
    // An id that is not its heading's slug (a repeated heading, a glossary link to a question) is kept.
    const odd = buildTermIndex(
      [
        {
          url: '/a/',
          title: '에이',
          category: 'data',
          description: '설명',
          aliases: [],
          headings: [
            { depth: 2, slug: '개념', text: '개념' },
            { depth: 2, slug: '개념-1', text: '개념' },
          ],
          questions: [{ id: 'q-왜-쓰나요', question: '왜 쓰나요?' }],
        },
      ],
      [
        { names: ['용어', 'Term'], link: '/a/#q-왜-쓰나요' },
        { names: ['다른 용어'], link: '/a/#본문-어딘가' },
        { names: ['쪽 이름'], link: '/a/' },
      ],
    );
    const oddFile = JSON.parse(JSON.stringify(packTermIndex(odd)));
    expect(unpackTermIndex(oddFile)).toEqual(odd);
    expect(JSON.stringify(oddFile)).toContain('개념-1');
    expect(JSON.stringify(oddFile)).toContain('본문-어딘가');
    expect(
      unpackTermIndex(file)
        .targets.filter((target) => target.section)
        .map((target) => target.section),
    ).toEqual(['파티션-partition', 'q-kafka를-쓰는-이유는', 'consistent-hashing', '컨테이너-오케스트레이션']);
  });

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
    // Any case, matches side by side, a match at the very start.
    expect(markWords('Kafka kafkaKAFKA 큐', ['kafka', '큐'])).toEqual([
      { text: 'Kafka', mark: true },
      { text: ' ', mark: false },
      { text: 'kafka', mark: true },
      { text: 'KAFKA', mark: true },
      { text: ' ', mark: false },
      { text: '큐', mark: true },
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

describe('issue 18: half-typed syllables, named sections, mixed script, loanwords', () => {
  const richer = buildTermIndex(
    [
      {
        url: '/data/redis/',
        title: '레디스 (Redis)',
        category: 'data',
        description: '인메모리 저장소.',
        aliases: ['레디스 클러스터'],
        headings: [
          { depth: 3, slug: 'redis란', text: 'Redis란' },
          { depth: 3, slug: 'replication과-sentinel', text: 'Replication과 Sentinel' },
          { depth: 3, slug: 'cluster', text: 'Cluster' },
        ],
        questions: [],
      },
      {
        url: '/containers/kubernetes/',
        title: '쿠버네티스 (Kubernetes)',
        category: 'containers',
        description: '컨테이너 오케스트레이션.',
        aliases: ['k8s'],
        headings: [{ depth: 2, slug: '개념', text: '개념' }],
        questions: [],
      },
      {
        url: '/containers/kubernetes-objects/',
        title: '쿠버네티스 오브젝트 (Kubernetes Objects)',
        category: 'containers',
        description: '오브젝트.',
        aliases: ['k8s 리소스', '디플로이먼트'],
        headings: [
          { depth: 3, slug: '팟-pod', text: '팟 (Pod)' },
          { depth: 3, slug: '디플로이먼트-deployment', text: '디플로이먼트 (Deployment)' },
        ],
        questions: [],
      },
      {
        url: '/architecture/msa/',
        title: '마이크로서비스 아키텍처 (MSA)',
        category: 'architecture',
        description: '작은 서비스.',
        aliases: [],
        headings: [{ depth: 3, slug: '다양한-통신-방식', text: '다양한 통신 방식' }],
        questions: [],
      },
    ],
    [
      { names: ['레디스 센티넬', 'Redis Sentinel', '센티넬', 'Sentinel'], link: '/data/redis/#replication과-sentinel' },
      { names: ['서킷 브레이커', 'Circuit Breaker', '서킷브레이커'], link: '/architecture/msa/#다양한-통신-방식' },
    ],
  );
  const richTerms = prepareTerms(richer);
  const where = (hit: { target: number } | undefined) => (hit ? `${richer.targets[hit.target]!.url}#${richer.targets[hit.target]!.section ?? ''}` : 'nothing');
  const best = (query: string) => where(mergeHits(matchTerms(query, richTerms), coverQuery(query, richTerms, richer).hits)[0]);

  it('tells a syllable still being typed from a finished word', () => {
    expect(mayBeUnfinished('도커파ㅇ')).toBe(true);
    expect(mayBeUnfinished('로드밸러')).toBe(true);
    expect(mayBeUnfinished('로드밸런싱')).toBe(false);
    expect(mayBeUnfinished('ㅋㅂ')).toBe(false);
    expect(mayBeUnfinished('kafka')).toBe(false);
  });

  it('treats a trailing jamo or open syllable as a prefix, ranked below complete matches', () => {
    expect(topUrl('로드밸ㄹ')).toBe('/network/load-balancing/');
    expect(topUrl('로드밸러')).toBe('/network/load-balancing/');
    expect(topUrl('카프ㅋ')).toBe('/messaging/kafka/');
    expect(topUrl('쿠버네티ㅅ')).toBe('/containers/kubernetes/');
    const complete = matchTerms('카프카', terms)[0]!.score;
    const typing = matchTerms('카프ㅋ', terms)[0]!.score;
    expect(typing).toBeGreaterThan(0);
    expect(typing).toBeLessThan(complete);
    // The whole name being typed ranks above a longer name it also starts.
    expect(where(matchTerms('쿠버네티ㅅ', richTerms)[0])).toBe('/containers/kubernetes/#');
  });

  it('puts the section a query names first, above its page', () => {
    expect(best('레디스 센티넬')).toBe('/data/redis/#replication과-sentinel');
    expect(best('센티넬')).toBe('/data/redis/#replication과-sentinel');
    expect(best('쿠버네티스 디플로이먼트')).toBe('/containers/kubernetes-objects/#디플로이먼트-deployment');
  });

  it('matches each word of a mixed query on its own, through aliases', () => {
    expect(best('k8s 디플로이먼트')).toBe('/containers/kubernetes-objects/#디플로이먼트-deployment');
    const { hits, partial } = coverQuery('Redis 바나나', richTerms, richer);
    expect(hits).toEqual([]);
    expect(partial(() => true).map(where)).toEqual(['/data/redis/#']);
    expect(partial((url) => url !== '/data/redis/')).toEqual([]);
  });

  it('reads the loanword dictionary both ways, in search and in the plans sent to Pagefind', () => {
    expect(synonymsOf(richer).get('서킷브레이커')).toContain('circuit breaker');
    expect(synonymsOf(richer).get('circuitbreaker')).toContain('서킷 브레이커');
    expect(best('서킷 브레이커')).toBe('/architecture/msa/#다양한-통신-방식');
    const vocabulary = new Set(richTerms.flatMap((term) => term.words));
    const plans = planPagefindQueries('서킷 브레이커', vocabulary, [], richer.targets, synonymsOf(richer));
    expect(plans).toContain('circuit breaker');
  });

  it('sends the syllables before a half-typed one to Pagefind', () => {
    expect(planPagefindQueries('도커파ㅇ', new Set(), [], [])[0]).toBe('도커파');
    expect(planPagefindQueries('로드밸러', new Set(), [], [])[0]).toBe('로드밸');
    // A complete match leaves an open last syllable as typed.
    expect(planPagefindQueries('카프카', new Set(), [{ target: 0, kind: 'title', text: '카프카 (Kafka)', score: 100 }], index.targets)[0]).toBe('카프카');
  });

  it('forgives typos in proportion to length: none in four letters', () => {
    expect(topUrl('kafak')).toBe('/messaging/kafka/');
    expect(matchTerms('kafk', terms).length).toBeGreaterThan(0); // a prefix, not a typo
    expect(matchTerms('kfka', terms)).toEqual([]);
  });
});

describe('robust queries', () => {
  it('drops lone surrogates and keeps pairs', () => {
    expect(capQuery('\ud800카프카\udc00')).toBe('카프카');
    expect(capQuery('😀 도커')).toBe('😀 도커');
    expect(() => encodeURIComponent(capQuery('a\ud83d'))).not.toThrow();
  });

  it('cuts a query at the cap without splitting a surrogate pair', () => {
    expect([...capQuery('가'.repeat(300))]).toHaveLength(maxQueryLength);
    const emoji = capQuery('😀'.repeat(150));
    expect([...emoji]).toHaveLength(maxQueryLength);
    expect(emoji.endsWith('😀')).toBe(true);
  });

  it('fills templates with $ patterns left as typed', () => {
    expect(fillTemplate('‘{query}’에 맞는 노트가 없습니다', { query: "$&$'$`" })).toBe("‘$&$'$`’에 맞는 노트가 없습니다");
    expect(fillTemplate('결과 {count}개', { count: 3 })).toBe('결과 3개');
    expect(fillTemplate('{unknown}', {})).toBe('{unknown}');
  });

  it('answers any text without throwing: Latin keys, jamo, syllables, symbols, emoji, in any order', () => {
    const pieces = ['h', 'o', 'r', 'k', 'a', 'Q', ' ', 'ㅗ', 'ㅐ', 'ㄱ', 'ㅋ', '카', '프', '밸', '(', ')', '$&', '-', '·', '😀', '\ud800', '3', '.'];
    const latin = [...'hokarfixpnt '];
    let state = 17;
    const next = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    const synonyms = synonymsOf(index);
    const vocabulary = new Set(terms.flatMap((term) => term.words));
    for (let round = 0; round < 3000; round++) {
      // Every other query in Latin letters only: the text English-mode typing is tried on.
      const from = round % 2 === 0 ? pieces : latin;
      const query = capQuery(Array.from({ length: 1 + Math.floor(next() * 8) }, () => from[Math.floor(next() * from.length)]).join(''));
      expect(() => {
        const hits = mergeHits(matchTerms(query, terms), coverQuery(query, terms, index).hits);
        planPagefindQueries(query, vocabulary, hits, index.targets, synonyms);
        closestTopics(query, index);
      }, JSON.stringify(query)).not.toThrow();
    }
  });
});
