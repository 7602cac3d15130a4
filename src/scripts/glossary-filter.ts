import { fillTemplate } from '../i18n/template.ts';
import { matchesGlossaryFilter } from '../lib/glossary-filter.ts';

/**
 * The glossary's filter box: as the reader types, only the terms whose Korean name, initial consonants,
 * English name or abbreviation hold the text stay shown, with their group headings and index letters; a
 * polite count says how many, and an empty result says so. Without JavaScript the box is hidden (`needs-js`).
 */
export function initGlossaryFilter(): void {
  const root = document.querySelector<HTMLElement>('[data-glossary]');
  const input = root?.querySelector<HTMLInputElement>('[data-glossary-filter]');
  if (!root || !input) return;
  const count = root.querySelector<HTMLElement>('[data-glossary-count]')!;
  const empty = root.querySelector<HTMLElement>('[data-glossary-empty]')!;
  const groups = [...root.querySelectorAll<HTMLElement>('[data-glossary-group]')].map((group) => ({
    group,
    indexItem: root.querySelector<HTMLElement>(`[data-glossary-index="${CSS.escape(group.dataset.glossaryGroup!)}"]`),
    entries: [...group.querySelectorAll<HTMLElement>('[data-filter-text]')],
  }));
  const total = groups.reduce((sum, { entries }) => sum + entries.length, 0);

  const apply = () => {
    const query = input.value;
    let shown = 0;
    for (const { group, indexItem, entries } of groups) {
      let inGroup = 0;
      for (const entry of entries) {
        entry.hidden = !matchesGlossaryFilter(entry.dataset.filterText!, query);
        if (!entry.hidden) inGroup++;
      }
      group.hidden = inGroup === 0;
      if (indexItem) indexItem.hidden = inGroup === 0;
      shown += inGroup;
    }
    const template = shown === total ? count.dataset.templateAll! : count.dataset.template!;
    count.textContent = fillTemplate(template, { total, shown });
    empty.hidden = shown > 0;
    // `$&` in the box must show as typed (see fillTemplate).
    empty.textContent = shown > 0 ? '' : fillTemplate(empty.dataset.template!, { query: query.trim() });
  };

  input.addEventListener('input', apply);
  // A filter the browser restored (back/forward) applies at once.
  if (input.value) apply();
}
