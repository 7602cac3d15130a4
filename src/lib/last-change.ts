import type { FileHistory } from './git-history.ts';

/** When a note last changed, as every page shows it (topic page, 최근 변경, Atom feed, sitemap). */
export interface LastChange {
  /** The calendar day, `YYYY-MM-DD` (the committer's own day for a commit). */
  day: string;
  /** The same day at 00:00 UTC, for `formatDate`. */
  date: Date;
  /** An RFC 3339 date-time for the feed and for ordering: the commit's time, or the day at 00:00 UTC. */
  updated: string;
  /** Added (no change since the commit that added it) or changed; unknown without git's history. */
  kind?: 'added' | 'changed';
  source: 'git' | 'frontmatter';
}

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The later of git's newest commit and the note's frontmatter `updated` day. Git usually wins: it knows every
 * change, the author does not have to remember to bump a field, and Starlight dates its pages the same way.
 * The field wins when it names a later day, which is what an author editing a note before committing it
 * writes, and it is all there is for a note git does not know (uncommitted, a content folder outside the
 * repository, cut off by a shallow clone, no git at all). Never the clock or a file's mtime: the same
 * checkout gives the same pages.
 */
export function lastChange(frontmatterUpdated: Date, git: FileHistory | undefined): LastChange {
  const frontmatterDay = dayOf(frontmatterUpdated);
  if (git) {
    const gitDay = git.updated.slice(0, 10);
    if (gitDay >= frontmatterDay) return { day: gitDay, date: new Date(`${gitDay}T00:00:00Z`), updated: git.updated, kind: git.added ? 'added' : 'changed', source: 'git' };
  }
  return {
    day: frontmatterDay,
    date: new Date(`${frontmatterDay}T00:00:00Z`),
    updated: `${frontmatterDay}T00:00:00Z`,
    kind: git ? 'changed' : undefined,
    source: 'frontmatter',
  };
}

/** How many notes the 최근 변경 page and the feed list: enough for a reader catching up, bounded as the site grows. */
export const recentChangesLimit = 50;

/**
 * The notes that changed last, newest first; notes changed at the same moment keep the order they are given
 * in (the reading order), so the list is the same on every build.
 */
export function recentChanges<T extends { lastChange: LastChange }>(topics: readonly T[], limit = recentChangesLimit): T[] {
  return topics
    .map((topic, position) => ({ topic, position, time: Date.parse(topic.lastChange.updated) }))
    .sort((a, b) => b.time - a.time || a.position - b.position)
    .slice(0, limit)
    .map(({ topic }) => topic);
}
