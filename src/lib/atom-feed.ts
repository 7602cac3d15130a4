/** One entry of an Atom feed: a page, when it last changed, and a line about it. */
interface FeedEntry {
  /** Absolute URL of the page; also the entry's permanent id. */
  url: string;
  title: string;
  /** RFC 3339 date-time. */
  updated: string;
  summary: string;
}

export interface Feed {
  /** Absolute URL of the feed itself (rel="self"); also the feed's id. */
  selfUrl: string;
  /** Absolute URL of the HTML page the feed mirrors (rel="alternate"). */
  pageUrl: string;
  title: string;
  author: string;
  lang: string;
  entries: readonly FeedEntry[];
}

const xmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text and attribute values escaped for XML; characters XML 1.0 cannot hold at all are dropped. */
function xml(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters XML 1.0 forbids
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (character) => xmlEscapes[character]!);
}

/**
 * An Atom 1.0 document (RFC 4287). The feed's `updated` is its newest entry's, never the clock, so the same
 * notes give the same bytes; an empty feed is dated at the Unix epoch.
 */
export function atomFeed(feed: Feed): string {
  const updated = feed.entries.map((entry) => entry.updated).reduce((newest, candidate) => (Date.parse(candidate) > Date.parse(newest) ? candidate : newest), '1970-01-01T00:00:00Z');
  const entries = feed.entries.map(
    (entry) => `  <entry>
    <id>${xml(entry.url)}</id>
    <title>${xml(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(entry.url)}"/>
    <updated>${xml(entry.updated)}</updated>
    <summary>${xml(entry.summary)}</summary>
  </entry>
`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xml(feed.lang)}">
  <id>${xml(feed.selfUrl)}</id>
  <title>${xml(feed.title)}</title>
  <updated>${xml(updated)}</updated>
  <author><name>${xml(feed.author)}</name></author>
  <link rel="self" type="application/atom+xml" href="${xml(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${xml(feed.pageUrl)}"/>
${entries.join('')}</feed>
`;
}
