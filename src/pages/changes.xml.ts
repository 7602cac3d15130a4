import type { APIRoute } from 'astro';
import { absoluteUrl, siteLang, siteName } from '../config/site.ts';
import { t } from '../i18n/index.ts';
import { atomFeed } from '../lib/atom-feed.ts';
import { recentChanges } from '../lib/last-change.ts';
import { loadContentIndex } from '../lib/site-content.ts';

/** The 최근 변경 page as an Atom feed: the same notes, in the same order, with the same dates. */
export const GET: APIRoute = async () => {
  const index = await loadContentIndex();
  const body = atomFeed({
    selfUrl: encodeURI(absoluteUrl('/changes.xml')),
    pageUrl: encodeURI(absoluteUrl('/changes/')),
    title: t('changes.feedTitle', { site: siteName }),
    author: siteName,
    lang: siteLang,
    entries: recentChanges(index.topics).map((topic) => ({
      url: encodeURI(absoluteUrl(topic.url)),
      title: topic.title,
      updated: topic.lastChange.updated,
      summary: topic.lastChange.kind
        ? t('changes.entrySummary', { kind: t(topic.lastChange.kind === 'added' ? 'changes.added' : 'changes.changed'), description: topic.description })
        : topic.description,
    })),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
