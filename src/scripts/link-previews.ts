/**
 * The only link-preview code on first paint: waits for the first mouse or pen over a link in the note, or the
 * first keyboard focus on one, then loads the previews (src/scripts/link-preview.ts) and hands them that
 * event. A touch never previews (a tap simply follows the link), nor does focus that a click or tap gave.
 */
export function initLinkPreviews(): void {
  const prose = document.querySelector<HTMLElement>('article .prose');
  if (!prose) return;
  const start = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link || (event.type === 'focusin' ? !link.matches(':focus-visible') : (event as PointerEvent).pointerType === 'touch')) return;
    prose.removeEventListener('pointerover', start);
    prose.removeEventListener('focusin', start);
    void import('./link-preview.ts').then(({ LinkPreviews }) => new LinkPreviews(prose).enter(event));
  };
  prose.addEventListener('pointerover', start);
  prose.addEventListener('focusin', start);
}
