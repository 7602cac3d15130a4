import { keepFocusInside } from '../focus-trap.ts';

/**
 * The only search code on first paint: opens the search dialog from the header button, `/` or
 * Ctrl/⌘+K, and loads the search engine (Pagefind, term index) the first time it opens.
 */
export function initSearchLauncher(): void {
  const dialog = document.getElementById('search-dialog') as HTMLDialogElement | null;
  const button = document.querySelector<HTMLAnchorElement>('[data-search-open]');
  if (!dialog || !button) return;
  let panel: Promise<{ focus(): void }> | undefined;

  const open = async () => {
    if (!dialog.open) dialog.showModal();
    panel ??= import('./panel.ts').then(({ SearchPanel }) => {
      const root = dialog.querySelector<HTMLElement>('[data-search-panel]')!;
      return new SearchPanel(root.querySelector('input')!, root.querySelector('[data-testid="search-results"]')!, root.querySelector('[role="status"]')!);
    });
    (await panel).focus();
  };

  button.setAttribute('role', 'button');
  button.setAttribute('aria-haspopup', 'dialog');
  button.addEventListener('click', (event) => {
    event.preventDefault();
    void open();
  });
  document.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    const typing = event.target instanceof HTMLElement && (event.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName));
    const shortcut = (event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey);
    if (shortcut || (event.key === '/' && !typing && !dialog.open)) {
      event.preventDefault();
      void open();
    }
  });
  // A modal dialog makes the page inert, but Tab can still leave for the browser's own UI: keep it inside.
  dialog.addEventListener('keydown', (event) => {
    // Esc in a search field with text would only clear it; here Esc always closes, as the hint says.
    if (event.key === 'Escape' && !event.isComposing) {
      event.preventDefault();
      dialog.close();
      return;
    }
    keepFocusInside(dialog, event);
  });
  // A click on the backdrop (outside the dialog box) closes it, as Esc does.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
}
