import { fillTemplate } from '../i18n/template.ts';
import { announce } from './announce.ts';
import { readStored, writeStored } from './stored-json.ts';

type Mark = 'known' | 'review';
const storageKey = 'study-marks';
const readMarks = () => readStored<Record<string, Mark>>(storageKey, {});
const writeMarks = (marks: Record<string, Mark>) => writeStored(storageKey, marks);

/**
 * The study page's tools, which need JavaScript (the questions themselves work without it):
 * "알고 있음 / 다시 보기" marks kept in localStorage, progress per category, a category filter,
 * a random question (preferring ones not yet known), and a reset.
 */
export function initStudy(): void {
  const root = document.querySelector<HTMLElement>('[data-study]');
  if (!root) return;
  const cards = [...root.querySelectorAll<HTMLDetailsElement>('[data-question]')];
  const filter = root.querySelector<HTMLSelectElement>('[data-study-filter]')!;
  let marks = readMarks();

  const render = () => {
    for (const card of cards) {
      const mark = marks[card.dataset.question!];
      card.dataset.mark = mark ?? '';
      for (const button of card.querySelectorAll<HTMLButtonElement>('[data-mark]')) button.setAttribute('aria-pressed', String(button.dataset.mark === mark));
    }
    for (const section of root.querySelectorAll<HTMLElement>('[data-study-category]')) {
      const inSection = [...section.querySelectorAll<HTMLElement>('[data-question]')];
      const known = inSection.filter((card) => marks[card.dataset.question!] === 'known').length;
      const progress = section.querySelector<HTMLElement>('[data-study-progress]')!;
      progress.textContent = `(${fillTemplate(progress.dataset.template!, { known, total: inSection.length })})`;
    }
    const values = cards.map((card) => marks[card.dataset.question!]);
    const total = root.querySelector<HTMLElement>('[data-study-total]')!;
    total.textContent = fillTemplate(total.dataset.template!, {
      total: cards.length,
      known: values.filter((value) => value === 'known').length,
      review: values.filter((value) => value === 'review').length,
    });
  };

  for (const element of root.querySelectorAll<HTMLElement>('[data-study-toolbar], [data-study-marks]')) element.hidden = false;
  root.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-mark]');
    if (!button) return;
    const id = button.closest<HTMLElement>('[data-question]')!.dataset.question!;
    const mark = button.dataset.mark as Mark;
    if (marks[id] === mark) delete marks[id];
    else marks[id] = mark;
    writeMarks(marks);
    render();
  });
  filter.addEventListener('change', () => {
    for (const section of root.querySelectorAll<HTMLElement>('[data-study-category]')) section.hidden = Boolean(filter.value) && section.dataset.studyCategory !== filter.value;
  });
  root.querySelector('[data-study-random]')!.addEventListener('click', (event) => {
    const visible = cards.filter((card) => !card.closest<HTMLElement>('[data-study-category]')!.hidden);
    const notKnown = visible.filter((card) => marks[card.dataset.question!] !== 'known');
    const pool = notKnown.length > 0 ? notKnown : visible;
    const card = pool[Math.floor(Math.random() * pool.length)];
    if (!card) return;
    // All folded, the chosen one too: the reader answers first, then opens it.
    for (const other of cards) {
      other.open = false;
      delete other.dataset.picked;
    }
    // A ring marks the pick until the next one (CSS; it pulses once unless the reader asked for less motion),
    // the page glides to it, and the live region reads the question out.
    card.dataset.picked = '';
    const motion = matchMedia('(prefers-reduced-motion: no-preference)').matches;
    card.scrollIntoView({ block: 'center', behavior: motion ? 'smooth' : 'auto' });
    const summary = card.querySelector('summary')!;
    summary.focus({ preventScroll: true });
    const question = [...summary.childNodes]
      .filter((node) => !(node instanceof Element && node.matches('.question-prefix')))
      .map((node) => node.textContent)
      .join('')
      .trim();
    // A question may contain `$&` (shell, regex notes): filled by a function, never read as a pattern.
    announce(fillTemplate((event.currentTarget as HTMLElement).dataset.announce!, { question }));
  });
  root.querySelector('[data-study-reset]')!.addEventListener('click', (event) => {
    marks = {};
    writeMarks(marks);
    render();
    announce((event.currentTarget as HTMLElement).dataset.done ?? '');
  });
  render();
}
