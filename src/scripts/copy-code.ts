import { announce } from './announce.ts';
import { showCopied } from './copy-feedback.ts';

/** Makes each code block's copy button copy the block's text (without the label) on click. */
export function initCopyCode(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-code]')) {
    button.addEventListener('click', async () => {
      const code = button.closest('figure')?.querySelector('pre')?.textContent ?? '';
      try {
        await navigator.clipboard.writeText(code);
        showCopied(button);
        announce(button.dataset.copiedMessage ?? '');
      } catch {
        announce(button.dataset.failedMessage ?? '');
      }
    });
  }
}
