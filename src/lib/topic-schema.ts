import { z } from 'astro/zod';
import { categorySlugs } from './categories.ts';

/** A tag is one lowercase word or words joined by '-': `kafka`, `로드-밸런싱`, `분산-시스템`. */
const tagPattern = /^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u;

/**
 * Frontmatter of a topic note: the single source of truth for what a note must declare.
 * `TopicFrontmatter` (below) is inferred from it; nothing else describes these fields.
 */
export const topicSchema = z
  .object({
    /** Korean title with the English term people use, e.g. `카프카 (Kafka)`. */
    title: z.string().trim().min(1, '제목(title)이 비어 있습니다.'),
    /** One sentence for cards, meta description and link previews. */
    description: z
      .string()
      .trim()
      .min(10, '설명(description)은 10자 이상의 한 문장이어야 합니다.')
      .max(160, '설명(description)은 160자 이하의 한 문장이어야 합니다.')
      .refine((text) => !/\n/.test(text), '설명(description)은 한 줄, 한 문장이어야 합니다.'),
    /** Category slug from src/lib/categories.ts; must match the note's folder. */
    category: z.enum(categorySlugs, {
      error: () => `카테고리(category)는 ${categorySlugs.join(', ')} 중 하나여야 합니다.`,
    }),
    /** Position within the category (sidebar, category page, prev/next). */
    order: z.number().int().positive('순서(order)는 1 이상의 정수여야 합니다.'),
    /** Lowercase tags; words joined with '-'. Each tag gets a page at /tags/<tag>/. */
    tags: z.array(z.string().regex(tagPattern, '태그(tags)는 소문자 단어를 "-"로 이은 형태여야 합니다 (예: 로드-밸런싱, kafka).')).default([]),
    /** Other names a reader may type (English/Korean, transliterations, abbreviations); search uses them. */
    aliases: z.array(z.string().trim().min(1)).default([]),
    /** Every source the notes cite for this topic. */
    sources: z
      .array(
        z.object({
          title: z.string().trim().min(1, '출처 제목(sources.title)이 비어 있습니다.'),
          url: z.url({ protocol: /^https?$/, error: '출처 주소(sources.url)는 http(s) URL이어야 합니다.' }),
        }),
      )
      .default([]),
    /**
     * Date the note was last revised (YYYY-MM-DD). Pages show the later of this and the note's last git
     * commit (src/lib/last-change.ts); it is all there is where git cannot tell.
     */
    updated: z.coerce.date({ error: '수정일(updated)은 YYYY-MM-DD 형식의 날짜여야 합니다.' }),
  })
  .strict();

export type TopicFrontmatter = z.infer<typeof topicSchema>;
