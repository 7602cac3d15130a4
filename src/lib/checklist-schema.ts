import { z } from 'astro/zod';
import { type DataFileSpec, loadDataFile } from './data-file.ts';

/** One subject of the 핵심 체크리스트 (content/checklist.yaml): what to be able to explain, and where it is explained. */
const checklistItemSchema = z
  .object({
    /** Stable id of the subject (the file loader also uses it as the entry id). */
    id: z.string().regex(/^[a-z0-9-]+$/, 'id는 영문 소문자, 숫자, -만 쓸 수 있습니다.'),
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

/** content/checklist.yaml: how it is checked and how each field is written. */
export const checklistFile: DataFileSpec<ChecklistItem> = {
  name: 'checklist.yaml',
  entryLabel: '체크리스트 항목',
  schema: checklistItemSchema,
  unique: ['id'],
  hints: {
    id: '영문 소문자, 숫자, -로 된 고유한 이름을 쓰세요 (예: `kafka`). 페이지의 앵커(`#checklist-kafka`)가 됩니다.',
    subject: '주제의 짧은 이름을 쓰세요 (예: `Kafka`).',
    points: '설명할 수 있어야 하는 점을 `- text: …` / `  link: …` 목록으로 하나 이상 쓰세요.',
    'points.text': '설명할 수 있어야 하는 점을 한 줄로 쓰세요 (예: `컨테이너 vs VM 차이`).',
    'points.link': '그 점을 설명하는 절의 주소를 `/카테고리/주제/#절-id` 형태로 쓰세요 (예: `/containers/docker/#docker-vs-vm`).',
  },
};

/** The checklist in file order (the order of the original notes); a problem in the file fails the build. */
export function loadChecklist(contentDir: string): ChecklistItem[] {
  return loadDataFile(contentDir, checklistFile);
}
