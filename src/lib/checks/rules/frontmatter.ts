import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { categorySlugs } from '../../categories.ts';
import { topicSchema } from '../../topic-schema.ts';
import { notePath } from '../options.ts';
import { report } from '../report.ts';

const rule = 'frontmatter';

/**
 * The frontmatter against the one schema (src/lib/topic-schema.ts) that the content collection also uses.
 * Astro's MDX step has already parsed it (file.data.astro.frontmatter); the field's line is looked up in the
 * file itself, parsed the way Astro parses it (BOM, CRLF and leading blank lines allowed).
 */
export function frontmatter() {
  return (_tree: Root, file: VFile) => {
    if (!notePath(file)) return;
    const data = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
    const lines = frontmatterLines(file);
    if (Object.keys(data).length === 0) {
      report(file, { line: 1, column: 1 }, rule, 'frontmatter가 없습니다.', '파일 맨 위에 --- 로 감싼 frontmatter(title, description, category, order, updated …)를 쓰세요. content/README.md 참고.');
      return;
    }
    const result = topicSchema.safeParse(data);
    if (result.success) return;
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? '');
      const where = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue.path.join('.');
      const missing = issue.code === 'invalid_type' && getPath(data, issue.path) === undefined;
      const reason = missing ? `필수 필드 ${where}이(가) 없습니다.` : issue.code === 'unrecognized_keys' ? '스키마에 없는 필드입니다.' : issue.message;
      const fix =
        issue.code === 'unrecognized_keys'
          ? `알 수 없는 필드 ${issue.keys.join(', ')}를 지우거나 철자를 고치세요. 쓸 수 있는 필드: ${Object.keys(topicSchema.shape).join(', ')}.`
          : field === 'category'
            ? `category를 ${categorySlugs.join(', ')} 중 하나로 쓰세요.`
            : missing
              ? `frontmatter에 ${where}를 적으세요. content/README.md의 예시를 참고하세요.`
              : `${where} 값을 고치세요. content/README.md의 예시를 참고하세요.`;
      const line = issue.code === 'unrecognized_keys' ? lines.get(issue.keys[0] ?? '') : lines.get(field);
      report(file, { line: line ?? 1, column: 1 }, rule, `frontmatter ${where}: ${reason}`, fix);
    }
  };
}

/** The line of each top-level frontmatter key in the file (1-based). */
function frontmatterLines(file: VFile): Map<string, number> {
  const lines = new Map<string, number>();
  let source: string;
  try {
    source = readFileSync(file.path, 'utf8');
  } catch {
    return lines;
  }
  const { rawFrontmatter } = parseFrontmatter(source);
  if (!rawFrontmatter) return lines;
  const before = source.slice(0, source.indexOf(rawFrontmatter)).split('\n').length;
  rawFrontmatter.split('\n').forEach((text, index) => {
    const key = /^([^\s#:][^:]*):/.exec(text)?.[1]?.trim();
    if (key && !lines.has(key)) lines.set(key, before + index);
  });
  return lines;
}

function getPath(data: unknown, keys: readonly PropertyKey[]): unknown {
  return keys.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}
