/** Where a page's Open Graph image lives: `/messaging/kafka/` → `/og/messaging-kafka.jpg`, home → `/og/index.jpg`. */
export function ogImagePath(pageUrl: string): string {
  const name = pageUrl.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'index';
  return `/og/${name}.jpg`;
}
