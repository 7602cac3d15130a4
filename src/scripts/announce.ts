/** Speaks a short status through one shared polite live region (`#announcer` in the layout). */
export function announce(message: string): void {
  const region = document.getElementById('announcer');
  if (!region || !message) return;
  region.textContent = '';
  // A fresh text node after a tick makes screen readers repeat an identical message.
  setTimeout(() => (region.textContent = message), 50);
}
