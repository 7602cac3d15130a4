import { type BuiltPage, landingPage } from './built-site.ts';

/** Every page URL the site has published, with the section ids on it: links people may have shared. */
export type AnchorRegistry = Record<string, string[]>;

export interface LostAnchor {
  url: string;
  /** Missing section id; absent when the whole page is gone. */
  id?: string;
}

/**
 * Compares a build with the committed registry. A URL or section id once published must keep working:
 * a page through its own URL or a redirect page, a section through its heading id or an alias anchor
 * (`{/* #id alias:old-id *\/}`). Returns what was lost, and the registry with this build's new pages
 * and sections added (nothing is ever removed: an old id stays guaranteed).
 */
export function compareWithRegistry(registry: AnchorRegistry, site: Map<string, BuiltPage>): { lost: LostAnchor[]; next: AnchorRegistry } {
  const lost: LostAnchor[] = [];
  for (const [url, ids] of Object.entries(registry)) {
    const page = landingPage(site, url);
    if (!page) {
      lost.push({ url });
      continue;
    }
    for (const id of ids) if (!page.ids.has(id)) lost.push({ url, id });
  }

  const merged = new Map<string, Set<string>>(Object.entries(registry).map(([url, ids]) => [url, new Set(ids)]));
  for (const page of site.values()) {
    if (page.redirectTo || page.url === '/404.html') continue;
    const ids = merged.get(page.url) ?? new Set<string>();
    for (const id of page.sectionIds) ids.add(id);
    merged.set(page.url, ids);
  }
  const next: AnchorRegistry = {};
  for (const url of [...merged.keys()].sort()) next[url] = [...merged.get(url)!].sort();
  return { lost, next };
}

export function formatLost({ url, id }: LostAnchor): string {
  return id
    ? `${url}#${id} — 공유된 절 링크가 사라졌습니다. 고치는 법: 바뀐 제목 끝에 {/* #${id} */}를 붙여 옛 id를 고정하거나, {/* #새-id alias:${id} */}로 옛 id를 별칭으로 남기세요.`
    : `${url} — 공유된 페이지 주소가 사라졌습니다. 고치는 법: content/redirects.json에 "${url}": "/새/주소/"를 추가하세요.`;
}

/** What a build adds to the registry: new pages, and new sections of pages already in it. */
export function registryAdditions(registry: AnchorRegistry, next: AnchorRegistry): string[] {
  const added: string[] = [];
  for (const [url, ids] of Object.entries(next)) {
    const known = registry[url];
    if (!known) {
      added.push(`${url} (새 페이지)`);
      continue;
    }
    for (const id of ids) if (!known.includes(id)) added.push(`${url}#${id} (새 절)`);
  }
  return added;
}
