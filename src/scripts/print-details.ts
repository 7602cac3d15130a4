/**
 * Prints diagram descriptions and interview answers expanded: opens the closed `<details>` before
 * printing and closes exactly those again afterwards. (Chromium also shows them through the print
 * stylesheet, which works without JavaScript; this covers the other browsers.)
 */
export function initPrintDetails(): void {
  let opened: HTMLDetailsElement[] = [];
  addEventListener('beforeprint', () => {
    opened = [...document.querySelectorAll<HTMLDetailsElement>('details.diagram-text:not([open]), details.question:not([open])')];
    for (const details of opened) details.open = true;
  });
  addEventListener('afterprint', () => {
    for (const details of opened) details.open = false;
    opened = [];
  });
}
