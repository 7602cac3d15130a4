import { keepFocusInside } from './focus-trap.ts';

/**
 * The sidebar becomes a drawer below 768 px. The header button opens it; Esc, the close button or a
 * click on the backdrop close it; focus moves into it and back, and Tab stays inside while it is open.
 */
export function initDrawer(): void {
  const toggle = document.querySelector<HTMLButtonElement>('[data-drawer-toggle]');
  const drawer = document.getElementById('sidebar');
  const closeButton = drawer?.querySelector<HTMLButtonElement>('[data-drawer-close]');
  const backdrop = document.querySelector<HTMLElement>('[data-drawer-backdrop]');
  if (!toggle || !drawer || !closeButton || !backdrop) return;

  const isOpen = () => drawer.classList.contains('is-open');

  function open(): void {
    drawer!.classList.add('is-open');
    backdrop!.hidden = false;
    toggle!.setAttribute('aria-expanded', 'true');
    document.body.classList.add('drawer-open');
    (drawer!.querySelector<HTMLElement>('[aria-current="page"]') ?? closeButton)!.focus();
  }
  function close(): void {
    if (!isOpen()) return;
    drawer!.classList.remove('is-open');
    backdrop!.hidden = true;
    toggle!.setAttribute('aria-expanded', 'false');
    document.body.classList.remove('drawer-open');
    toggle!.focus();
  }

  toggle.addEventListener('click', () => (isOpen() ? close() : open()));
  closeButton.addEventListener('click', close);
  backdrop.addEventListener('click', close);
  document.addEventListener('keydown', (event) => {
    if (!isOpen()) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else {
      keepFocusInside(drawer, event);
    }
  });
  matchMedia('(min-width: 768px)').addEventListener('change', (event) => {
    if (event.matches) close();
  });
}

/**
 * Scrolls the sidebar box (never the page) so the current page's link shows, a third of the way
 * down, when it would otherwise sit below the fold of a long list. Only the box's own scroll
 * position changes, so nothing on the page moves.
 */
export function revealCurrentPage(): void {
  const sidebar = document.getElementById('sidebar');
  const current = sidebar?.querySelector<HTMLElement>('a[aria-current="page"]');
  if (!sidebar || !current || sidebar.scrollHeight <= sidebar.clientHeight) return;
  const top = current.getBoundingClientRect().top - sidebar.getBoundingClientRect().top + sidebar.scrollTop;
  const visible = top >= sidebar.scrollTop && top + current.offsetHeight <= sidebar.scrollTop + sidebar.clientHeight;
  if (!visible) sidebar.scrollTop = top - sidebar.clientHeight / 3;
}
