import { encodedAddress, shareAddress, shareLinkHtml, shareTitle } from '../lib/share-address.ts';
import { announce } from './announce.ts';
import { showCopied } from './copy-feedback.ts';

/**
 * Makes the "링크 복사" buttons copy absolute links: a section's share address (`data-copy-link="<id>"`,
 * src/lib/share-address.ts) or the page's (`data-copy-page-link`), and the "공유" buttons open the phone's
 * share sheet. The page's absolute URL comes from the build (site settings), so a link copied from a local
 * preview still points at the real site.
 *
 * A section is copied two ways at once: as text/plain the address as people read it (Hangul, not
 * `%EB%A6%AC…`), and as text/html a link labelled "페이지 제목 › 절 제목" whose href is percent-encoded,
 * which Slack, Notion, Google Docs and mail paste as a titled link.
 */
export function initCopyLink(): void {
  const article = document.querySelector<HTMLElement>('[data-page-url]');
  if (!article) return;
  const pageUrl = article.dataset.pageUrl ?? location.href.split('#')[0]!;
  const pageTitle = article.dataset.pageTitle ?? document.title;
  const copied = article.dataset.linkCopied ?? '';
  const failed = article.dataset.linkCopyFailed ?? '';

  const copy = async (button: HTMLElement, text: string, html?: string) => {
    try {
      await writeClipboard(text, html);
      showCopied(button);
      announce(copied);
    } catch {
      announce(failed);
    }
  };
  const sectionOf = (id: string) => {
    const heading = document.getElementById(id);
    const title = shareTitle(pageTitle, (heading?.textContent ?? id).replace(/\s+/g, ' ').trim());
    return { address: shareAddress(pageUrl, id), title };
  };
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-link]')) {
    button.addEventListener('click', () => {
      const { address, title } = sectionOf(button.dataset.copyLink ?? '');
      void copy(button, address, shareLinkHtml(address, title));
    });
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-page-link]')) {
    button.addEventListener('click', () => void copy(button, pageUrl));
  }
  // A share sheet is a phone's way to send a link; on a desktop with a mouse the copy button does that job.
  if (typeof navigator.share !== 'function' || !matchMedia('(hover: none)').matches) return;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-share-link]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const { address, title } = sectionOf(button.dataset.shareLink ?? '');
      // Closing the sheet without choosing an app rejects: nothing to report.
      navigator.share({ title, url: encodedAddress(address) }).catch(() => {});
    });
  }
}

/** Both forms where the browser has ClipboardItem (and text/html), else the text alone. */
async function writeClipboard(text: string, html?: string): Promise<void> {
  if (html && typeof ClipboardItem === 'function' && navigator.clipboard.write) {
    try {
      await navigator.clipboard.write([new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) })]);
      return;
    } catch {
      // Some browsers refuse text/html or a two-type item; the text alone is still the address.
    }
  }
  await navigator.clipboard.writeText(text);
}
