import { z } from 'astro/zod';

/** One subject of the 핵심 체크리스트 (content/checklist.yaml): what to be able to explain, and where it is explained. */
export const checklistItemSchema = z
  .object({
    /** Stable id of the subject (the file loader also uses it as the entry id). */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Short name of the subject, e.g. `Kafka`. */
    subject: z.string().trim().min(1),
    /** Each point to be able to explain, linked to the section that explains it. */
    points: z
      .array(
        z
          .object({
            text: z.string().trim().min(1),
            /** Root-relative link to a topic section, e.g. `/messaging/kafka/#offset`; the link checker verifies it. */
            link: z.string().regex(/^\/[a-z0-9-]+\/[a-z0-9-]+\/(#.+)?$/, '체크리스트 링크는 /카테고리/주제/#절 형태여야 합니다.'),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type ChecklistItem = z.infer<typeof checklistItemSchema>;
