import { nearestTopics, type TopicCandidate } from '../lib/nearest-topics.ts';

/**
 * The 404 page's "혹시 이 주제인가요?": the page carries every topic hidden; this shows the (at most three)
 * nearest to the address the reader typed, or leaves the section hidden when none is near.
 */
export function initSuggestions(): void {
  const section = document.querySelector<HTMLElement>('[data-suggestions]');
  if (!section) return;
  const items = [...section.querySelectorAll<HTMLElement>('[data-topic-url]')];
  const candidates = items.map((item): TopicCandidate & { item: HTMLElement } => ({
    item,
    url: item.dataset.topicUrl!,
    category: item.dataset.topicCategory!,
    names: JSON.parse(item.dataset.topicNames!) as string[],
  }));
  const nearest = nearestTopics(location.pathname, section.dataset.base!, candidates) as typeof candidates;
  if (nearest.length === 0) return;
  // Nearest first: move the shown items to the top in that order.
  const list = section.querySelector('ul')!;
  for (const { item } of nearest.reverse()) {
    item.hidden = false;
    list.prepend(item);
  }
  section.hidden = false;
}
