import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Root as HastRoot, Element } from 'hast';
import { load as parseYaml } from 'js-yaml';
import type { Image, Link, Root as MdastRoot } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { categorySlugs } from './categories.ts';
import { ContentError } from './content-error.ts';
import { buildContentIndex, type TopicEntry } from './content-index.ts';
import { rehypeHeadingIds } from './markdown/rehype-heading-ids.ts';
import { rehypeMermaid } from './markdown/rehype-mermaid.ts';
import { remarkCodeLanguages } from './markdown/remark-code-languages.ts';
import { remarkPinnedHeadingIds } from './markdown/remark-pinned-heading-ids.ts';
import { remarkQuestions } from './markdown/remark-questions.ts';
import type { MermaidRenderer } from './mermaid/renderer.ts';
import { topicSchema } from './topic-schema.ts';

/** Pages that are not notes but may be linked from one. */
const fixedPages = ['/', '/tags/', '/checklist/', '/search/'];

interface CheckedNote {
  file: string;
  url: string;
  ids: Set<string>;
  links: Array<{ url: string; line?: number }>;
}

/**
 * `npm run check`: every rule an author can break, checked on the sources with the build's own schema,
 * slug function and Markdown plugins, each problem reported as `file:line — what — how to fix`.
 * Collects every problem instead of stopping at the first. Diagrams are rendered (and so validated)
 * with `renderer`, which shares the build's cache.
 */
export async function checkContent(contentDir: string, renderer: MermaidRenderer, publicDir = 'public'): Promise<ContentError[]> {
  const problems: ContentError[] = [];
  const files = (await readdir(contentDir, { recursive: true }))
    .filter((file) => file.endsWith('.mdx') || file.endsWith('.md'))
    .filter((file) => path.basename(file) !== 'README.md')
    .map((file) => path.join(contentDir, file))
    .sort();

  const entries: TopicEntry[] = [];
  const notes: CheckedNote[] = [];
  for (const file of files) {
    const source = await readFile(file, 'utf8');
    const relative = file.split(path.sep).join('/');
    if (file.endsWith('.md')) {
      problems.push(new ContentError({ file: relative }, '노트 파일이 .md입니다.', '확장자를 .mdx로 바꾸세요 (<Question> 같은 컴포넌트는 MDX에서만 됩니다).'));
      continue;
    }
    problems.push(...checkNfc(relative, source));
    const frontmatter = checkFrontmatter(relative, source, problems);
    const note = await checkBody(relative, source, renderer, problems, publicDir);
    if (frontmatter) {
      const segments = relative.split('/');
      entries.push({ id: `${segments.at(-2)}/${segments.at(-1)!.replace(/\.mdx$/, '')}`, filePath: relative, data: frontmatter });
    }
    if (note) notes.push(note);
  }

  // Two files for one URL (case differs: Kafka.mdx and kafka.mdx) would silently shadow each other.
  const byUrl = new Map<string, string>();
  for (const file of files.map((name) => name.split(path.sep).join('/'))) {
    const url = `/${file.split('/').slice(-2).join('/').replace(/\.mdx?$/, '').toLowerCase()}/`;
    const other = byUrl.get(url);
    if (other) problems.push(new ContentError({ file, line: 1 }, `같은 주소 ${url}를 ${other}도 씁니다.`, '한 주제는 한 파일에만 두세요. 두 파일을 합치거나 한쪽 이름을 바꾸세요.'));
    else byUrl.set(url, file);
  }

  // Folder, category, file name and order: the content index's own checks, one note at a time.
  for (const entry of entries) {
    try {
      buildContentIndex([entry]);
    } catch (error) {
      if (error instanceof ContentError) problems.push(error);
      else throw error;
    }
  }
  try {
    buildContentIndex(entries.filter((entry) => !problems.some((problem) => problem.location.file === entry.filePath)));
  } catch (error) {
    if (error instanceof ContentError) problems.push(error);
    else throw error;
  }

  problems.push(...checkLinks(notes));
  return problems;
}

