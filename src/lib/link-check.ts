import { type BuiltPage, landingPage, stripBase } from './built-site.ts';

export interface BrokenLink {
  page: string;
  href: string;
  problem: string;
}

/**
 * Every internal link and `#anchor` of a build must land: on a page that exists (following redirect
 * pages), on an element id that exists there. External links are not fetched (the build is offline).
 * `fileExists` answers for non-HTML targets such as the favicon.
 */
export function findBrokenLinks(site: Map<string, BuiltPage>, base: string, fileExists: (pathname: string) => boolean): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const page of site.values()) {
    if (page.redirectTo) continue;
    for (const href of page.links) {
      const problem = checkLink(href, page, site, base, fileExists);
      if (problem) broken.push({ page: page.url, href, problem });
    }
  }
  return broken;
}

function checkLink(href: string, page: BuiltPage, site: Map<string, BuiltPage>, base: string, fileExists: (pathname: string) => boolean): string | undefined {
  if (/^(https?:|mailto:|tel:)/i.test(href)) return undefined;
  if (href.startsWith('//')) return '프로토콜 없는 외부 주소입니다.';
  let target: URL;
  try {
    target = new URL(href, `http://site.invalid${base}${page.url.slice(1)}`);
  } catch {
    return '주소 형식이 잘못되었습니다.';
  }
  const pathname = decode(target.pathname);
  if (!pathname.startsWith(base)) return `사이트 기본 경로(${base}) 밖을 가리킵니다.`;
  const url = stripBase(pathname, base);
  let destination = site.get(url);
  if (!destination) {
    if (!url.endsWith('/') && site.has(`${url}/`)) return '주소 끝에 "/"가 없습니다.';
    if (/\.[a-z0-9]+$/i.test(url) && fileExists(url)) return undefined;
    return `없는 페이지입니다 (${url}).`;
  }
  destination = landingPage(site, destination.url) ?? destination;
  const fragment = decode(target.hash.slice(1)).normalize('NFC');
  if (fragment && !destination.ids.has(fragment)) return `${destination.url}에 #${fragment} 절이 없습니다.`;
  return undefined;
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
