import { questionId, slugify } from '../slug.ts';

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
 * The term index as the dialog fetches it, about half the bytes of the same index written out in full:
 * - each page's fields once (`pages`); written per target, every heading repeated its page's description;
 * - each target with its names: `[page, section, kind, text, kind, text, …]`, so a name carries no target number;
 * - `section`: null for the page itself, whose title and the title's two halves are left out (they are made
 *   again from `pages`); '' for a section whose id is the slug of its first name (most headings); else the id;
 *   false for a page whose first names are not its title's (not made by buildTermIndex; kept for safety).
 * This site: 90 KB written out in full (16 KB gzip), 29 KB here (9 KB); 3,000 synthetic notes: 2.7 MB (177 KB gzip), 781 KB here (82 KB).
 */
export interface TermIndexFile {
  pages: Array<[url: string, title: string, category: string, description: string]>;
  targets: Array<[page: number, section: string | null | false, ...names: Array<number | string>]>;
  synonyms: TermIndex['synonyms'];
}

/** A page's title and, for `한국어 (English)`, each half alone: the first names of every page target. */
function titleNames(title: string): Array<[text: string, kind: number]> {
  const names: Array<[string, number]> = [[title.normalize('NFC'), termKinds.indexOf('title')]];
  // "카프카 (Kafka)" is also found as "Kafka" alone.
  const inner = /\(([^)]+)\)\s*$/.exec(title)?.[1];
  if (inner) names.push([inner.normalize('NFC'), termKinds.indexOf('alias')]);
  const outer = title.replace(/\s*\([^)]*\)\s*$/, '');
  if (outer !== title) names.push([outer.normalize('NFC'), termKinds.indexOf('alias')]);
  return names;
}

/** The id a section gets from its first name when nothing else decides it. */
function idFromName(text: string, kind: number): string {
  return termKinds[kind] === 'question' ? questionId(text) : slugify(text);
}

export function packTermIndex(index: TermIndex): TermIndexFile {
  const pages: TermIndexFile['pages'] = [];
  const pageAt = new Map<string, number>();
  const namesOf = index.targets.map((): Array<[string, number]> => []);
  for (const [text, kind, target] of index.terms) namesOf[target]!.push([text, kind]);
  const targets = index.targets.map((target, position): TermIndexFile['targets'][number] => {
    let page = pageAt.get(target.url);
    if (page === undefined) {
      page = pages.push([target.url, target.title, target.category, target.description]) - 1;
      pageAt.set(target.url, page);
    }
    let names = namesOf[position]!;
    let section: string | null | false;
    if (target.section === undefined) {
      const derived = titleNames(target.title);
      const same = derived.every(([text, kind], at) => names[at]?.[0] === text && names[at]?.[1] === kind);
      section = same ? null : false;
      if (same) names = names.slice(derived.length);
    } else {
      section = names[0] && idFromName(names[0][0], names[0][1]) === target.section ? '' : target.section;
    }
    return [page, section, ...names.flatMap(([text, kind]) => [kind, text])];
  });
  return { pages, targets, synonyms: index.synonyms };
}

export function unpackTermIndex(file: TermIndexFile): TermIndex {
  const targets: TermTarget[] = [];
  const terms: TermIndex['terms'] = [];
  file.targets.forEach(([page, section, ...stored], position) => {
    const [url, title, category, description] = file.pages[page]!;
    const names: Array<[string, number]> = section === null ? titleNames(title) : [];
    for (let at = 0; at + 1 < stored.length; at += 2) names.push([stored[at + 1] as string, stored[at] as number]);
    for (const [text, kind] of names) terms.push([text, kind, position]);
    if (section === null || section === false) targets.push({ url, title, category, description });
    else targets.push({ url, title, category, description, section: section === '' ? idFromName(names[0]![0], names[0]![1]) : section });
  });
  return { targets, terms, synonyms: file.synonyms };
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
    for (const [text, kind] of titleNames(topic.title)) add(text, termKinds[kind]!, page);
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
  // Each target's names together, in the order they were added (a stable sort): the order the file keeps them in.
  terms.sort((a, b) => a[2] - b[2]);
  return { targets, terms, synonyms };
}
