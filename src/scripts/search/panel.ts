import { fillTemplate } from '../../i18n/template.ts';
import type { TextPart } from '../../lib/search/results.ts';
import { capQuery } from '../../lib/search/text.ts';
import { type SearchAnswer, SearchEngine } from './engine.ts';

const engine = new SearchEngine();

/** Every result element is built here, with textContent only: nothing from a note or a query is parsed as HTML. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  if (text !== undefined) created.textContent = text;
  return created;
}

function excerptElement(parts: TextPart[]): HTMLElement {
  const excerpt = element('span', 'search-result-excerpt');
  excerpt.append(...parts.map((part) => (part.mark ? element('mark', undefined, part.text) : document.createTextNode(part.text))));
  return excerpt;
}

/** Adds the query to a result link so the page can highlight the words on arrival. */
function withHighlight(url: string, query: string): string {
  const [path, hash] = url.split('#');
  return `${path}?hl=${encodeURIComponent(query)}${hash ? `#${hash}` : ''}`;
}

/**
 * One search box with its results, used by the header dialog and by /search/. Searches on every settled
 * keystroke with no artificial delay; while a Korean syllable is still being composed it searches the
 * text before that syllable, so half-typed jamo never produce noise; Enter during composition is ignored.
 * Results are built with textContent only, so note text or a query containing HTML cannot inject markup.
 */
export class SearchPanel {
  private sequence = 0;
  private lastQuery = '';
  private hasResults = false;
  private readonly input: HTMLInputElement;
  private readonly list: HTMLElement;
  private readonly status: HTMLElement;
  private readonly onQueryChange: ((query: string) => void) | undefined;

  constructor(input: HTMLInputElement, list: HTMLElement, status: HTMLElement, onQueryChange?: (query: string) => void) {
    this.input = input;
    this.list = list;
    this.status = status;
    this.onQueryChange = onQueryChange;
    this.status.textContent = status.dataset.loading ?? '';
    engine
      .load()
      .then(() => {
        if (!this.lastQuery) this.status.textContent = '';
      })
      .catch(() => (this.status.textContent = status.dataset.failed ?? ''));
    input.addEventListener('input', (event) => {
      const composing = (event as InputEvent).isComposing;
      // While composing, the last character is an unfinished syllable: search what is settled.
      void this.run(composing ? input.value.slice(0, -1) : input.value);
    });
    input.addEventListener('compositionend', () => void this.run(input.value));
    input.addEventListener('keydown', (event) => this.onInputKey(event));
    list.addEventListener('keydown', (event) => this.onListKey(event));
    if (input.value) void this.run(input.value);
  }

  focus(): void {
    this.input.focus();
    this.input.select();
  }

  async run(rawQuery: string): Promise<void> {
    // Capped and made well-formed before the index, the address bar and the status line see it.
    const query = capQuery(rawQuery).trim();
    if (query === this.lastQuery) return;
    this.lastQuery = query;
    this.onQueryChange?.(query);
    const ticket = ++this.sequence;
    if (!query) {
      this.list.replaceChildren();
      this.hasResults = false;
      this.list.dataset.query = '';
      this.status.textContent = '';
      return;
    }
    try {
      const answer = await engine.search(query);
      if (ticket !== this.sequence) return; // a newer keystroke already asked
      this.render(answer, query);
    } catch {
      if (ticket === this.sequence) this.status.textContent = this.status.dataset.failed ?? '';
    }
  }

  private render({ results, suggestions }: SearchAnswer, query: string): void {
    const items = results.map((result) => {
      const link = element('a', 'search-result-link');
      link.href = withHighlight(result.url, query);
      link.append(element('span', 'search-result-title', result.title), element('span', 'search-result-category', result.category), excerptElement(result.excerpt));
      const item = element('li', 'search-result');
      item.append(link);
      if (result.sections.length > 0) {
        const sections = element('ul', 'search-result-sections');
        for (const section of result.sections) {
          const sectionLink = element('a', 'search-result-section');
          sectionLink.href = withHighlight(section.url, query);
          sectionLink.append(element('span', 'search-result-section-title', section.title));
          if (section.excerpt.length > 0) sectionLink.append(excerptElement(section.excerpt));
          const sectionItem = element('li');
          sectionItem.append(sectionLink);
          sections.append(sectionItem);
        }
        item.append(sections);
      }
      return item;
    });
    if (suggestions.length > 0) items.push(this.suggestionsElement(suggestions));
    this.hasResults = results.length > 0;
    this.list.replaceChildren(...items);
    this.list.dataset.query = query; // which query the list answers (tests and assistive tools can tell)
    const template = results.length > 0 ? this.status.dataset.count : this.status.dataset.empty;
    this.status.textContent = fillTemplate(template ?? '', { count: results.length, query });
  }

  /** "이런 주제는 어떤가요?" and the nearest topics, when nothing matched. */
  private suggestionsElement(suggestions: SearchAnswer['suggestions']): HTMLLIElement {
    const item = element('li', 'search-suggestions');
    const heading = element('p', 'search-suggestions-title', this.list.dataset.suggestions ?? '');
    heading.id = `${this.list.id}-suggestions`;
    const list = element('ul');
    list.setAttribute('aria-labelledby', heading.id);
    for (const suggestion of suggestions) {
      const link = element('a', 'search-suggestion', suggestion.title);
      link.href = suggestion.url;
      const entry = element('li');
      entry.append(link);
      list.append(entry);
    }
    item.append(heading, list);
    return item;
  }

  private links(): HTMLAnchorElement[] {
    return [...this.list.querySelectorAll<HTMLAnchorElement>('a')];
  }

  private onInputKey(event: KeyboardEvent): void {
    if (event.isComposing || event.keyCode === 229) return; // Enter or arrows finishing a syllable
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      this.links()[0]?.focus();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // Suggestions are offered, not chosen for the reader: Enter opens only a real result.
      const first = this.hasResults ? this.links()[0] : undefined;
      if (first) location.href = first.href;
    }
  }

  private onListKey(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const links = this.links();
    const position = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = position + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) this.input.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  }
}
