import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { VFile } from 'vfile';
import { sitePageUrls } from '../config/site-pages.ts';
import { categorySlugs } from './categories.ts';
import { noteIds } from './checks/note-ids.ts';
import { linksOf, type NoteLink, resolveTarget } from './checks/note-links.ts';
import { pageUrlOf } from './checks/options.ts';
import { isRuleMessage, problem, type RuleMessage, sortMessages } from './checks/report.ts';
import { type PassedNote, passedNote } from './checks/required-files.ts';
import { orderClashes, type TopicEntry, topicsInReadingOrder } from './content-index.ts';
import type { CompiledNotes, MdxRenderResult } from './markdown/compiled-notes.ts';
import { createNoteCompiler } from './markdown/pipeline.ts';
import type { MermaidRenderer } from './mermaid/renderer.ts';
import { topicSchema } from './topic-schema.ts';

/** What checking one note leaves for the rules across notes. */
interface CheckedNote {
  /** Path inside the content folder, '/'-separated: `messaging/kafka.mdx`. */
  relative: string;
  file: string;
  url: string;
  /** Frontmatter as parsed, when it parsed at all (tags may name tag pages even if another field is wrong). */
  data?: Record<string, unknown>;
  /** Set when the note compiled: its ids and links. A note that did not compile has its own problem reported. */
  ids?: Set<string>;
  links: NoteLink[];
}

/**
 * `npm run check`: runs every note through the build's own MDX compiler and note pipeline (the rules of
 * src/lib/checks/rules.ts) without rendering pages, then the rules across notes (links between pages, order
 * in a category). Returns every problem of every note, sorted by file and line; nothing stops at the first.
 * A note passes here if and only if its compilation in the build passes (tests/unit/content-check.test.ts
 * compares the two on every fixture). With `compiledNotes` (the cache the build reads, `npm run check` passes
 * it), a note compiled before without a problem is not compiled again, and a note compiled here without a
 * problem is not compiled again by the build: the cache key covers everything the outcome depends on.
 */
export async function checkContent(contentDir: string, renderer: MermaidRenderer, publicDir = 'public', compiledNotes?: CompiledNotes): Promise<RuleMessage[]> {
  // The build's rules look for images under public/; an entry made against another folder could be wrong there.
  if (compiledNotes && publicDir !== 'public') throw new Error('컴파일된 노트 캐시는 빌드와 같은 public/ 폴더로만 씁니다.');
  const relatives = (await readdir(contentDir, { recursive: true }))
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => /\.mdx?$/.test(file) && path.posix.basename(file) !== 'README.md')
    .sort();

  const collected = new Map<string, { file: VFile; ids: Set<string>; passed: PassedNote }>();
  const compiler = await createNoteCompiler({
    publicDir,
    renderer,
    collect: (file, tree) => collected.set(file.path, { file, ids: new Set(noteIds(tree).map(({ id }) => id)), passed: passedNote(file, tree) }),
  });

  const problems: RuleMessage[] = [];
  const notes = await mapLimited(relatives, 4, async (relative): Promise<CheckedNote> => {
    const file = path.join(contentDir, relative);
    const note: CheckedNote = { relative, file, url: pageUrlOf(relative), links: [] };
    if (relative.split('/').length !== 2) {
      // The collection loads content/<category>/<topic>.mdx only: this file would be on no page.
      problems.push(
        problem(
          file,
          { line: 1, column: 1 },
          'note-location',
          `노트가 ${relative}에 있습니다. 사이트는 content/<카테고리>/<주제>.mdx만 읽으므로 이 노트는 어느 페이지에도 실리지 않습니다.`,
          '노트를 카테고리 폴더 바로 아래로 옮기세요 (예: content/messaging/kafka.mdx).',
        ),
      );
      return note;
    }
    if (relative.endsWith('.md')) {
      problems.push(
        problem(file, { line: 1, column: 1 }, 'note-extension', '노트 파일이 .md입니다. 사이트는 .mdx만 읽습니다.', '확장자를 .mdx로 바꾸세요 (<Question> 같은 컴포넌트는 MDX에서만 됩니다).'),
      );
      return note;
    }
    const source = await readFile(file, 'utf8');
    let parsed: ReturnType<typeof parseFrontmatter>;
    try {
      // As @astrojs/mdx does: the frontmatter becomes spaces, so the lines of the body stay the file's.
      parsed = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
    } catch (error) {
      const mark = (error as { mark?: { line?: number; column?: number } }).mark;
      const firstLine = source.slice(0, source.indexOf('---')).split('\n').length;
      problems.push(
        problem(
          file,
          // js-yaml counts from the rest of the opening `---` line.
          { line: firstLine + (mark?.line ?? 0), column: (mark?.column ?? 0) + 1 },
          'frontmatter',
          `frontmatter YAML을 읽을 수 없습니다: ${String((error as { reason?: string }).reason ?? (error as Error).message).split('\n')[0]}`,
          'YAML 문법(들여쓰기, 따옴표, 콜론 뒤 공백)을 고치세요.',
        ),
      );
      return note;
    }
    note.data = parsed.frontmatter;
    const absolute = path.resolve(file);
    // A note compiled before with no problem (by the last check or build) and unchanged since: its facts are
    // all the rules across notes need, and the build will take its compiled module from the same entry.
    const key = await compiledNotes?.key(parsed.content, absolute, parsed.frontmatter);
    const entry = key ? await compiledNotes?.read(key) : undefined;
    if (entry) {
      compiledNotes!.stats.cached++;
      note.ids = new Set(entry.facts.ids);
      note.links = entry.facts.links;
      return note;
    }
    let result: MdxRenderResult | undefined;
    if (compiledNotes) compiledNotes.stats.compiled++;
    try {
      result = await compiler.process(parsed.content, absolute, parsed.frontmatter);
    } catch (error) {
      problems.push(compileProblem(file, error));
    }
    const outcome = collected.get(absolute);
    collected.delete(absolute);
    if (outcome) {
      const noteProblems = outcome.file.messages.filter(isRuleMessage);
      problems.push(...noteProblems.map((message) => Object.assign(message, { file })));
      note.ids = outcome.ids;
      note.links = linksOf(outcome.file);
      if (compiledNotes && key && result && noteProblems.length === 0) await compiledNotes.write(key, { result, ...outcome.passed });
    }
    return note;
  });

  problems.push(...linkTargets(notes, publicDir), ...duplicateOrder(notes));
  return sortMessages(problems);
}

