type Theme = 'light' | 'dark';
const storageKey = 'theme';

function currentTheme(): Theme {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

function applyTheme(theme: Theme, button: HTMLButtonElement): void {
  document.documentElement.dataset.theme = theme;
  // The label names the action the button will take next.
  button.setAttribute('aria-label', (theme === 'dark' ? button.dataset.labelLight : button.dataset.labelDark) ?? '');
}

/** Wires the theme button: a click flips and remembers the theme; the system theme applies until then. */
export function initThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!button) return;
  applyTheme(currentTheme(), button);
  button.addEventListener('click', () => {
    const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
    applyTheme(next, button);
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // Storage can be blocked (private mode); the choice then lasts for this page only.
    }
  });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (event) => {
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(storageKey);
    } catch {
      /* same as above */
    }
    if (!stored) applyTheme(event.matches ? 'dark' : 'light', button);
  });
}
