/**
 * Marks the table-of-contents entry of the section being read (`aria-current="location"`): the last
 * heading that has scrolled above the upper third of the viewport. A short section near the end of
 * the page can never reach that line, so on arrival at a section link (or after following one) the
 * linked section is marked instead, until the reader scrolls by hand.
 */
export function initTocHighlight(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')];
  if (links.length === 0) return;
  const headings = links.map((link) => document.getElementById(link.dataset.tocLink ?? '')).filter((heading): heading is HTMLElement => heading !== null);

  /** The listed heading whose section holds the element the URL's fragment points at, if any. */
  function targetHeading(): HTMLElement | undefined {
    let id: string;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return undefined;
    }
    const target = id ? document.getElementById(id) : null;
    if (!target) return undefined;
    // An old id kept as an alias sits just before its heading, in the same wrapper.
    const aliasOf = target.dataset.aliasOf;
    const element = (aliasOf && document.getElementById(aliasOf)) || target;
    let found: HTMLElement | undefined;
    for (const heading of headings) {
      if (heading === element || heading.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) found = heading;
      else break;
    }
    return found;
  }

  let pinned = targetHeading();
  let scheduled = false;
  function update(): void {
    scheduled = false;
    let active = pinned;
    if (!active) {
      const threshold = window.innerHeight / 3;
      active = headings[0];
      for (const heading of headings) {
        if (heading.getBoundingClientRect().top <= threshold) active = heading;
        else break;
      }
    }
    for (const link of links) {
      if (link.dataset.tocLink === active?.id) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  }
  const schedule = () => {
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(update);
    }
  };
  // Scrolling the reader starts (not the browser's jump to the fragment) hands marking back to the scroll position.
  const release = () => {
    if (pinned) {
      pinned = undefined;
      schedule();
    }
  };
  const scrollKeys = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);
  addEventListener('wheel', release, { passive: true });
  addEventListener('touchmove', release, { passive: true });
  // A press on the page's own scrollbar targets the root element.
  addEventListener('mousedown', (event) => {
    if (event.target === document.documentElement) release();
  });
  addEventListener('keydown', (event) => {
    if (scrollKeys.has(event.key) && !(event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement)) release();
  });
  addEventListener('scroll', schedule, { passive: true });
  addEventListener('resize', schedule, { passive: true });
  addEventListener('hashchange', () => {
    pinned = targetHeading();
    schedule();
  });
  update();
}
