const longKoreanDate = new Intl.DateTimeFormat('ko-KR', { dateStyle: 'long', timeZone: 'UTC' });

/** `2026년 11월 23일`. Dates in frontmatter are calendar days, so they are read in UTC. */
export function formatDate(date: Date): string {
  return longKoreanDate.format(date);
}