function checkNfc(file: string, source: string): ContentError[] {
  return source
    .split('\n')
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => line !== line.normalize('NFC'))
    .map(
      ({ number }) =>
        new ContentError(
          { file, line: number },
          '유니코드 NFC가 아닌 글자(풀어 쓴 한글 자모)가 있습니다. macOS에서 붙여 넣은 글에서 흔합니다. 검색과 앵커가 이 줄을 놓칩니다.',
          '파일을 NFC로 바꿔 저장하세요 (예: node -e "fs.writeFileSync(f, fs.readFileSync(f, \'utf8\').normalize(\'NFC\'))").',
        ),
    );
}

function checkFrontmatter(file: string, source: string, problems: ContentError[]) {
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(source);
  if (!match) {
    problems.push(new ContentError({ file, line: 1 }, 'frontmatter가 없습니다.', '파일 맨 위에 --- 로 감싼 frontmatter(title, description, category, order, updated …)를 쓰세요. content/README.md 참고.'));
    return undefined;
  }
  const yamlLines = match[1]!.split('\n');
  let data: unknown;
  try {
    data = parseYaml(match[1]!);
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    problems.push(new ContentError({ file, line: (mark?.line ?? 0) + 2 }, `frontmatter YAML을 읽을 수 없습니다: ${(error as Error).message.split('\n')[0]}`, 'YAML 문법(들여쓰기, 따옴표, 콜론 뒤 공백)을 고치세요.'));
    return undefined;
  }
  const result = topicSchema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '');
    const index = yamlLines.findIndex((line) => line.startsWith(`${field}:`));
    const where = issue.path.join('.') || '(frontmatter)';
    const fix =
      issue.code === 'unrecognized_keys'
        ? `알 수 없는 필드 ${(issue as { keys?: string[] }).keys?.join(', ')}를 지우거나 철자를 고치세요. 쓸 수 있는 필드: title, description, category, order, tags, aliases, sources, updated.`
        : field === 'category'
          ? `category를 ${categorySlugs.join(', ')} 중 하나로 쓰세요.`
          : `${where} 값을 고치세요. content/README.md의 예시를 참고하세요.`;
    problems.push(new ContentError({ file, line: index >= 0 ? index + 2 : 1 }, `frontmatter ${where}: ${issue.message}`, fix));
  }
  return undefined;
}

async function checkBody(file: string, source: string, renderer: MermaidRenderer, problems: ContentError[], publicDir: string): Promise<CheckedNote | undefined> {
  // Frontmatter lines are blanked, not removed, so line numbers stay those of the file.
  const body = source.replace(/^---\n[\s\S]*?\n---(?=\n|$)/, (block) => block.replace(/[^\n]/g, ''));
  const vfile = new VFile({ value: body, path: file });
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkCodeLanguages)
    .use(remarkPinnedHeadingIds)
    .use(remarkQuestions)
    .use(remarkRehype, { passThrough: ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'] })
    .use(rehypeHeadingIds)
    .use(rehypeMermaid, { renderer });
  let mdast: MdastRoot;
  try {
    mdast = processor.parse(vfile) as MdastRoot;
  } catch (error) {
    const place = (error as { line?: number; place?: { line?: number } }).line ?? (error as { place?: { line?: number } }).place?.line;
    problems.push(new ContentError({ file, line: place }, `MDX 문법 오류: ${(error as { reason?: string }).reason ?? (error as Error).message}`, '닫히지 않은 태그, 본문 속 { } < 를 확인하세요 (글자 그대로 쓰려면 \\{ 나 &lt;). content/README.md의 MDX 주의점 참고.'));
    return undefined;
  }
  const links: CheckedNote['links'] = [];
  visit(mdast, 'link', (node: Link) => {
    if (node.url.startsWith('/')) links.push({ url: node.url, line: node.position?.start.line });
  });
  problems.push(...(await checkImages(file, mdast, publicDir)));
  let hast: HastRoot;
  try {
    hast = (await processor.run(mdast, vfile)) as HastRoot;
  } catch (error) {
    if (error instanceof ContentError) problems.push(error);
    else problems.push(new ContentError({ file }, `노트를 처리하지 못했습니다: ${(error as Error).message}`, '메시지가 가리키는 부분을 고치세요.'));
    return undefined;
  }
  const ids = new Set<string>();
  visit(hast, 'element', (node: Element) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    if (typeof node.properties.dataAnchorAliases === 'string') for (const alias of node.properties.dataAnchorAliases.split(' ')) ids.add(alias);
  });
  visit(mdast, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    const id = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id');
    if (typeof id?.value === 'string') ids.add(id.value);
  });
  const segments = file.split('/');
  return { file, url: `/${segments.at(-2)}/${segments.at(-1)!.replace(/\.mdx$/, '')}/`, ids, links };
}

