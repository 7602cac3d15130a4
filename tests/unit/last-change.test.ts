import { describe, expect, it } from 'vitest';
import { lastChange, recentChanges } from '../../src/lib/last-change.ts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe('lastChange', () => {
  it('takes git’s commit when it is as late as the frontmatter or later, on the committer’s own day', () => {
    const change = lastChange(day('2026-11-23'), { updated: '2026-11-26T01:30:00+09:00', added: false });
    expect(change).toEqual({ day: '2026-11-26', date: day('2026-11-26'), updated: '2026-11-26T01:30:00+09:00', kind: 'changed', source: 'git' });
    expect(lastChange(day('2026-11-23'), { updated: '2026-11-23T08:00:00Z', added: true })).toMatchObject({ day: '2026-11-23', kind: 'added', source: 'git' });
  });

  it('takes the frontmatter day when it is later than the last commit (an edit not yet committed)', () => {
    expect(lastChange(day('2026-12-01'), { updated: '2026-11-23T08:00:00Z', added: true })).toEqual({
      day: '2026-12-01',
      date: day('2026-12-01'),
      updated: '2026-12-01T00:00:00Z',
      kind: 'changed',
      source: 'frontmatter',
    });
  });

  it('without git, dates the note by its frontmatter and does not guess added or changed', () => {
    expect(lastChange(day('2026-11-23'), undefined)).toEqual({ day: '2026-11-23', date: day('2026-11-23'), updated: '2026-11-23T00:00:00Z', kind: undefined, source: 'frontmatter' });
  });
});

describe('recentChanges', () => {
  const topic = (id: string, updated: string) => ({ id, lastChange: { ...lastChange(day('2020-01-01'), { updated, added: false }) } });

  it('lists newest first by the moment, across time zones, keeping the given order for ties, up to the limit', () => {
    const topics = [
      topic('a', '2026-11-23T10:00:00Z'),
      topic('b', '2026-11-24T08:00:00+09:00'), // 23:00 UTC on the 23rd: after a
      topic('c', '2026-11-25T00:00:00Z'),
      topic('d', '2026-11-23T10:00:00Z'),
    ];
    expect(recentChanges(topics).map((t) => t.id)).toEqual(['c', 'b', 'a', 'd']);
    expect(recentChanges(topics, 2).map((t) => t.id)).toEqual(['c', 'b']);
  });
});
