/**
 * A reader's marks kept in localStorage as JSON (study marks, checklist ticks). Storage can be blocked or
 * hold something unreadable; then the marks start empty and last for this visit only, and nothing throws.
 */
export function readStored<T>(key: string, empty: T): T {
  try {
    const stored = localStorage.getItem(key);
    return stored === null ? empty : (JSON.parse(stored) as T);
  } catch {
    return empty;
  }
}

export function writeStored(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage blocked or full: the marks last for this visit only.
  }
}
