const timers = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

/**
 * Shows a copy button's "복사했습니다" state for about two seconds. The button holds both labels stacked
 * in one grid cell (`.copy-label`, `.copy-done`), so swapping them never changes its size.
 */
export function showCopied(button: HTMLElement): void {
  clearTimeout(timers.get(button));
  button.classList.add('is-copied');
  timers.set(
    button,
    setTimeout(() => button.classList.remove('is-copied'), 2000),
  );
}