/** An error the compiler threw: MDX syntax (micromark names the line and column) or anything else. */
function compileProblem(file: string, error: unknown): RuleMessage {
  const { line, column, reason, source } = error as { line?: number; column?: number; reason?: string; source?: string };
  if (source?.startsWith('micromark') || source?.startsWith('mdast-util')) {
    return problem(
      file,
      line ? { line, column: column ?? 1 } : undefined,
      'mdx-syntax',
      `MDX 문법 오류: ${reason}`,
      '닫히지 않은 태그, 본문 속 { } < 를 확인하세요 (글자 그대로 쓰려면 \\{ 나 &lt;). content/README.md의 MDX 주의점 참고.',
    );
  }
  return problem(
    file,
    line ? { line, column: column ?? 1 } : undefined,
    'compile',
    `노트를 컴파일하지 못했습니다: ${String(reason ?? (error as Error).message).split('\n')[0]}`,
    '메시지가 가리키는 부분을 고치세요.',
  );
}

/**
 * link-target: every root-relative link reaches a page of the site, and its `#fragment` an id of that page.
 * A page exists when its file exists, whatever is wrong inside it (that note reports its own problems; the
 * notes linking to it report nothing more). Anchors are checked only on notes that compiled.
 */
function linkTargets(notes: CheckedNote[], publicDir: string): RuleMessage[] {
  const byUrl = new Map(notes.filter((note) => note.relative.endsWith('.mdx')).map((note) => [note.url, note]));
  const folders = new Set(notes.map((note) => note.relative.split('/')[0]));
  const categoryUrls = new Set(categorySlugs.filter((slug) => folders.has(slug)).map((slug) => `/${slug}/`));
  const tagUrls = new Set(notes.flatMap((note) => (Array.isArray(note.data?.tags) ? note.data.tags : [])).map((tag) => `/tags/${String(tag)}/`));
  const problems: RuleMessage[] = [];
  for (const note of notes) {
    for (const { url, place } of note.links) {
      if (!url.startsWith('/') || url.startsWith('//')) continue;
      const resolved = resolveTarget(url);
      // Broken or non-NFC encoding is the link-encoding rule's.
      if (!resolved || `${resolved.path}${resolved.fragment ?? ''}` !== `${resolved.path}${resolved.fragment ?? ''}`.normalize('NFC')) continue;
      const target = byUrl.get(resolved.path);
      if (!target) {
        const known = categoryUrls.has(resolved.path) || tagUrls.has(resolved.path) || sitePageUrls.has(resolved.path);
        if (known || existsSync(path.join(publicDir, resolved.path))) continue;
        const withSlash = `${resolved.path}/`;
        const hint = byUrl.has(withSlash) || sitePageUrls.has(withSlash) ? `주소 끝에 "/"를 붙이세요: ${withSlash}` : '주소를 고치세요. 노트 주소는 /카테고리/파일-이름/ 입니다.';
        problems.push(problem(note.file, place, 'link-target', `링크 ${url}가 가리키는 페이지가 없습니다.`, hint));
      } else if (resolved.fragment && target.ids && !target.ids.has(resolved.fragment)) {
        problems.push(
          problem(
            note.file,
            place,
            'link-target',
            `링크 ${url}의 절 #${resolved.fragment}이(가) ${target.file}에 없습니다.`,
            `${target.file}의 제목에서 만든 id를 쓰세요 (규칙: content/README.md의 "제목 id").`,
          ),
        );
      }
    }
  }
  return problems;
}

/** duplicate-order: two notes at one position of a category (the content index refuses it when pages are built). */
function duplicateOrder(notes: CheckedNote[]): RuleMessage[] {
  const entries: TopicEntry[] = [];
  for (const note of notes) {
    const result = topicSchema.safeParse(note.data ?? {});
    const [folder, name] = note.relative.split('/');
    // Notes whose frontmatter or place is wrong have that problem reported; they have no position yet.
    if (!result.success || !name || result.data.category !== folder || !/^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/.test(name)) continue;
    entries.push({ id: note.relative.replace(/\.mdx$/, ''), filePath: note.file, data: result.data });
  }
  return orderClashes(topicsInReadingOrder(entries)).map((clash) => problem(clash.location.file, { line: clash.location.line ?? 1, column: 1 }, 'duplicate-order', clash.problem, clash.fix));
}

/** `work` on every item, at most `limit` at a time, results in the items' order. */
async function mapLimited<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!);
      }
    }),
  );
  return results;
}
