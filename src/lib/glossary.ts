import { z } from 'astro/zod';
import type { Topic } from './content-index.ts';
import { type DataFileSpec, loadDataFile } from './data-file.ts';

/** One entry of content/glossary.yaml: a term explained inside a topic, with the section that explains it. */
const glossaryEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'id는 영문 소문자, 숫자, -만 쓸 수 있습니다.'),
    /** Korean name. */
    term: z.string().trim().min(1),
    english: z.string().trim().min(1).optional(),
    abbreviation: z.string().trim().min(1).optional(),
    /**
     * Other spellings readers use: Korean spellings of English terms and the reverse (`서킷 브레이커` ↔
     * `Circuit Breaker`). This list is the site's loanword dictionary: search treats all names of an entry
     * as one word, and the glossary tip appears on whichever spelling a note uses.
     */
    aliases: z.array(z.string().trim().min(1)).min(1).optional(),
    /** One line, in the notes' words. */
    definition: z.string().trim().min(5),
    /** Root-relative link to the explaining section; the link checker verifies it. */
    link: z.string().regex(/^\/[a-z0-9-]+\/[a-z0-9-]+\/(#.+)?$/, '용어집 링크는 /카테고리/주제/#절 형태여야 합니다.'),
  })
  .strict();

export type GlossaryEntry = Omit<z.infer<typeof glossaryEntrySchema>, 'id'> & { id: string };

/** content/glossary.yaml: how it is checked and how each field is written. */
export const glossaryFile: DataFileSpec<GlossaryEntry> = {
  name: 'glossary.yaml',
  entryLabel: '용어',
  schema: glossaryEntrySchema,
  unique: ['id', 'term'],
  hints: {
    id: '영문 소문자, 숫자, -로 된 고유한 이름을 쓰세요 (예: `consumer-lag`). 용어의 툴팁 id가 됩니다.',
    term: '한국어 용어 이름을 쓰세요 (예: `컨슈머 랙`).',
    english: '영어 이름을 쓰세요 (예: `Consumer Lag`). 없으면 필드를 지우세요.',
    abbreviation: '약어를 쓰세요 (예: `ISR`). 없으면 필드를 지우세요.',
    aliases: '다른 표기를 목록으로 쓰세요 (예: `[서킷브레이커, 회로 차단기]`). 없으면 필드를 지우세요.',
    definition: '노트의 말로 한 줄(5자 이상) 정의를 쓰세요.',
    link: '용어를 설명하는 절의 주소를 `/카테고리/주제/#절-id` 형태로 쓰세요 (예: `/messaging/kafka/#consumer-lag-모니터링`).',
  },
};

/** The in-page terms of content/glossary.yaml; a problem in the file fails the build, naming its line. */
export function loadGlossary(contentDir: string): GlossaryEntry[] {
  return loadDataFile(contentDir, glossaryFile);
}

const abbreviationPattern = /^[A-Za-z][A-Za-z0-9]{0,5}$/;

/**
 * The glossary: one entry per topic (Korean title, English name, abbreviations among its aliases, its
 * description) plus the in-page terms of content/glossary.yaml, sorted in Korean order.
 */
export function buildGlossary(topics: Topic[], extra: GlossaryEntry[]): GlossaryEntry[] {
  const fromTopics = topics.map((topic): GlossaryEntry => {
    const english = /\(([^)]+)\)\s*$/.exec(topic.title)?.[1];
    const term = topic.title.replace(/\s*\([^)]*\)\s*$/, '');
    const abbreviation = topic.aliases.filter((alias) => abbreviationPattern.test(alias) && alias === alias.toUpperCase() && alias.length <= 5).join(', ');
    return { id: topic.slug, term, ...(english ? { english } : {}), ...(abbreviation ? { abbreviation } : {}), definition: topic.description, link: topic.url };
  });
  const collator = new Intl.Collator('ko');
  return [...fromTopics, ...extra].sort((a, b) => collator.compare(a.term, b.term));
}

/** Every name of a glossary entry: Korean term, English name, abbreviation and other spellings. */
export function glossaryNames(entry: GlossaryEntry): string[] {
  return [entry.term, entry.english, entry.abbreviation, ...(entry.aliases ?? [])].filter((name): name is string => Boolean(name));
}
