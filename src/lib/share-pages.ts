import type { AnchorRegistry } from './anchor-registry.ts';
import { type BuiltPage, landingPage } from './built-site.ts';
import { encodedAddress, escapeHtml, shareAddress, shareTitle } from './share-address.ts';

/** One share page: a section's own address, with what a chat app shows for it and where it sends the reader. */
export interface SharePage {
  /** Root-relative share address without the base path: `/messaging/kafka/리더-선출/`. */
  address: string;
  /** Where the reader lands, root-relative without the base path: `/messaging/kafka/#리더-선출`. */
  target: string;
  /** "페이지 제목 › 절 제목" (the page's title alone when the id is not a section heading). */
  title: string;
  sectionTitle: string;
  /** The section's opening words, or the page's description when the section opens with code only. */
  description: string;
  /** The page's Open Graph card (absolute URL), its size and alt text, when the page has one. */
  image?: { url: string; width?: string; height?: string; alt?: string };
}

/**
 * Every share address the site keeps: one for every id of every page in the anchor registry (aliases of
 * renamed headings and pages moved by content/redirects.json included), so an address once published keeps
 * working. Run after the registry check, which guarantees each id still lands; `problems` names what still
 * cannot get a share page (an address that another file already holds), and the build stops on any.
 */
export function planSharePages(registry: AnchorRegistry, site: Map<string, BuiltPage>): { pages: SharePage[]; problems: string[] } {
  const pages: SharePage[] = [];
  const problems: string[] = [];
  const taken = new Map<string, string>();
  for (const [url, ids] of Object.entries(registry)) {
    const page = landingPage(site, url);
    if (!page) continue; // the registry check has already stopped the build for it
    for (const id of ids) {
      const address = shareAddress(url, id);
      const holder = site.has(address) ? `페이지 ${address}` : taken.get(address);
      if (holder) {
        problems.push(`${url}#${id}의 공유 주소 ${address}를 ${holder}이(가) 이미 씁니다. 고치는 법: 절 제목 끝에 {/* #다른-id */}로 다른 id를 고정하세요.`);
        continue;
      }
      taken.set(address, `${url}#${id}의 공유 주소`);
      pages.push(sharePageFor(page, id, address));
    }
  }
  pages.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  return { pages, problems };
}

function sharePageFor(page: BuiltPage, id: string, address: string): SharePage {
  const headingId = page.aliases[id] ?? id;
  const section = page.sections.find((candidate) => candidate.id === headingId);
  const pageTitle = page.meta['og:title'] ?? page.url;
  const pageDescription = page.meta.description ?? '';
  const imageUrl = page.meta['og:image'];
  return {
    address,
    target: `${page.url}#${section ? section.id : id}`,
    title: section ? shareTitle(pageTitle, section.title) : pageTitle,
    sectionTitle: section?.title ?? pageTitle,
    description: section?.opening || pageDescription,
    ...(imageUrl ? { image: { url: imageUrl, width: page.meta['og:image:width'], height: page.meta['og:image:height'], alt: page.meta['og:image:alt'] } } : {}),
  };
}

export interface SharePageSettings {
  /** The site's origin and base path turned into an absolute URL: `/messaging/` → `https://…/messaging/`. */
  absoluteUrl(path: string): string;
  /** The root-relative path as served (base path in front). */
  withBase(path: string): string;
  /** The site's CSP for a <meta>, the same as every page's. */
  policy: string;
  siteName: string;
  /** The visible link's words, e.g. "‘리더 선출’ 절로 가기". */
  linkText(sectionTitle: string): string;
}

/** The attribute marking a share page, so tests and tools can tell one from a page of the site. */
const sharePageMarker = 'data-share-page';

export function isSharePage(html: string): boolean {
  return html.startsWith(`<!DOCTYPE html><html lang="ko" ${sharePageMarker}>`);
}

/**
 * A share page's HTML: everything a chat app or crawler reads (title, description, card, canonical page#id,
 * noindex), and for a browser a zero-second refresh to the section — no script, so it works with JS off and
 * under the CSP — plus a visible link to it. No stylesheet or font: it is on screen for a blink. Kept small
 * (one page per section adds up on a large site): the description is og:description alone — chat apps read
 * that, X's cards fall back to it, and a search engine is told not to index the page anyway — and the body
 * holds no copy of it.
 */
export function sharePageHtml(share: SharePage, settings: SharePageSettings): string {
  const target = encodedAddress(settings.withBase(share.target));
  const canonical = encodedAddress(settings.absoluteUrl(share.target));
  const own = encodedAddress(settings.absoluteUrl(share.address));
  const meta = (key: 'name' | 'property', name: string, content: string | undefined) => (content ? `<meta ${key}="${name}" content="${escapeHtml(content)}">` : '');
  const image = share.image;
  return [
    `<!DOCTYPE html><html lang="ko" ${sharePageMarker}><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(settings.policy)}">`,
    `<meta http-equiv="refresh" content="0;url=${escapeHtml(target)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">',
    `<title>${escapeHtml(share.title)} | ${escapeHtml(settings.siteName)}</title>`,
    `<link rel="canonical" href="${escapeHtml(canonical)}">`,
    meta('property', 'og:type', 'article'),
    meta('property', 'og:site_name', settings.siteName),
    meta('property', 'og:locale', 'ko_KR'),
    meta('property', 'og:title', share.title),
    meta('property', 'og:description', share.description),
    meta('property', 'og:url', own),
    meta('property', 'og:image', image?.url),
    meta('property', 'og:image:width', image?.width),
    meta('property', 'og:image:height', image?.height),
    meta('property', 'og:image:alt', image?.alt),
    meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', share.title),
    meta('name', 'twitter:image', image?.url),
    '</head><body><main>',
    `<h1>${escapeHtml(share.title)}</h1>`,
    `<p><a href="${escapeHtml(target)}">${escapeHtml(settings.linkText(share.sectionTitle))}</a></p>`,
    '</main></body></html>\n',
  ].join('');
}
