/**
 * Marks the table-of-contents entry of the section being read (`aria-current="location"`): the last
 * heading that has scrolled above the upper third of the viewport.
 */
export function initTocHighlight(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')];
  if (links.length === 0) return;
  const headings = links.map((link) => document.getElementById(link.dataset.tocLink ?? '')).filter((heading): heading is HTMLElement => heading !== null);

  let scheduled = false;
  function update(): void {
    scheduled = false;
    const threshold = window.innerHeight / 3;
    let active = headings[0];
    for (const heading of headings) {
      if (heading.getBoundingClientRect().top <= threshold) active = heading;
      else break;
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
  addEventListener('scroll', schedule, { passive: true });
  addEventListener('resize', schedule, { passive: true });
  addEventListener('hashchange', schedule);
  update();
}
