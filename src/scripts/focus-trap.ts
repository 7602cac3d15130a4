/**
 * Keeps Tab and Shift+Tab inside `container` (an open drawer or dialog): from the last control Tab wraps
 * to the first, and back. Call from a keydown handler; does nothing for other keys.
 */
export function keepFocusInside(container: HTMLElement, event: KeyboardEvent): void {
  if (event.key !== 'Tab') return;
  const focusable = [...container.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea')].filter((element) => !element.hidden && element.offsetParent !== null);
  const first = focusable[0];
  const last = focusable.at(-1);
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last?.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first?.focus();
  }
}
