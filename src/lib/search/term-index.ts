/**
 * The term index: every name a reader may type for a page or a section — titles, aliases, headings and
 * interview questions — with where it points. Built once at build time from the content index and
 * fetched by the search dialog when it opens; Pagefind covers the body text.
 */
export const termKinds = ['title', 'alias', 'heading', 'question'] as const;
export type TermKind = (typeof termKinds)[number];

export interface TermTarget {
  /** Root-relative page URL without base. */
  url: string;
  title: string;
  category: string;
  description: string;
  /** Section id on the page, for heading and question terms. */
  section?: string;
}

export interface TermIndex {
  targets: TermTarget[];
  /** [text, kind index into termKinds, target index]: compact on the wire. */
  terms: Array<[string, number, number]>;
  /**
   * Names that are one word for search, one group per glossary entry (`서킷 브레이커`, `Circuit Breaker`,
   * `서킷브레이커` …): the loanword dictionary of content/glossary.yaml.
   */
  synonyms: string[][];
}

/**
 * The term index as the dialog fetches it: each page's fields once, each target as its page's position and,
 * for a section, its id. Written out in full, every heading repeated its page's description: at 3,000
 * notes four fifths of the file.
 */
export interface TermIndexFile {
  pages: Array<[url: string, title: string, category: string, description: string]>;
  targets: Array<[page: number] | [page: number, section: string]>;
  terms: TermIndex['terms'];
  synonyms: TermIndex['synonyms'];
}

export function packTermIndex(index: TermIndex): TermIndexFile {
  const pages: TermIndexFile['pages'] = [];
  const pageAt = new Map<string, number>();
  const targets = index.targets.map((target): TermIndexFile['targets'][number] => {
    let page = pageAt.get(target.url);
    if (page === undefined) {
      page = pages.push([target.url, target.title, target.category, target.description]) - 1;
      pageAt.set(target.url, page);
    }
    return target.section === undefined ? [page] : [page, target.section];
  });
  return { pages, targets, terms: index.terms, synonyms: index.synonyms };
}

export function unpackTermIndex(file: TermIndexFile): TermIndex {
  const targets = file.targets.map(([page, section]) => {
    const [url, title, category, description] = file.pages[page]!;
    return section === undefined ? { url, title, category, description } : { url, title, category, description, section };
  });
  return { targets, terms: file.terms, synonyms: file.synonyms };
}

export interface TopicForTerms {
  url: string;
  title: string;
  category: string;
  description: string;
  aliases: string[];
  headings: Array<{ depth: number; slug: string; text: string }>;
  questions: Array<{ id: string; question: string }>;
}

/** A glossary term pointing into a topic: its names find that section. */
export interface GlossaryForTerms {
  names: string[];
  link: string;
}

export function buildTermIndex(topics: TopicForTerms[], glossary: GlossaryForTerms[] = []): TermIndex {
  const targets: TermTarget[] = [];
  const terms: TermIndex['terms'] = [];
  const synonyms = glossary.filter((entry) => entry.names.length > 1).map((entry) => entry.names.map((name) => name.normalize('NFC')));
  // Looked up by key, not by scanning targets: a scan made 3,000 notes take ~30 s to index.
  const positions = new Map<string, number>();
  const add = (text: string, kind: TermKind, target: TermTarget) => {
    const key = `${target.url}#${target.section ?? ''}`;
    let position = positions.get(key);
    if (position === undefined) {
      position = targets.push(target) - 1;
      positions.set(key, position);
    }
    terms.push([text.normalize('NFC'), termKinds.indexOf(kind), position]);
  };
  for (const topic of topics) {
    const page = { url: topic.url, title: topic.title, category: topic.category, description: topic.description };
    add(topic.title, 'title', page);
    // "카프카 (Kafka)" is also found as "Kafka" alone.
    const inner = /\(([^)]+)\)\s*$/.exec(topic.title)?.[1];
    if (inner) add(inner, 'alias', page);
    const outer = topic.title.replace(/\s*\([^)]*\)\s*$/, '');
    if (outer !== topic.title) add(outer, 'alias', page);
    for (const alias of topic.aliases) add(alias, 'alias', page);
    for (const heading of topic.headings) {
      if (heading.depth === 2 || heading.depth === 3) add(heading.text, 'heading', { ...page, section: heading.slug });
    }
    for (const question of topic.questions) add(question.question, 'question', { ...page, section: question.id });
  }
  const topicsByUrl = new Map(topics.map((topic) => [topic.url, topic]));
  for (const entry of glossary) {
    const [url, section] = entry.link.split('#');
    const topic = topicsByUrl.get(url!);
    if (!topic) continue;
    const page = { url: topic.url, title: topic.title, category: topic.category, description: topic.description };
    for (const name of entry.names) add(name, 'alias', section ? { ...page, section } : page);
  }
  return { targets, terms, synonyms };
}
