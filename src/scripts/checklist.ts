import { fillTemplate } from '../i18n/template.ts';
import { announce } from './announce.ts';
import { readStored, writeStored } from './stored-json.ts';

const storageKey = 'checklist-checked';

/**
 * The checklist's boxes: which points the reader can explain, kept in localStorage under the points' keys
 * (subject id and link, so reordering the file keeps the ticks), a count in a polite live region, and a reset.
 * Without JavaScript the boxes and the tools stay hidden (`needs-js`) and the list is a list of links.
 */
export function initChecklist(): void {
  const root = document.querySelector<HTMLElement>('[data-checklist]');
  if (!root) return;
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[data-checklist-point]')];
  const progress = root.querySelector<HTMLElement>('[data-checklist-progress]')!;
  const stored = readStored<unknown>(storageKey, []);
  const checked = new Set(Array.isArray(stored) ? stored.filter((key): key is string => typeof key === 'string') : []);

  const render = () => {
    for (const box of boxes) box.checked = checked.has(box.dataset.checklistPoint!);
    const done = boxes.filter((box) => box.checked).length;
    progress.textContent = fillTemplate(progress.dataset.template!, { total: boxes.length, checked: done });
  };

  root.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    if (!box.matches('input[data-checklist-point]')) return;
    if (box.checked) checked.add(box.dataset.checklistPoint!);
    else checked.delete(box.dataset.checklistPoint!);
    // Keys of points no longer on the page are dropped on the next write.
    writeStored(
      storageKey,
      boxes.filter((item) => checked.has(item.dataset.checklistPoint!)).map((item) => item.dataset.checklistPoint),
    );
    render();
  });
  root.querySelector('[data-checklist-reset]')!.addEventListener('click', (event) => {
    checked.clear();
    writeStored(storageKey, []);
    render();
    announce((event.currentTarget as HTMLElement).dataset.done ?? '');
  });
  render();
}
