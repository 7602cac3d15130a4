import { announce } from './announce.ts';
import { showCopied } from './copy-feedback.ts';

/**
 * Makes the "링크 복사" buttons copy absolute links: a section's (`data-copy-link="<id>"`) or the
 * page's (`data-copy-page-link`). The page's absolute URL comes from the build (site settings), so a
 * link copied from a local preview still points at the real site. The fragment is percent-encoded, as
 * a browser's address bar copies it, so it survives chat apps that mangle non-ASCII URLs.
 */
export function initCopyLink(): void {
  const article = document.querySelector<HTMLElement>('[data-page-url]');
  if (!article) return;
  const pageUrl = article.dataset.pageUrl ?? location.href.split('#')[0]!;
  const copied = article.dataset.linkCopied ?? '';
  const failed = article.dataset.linkCopyFailed ?? '';

  const copy = async (button: HTMLElement, url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      showCopied(button);
      announce(copied);
    } catch {
      announce(failed);
    }
  };
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-link]')) {
    button.addEventListener('click', () => copy(button, `${pageUrl}#${encodeURIComponent(button.dataset.copyLink ?? '')}`));
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-page-link]')) {
    button.addEventListener('click', () => copy(button, pageUrl));
  }
}
