/**
 * A section's share address and the label it is shared under: one definition for the build (which writes
 * a small page at every share address) and the browser (whose copy and share buttons hand it out), so the
 * address a reader copies is always one the build wrote. Plain string work only: it ships in the page script.
 */

/**
 * The share address of section `id` on the page at `pageUrl` (root-relative or absolute, ending in '/'):
 * the page's path plus the id as one more segment, `/messaging/kafka/리더-선출/`. A note cannot hold another
 * note (rule note-location), so this never names a page; the share-pages step checks it names no other file.
 * No fragment: chat apps build a link's preview from the address without it.
 */
export function shareAddress(pageUrl: string, id: string): string {
  return `${pageUrl}${id}/`;
}

/** What a shared section is called in a preview and in a pasted link: `카프카 (Kafka) › 리더 선출`. */
export function shareTitle(pageTitle: string, sectionTitle: string): string {
  return `${pageTitle} › ${sectionTitle}`;
}

/**
 * An address as it is sent over the wire: non-ASCII characters percent-encoded (the browser's address
 * bar does the same), ASCII left as it is. For href attributes and the text/html clipboard item.
 */
export function encodedAddress(address: string): string {
  return encodeURI(decodeURI(address));
}

/** The text/html form of a shared section: a link labelled with its title, its href percent-encoded. */
export function shareLinkHtml(address: string, title: string): string {
  return `<a href="${escapeHtml(encodedAddress(address))}">${escapeHtml(title)}</a>`;
}

/** Text made safe for HTML text and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