async function checkImages(file: string, tree: MdastRoot, publicDir: string): Promise<ContentError[]> {
  const images: Array<{ src: string; alt: string; line?: number }> = [];
  visit(tree, 'image', (node: Image) => images.push({ src: node.url, alt: node.alt ?? '', line: node.position?.start.line }));
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as MdxJsxFlowElement | MdxJsxTextElement;
    if (element.name !== 'img') return;
    const attribute = (name: string) => element.attributes.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name)?.value;
    images.push({ src: String(attribute('src') ?? ''), alt: typeof attribute('alt') === 'string' ? String(attribute('alt')) : '', line: element.position?.start.line });
  });
  const problems: ContentError[] = [];
  for (const image of images) {
    if (!image.alt.trim()) {
      problems.push(new ContentError({ file, line: image.line }, `이미지 "${image.src}"에 대체 텍스트(alt)가 없습니다.`, '![이미지가 보여 주는 내용](경로)처럼 무엇을 보여 주는지 적으세요.'));
    }
    if (/^(https?:)?\/\//.test(image.src)) {
      problems.push(new ContentError({ file, line: image.line }, `이미지 "${image.src}"가 다른 사이트에 있습니다. 이 사이트는 외부로 요청을 보내지 않습니다.`, '이미지를 public/ 아래에 두고 /경로로 쓰세요.'));
      continue;
    }
    const onDisk = image.src.startsWith('/') ? path.join(publicDir, image.src) : path.join(path.dirname(file), image.src);
    const exists = await stat(decodeURI(onDisk.split(/[?#]/)[0]!)).then(() => true, () => false);
    if (!image.src || image.src.startsWith('attachment:') || !exists) {
      problems.push(new ContentError({ file, line: image.line }, `이미지 "${image.src}" 파일이 없습니다.`, '파일을 그 경로에 두거나 경로를 고치세요. 쓸 수 없는 이미지라면 지우세요.'));
    }
  }
  return problems;
}

function checkLinks(notes: CheckedNote[]): ContentError[] {
  const byUrl = new Map(notes.map((note) => [note.url, note]));
  const categoryUrls = new Set(categorySlugs.map((slug) => `/${slug}/`));
  const problems: ContentError[] = [];
  for (const note of notes) {
    for (const link of note.links) {
      let decoded: string;
      try {
        decoded = decodeURI(link.url).normalize('NFC');
      } catch {
        decoded = link.url;
      }
      const [pathname = '', fragment] = decoded.split('#');
      const target = byUrl.get(pathname);
      const where = { file: note.file, line: link.line };
      if (!target) {
        if (categoryUrls.has(pathname) || fixedPages.includes(pathname) || pathname.startsWith('/tags/')) continue;
        const hint = byUrl.has(`${pathname}/`) ? `주소 끝에 "/"를 붙이세요: ${pathname}/` : '주소를 고치세요. 노트 주소는 /카테고리/파일-이름/ 입니다.';
        problems.push(new ContentError(where, `링크 ${link.url}가 가리키는 페이지가 없습니다.`, hint));
      } else if (fragment && !target.ids.has(fragment)) {
        problems.push(new ContentError(where, `링크 ${link.url}의 절 #${fragment}이(가) ${target.file}에 없습니다.`, `${target.file}의 제목에서 만든 id를 쓰세요 (규칙: content/README.md의 Heading ids).`));
      }
    }
  }
  return problems;
}
