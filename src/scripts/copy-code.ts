import { announce } from './announce.ts';

/** Makes each code block's copy button copy the block's text (without the label) on click. */
export function initCopyCode(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-code]')) {
    button.addEventListener('click', async () => {
      const code = button.closest('figure')?.querySelector('pre')?.textContent ?? '';
      try {
        await navigator.clipboard.writeText(code);
        announce(button.dataset.copiedMessage ?? '');
        button.classList.add('is-copied');
        setTimeout(() => button.classList.remove('is-copied'), 1500);
      } catch {
        announce(button.dataset.failedMessage ?? '');
      }
    });
  }
}
