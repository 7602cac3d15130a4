import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { absoluteUrl, basePath, editBaseUrl, noteEditUrl } from '../../src/config/site.ts';
import { builtPages, expectNoProblems, samplePages, watchForProblems } from './helpers.ts';

const topicPages = builtPages().filter((page) => /^[a-z-]+\/[a-z0-9-]+\/$/.test(page) && !page.startsWith('tags/'));

/** The later of git's last commit day for a note and its frontmatter `updated` (git absent: the frontmatter). */
function expectedDay(notePath: string): string {
  const frontmatter = /^updated:\s*(\d{4}-\d{2}-\d{2})/m.exec(readFileSync(notePath, 'utf8'))![1]!;
  const git = spawnSync('git', ['log', '-1', '--no-merges', '--format=%cI %P', '--', notePath], { encoding: 'utf8' });
  const [committed = '', parents] = git.status === 0 ? git.stdout.trim().split(' ') : [];
  // A shallow clone's cut-off commit (no parents) claims every file; the build trusts only the commits after it.
  const shallow = spawnSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).stdout?.trim() === 'true';
  const gitDay = shallow && !parents ? '' : committed.slice(0, 10);
  return [gitDay, frontmatter].sort().at(-1)!;
}

test('최근 변경 lists every note once, newest first, and each link opens the note with the same date', async ({ page }) => {
  const watch = watchForProblems(page);
  await page.goto('changes/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('최근 변경');
  const items = page.locator('ol.changes > li');
  await expect(items).toHaveCount(Math.min(topicPages.length, 50));
  const days = await items.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  for (const day of days) expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(days).toEqual([...days].sort().reverse());
  const hrefs = await items.locator('.change-title a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(new Set(hrefs).size).toBe(hrefs.length);
  expect(hrefs.map((href) => href.slice(basePath.length)).sort()).toEqual([...topicPages].sort());

  const first = items.first();
  const title = (await first.locator('.change-title a').textContent())!.trim();
  await first.locator('.change-title a').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('.topic-updated time')).toHaveAttribute('datetime', days[0]!);
  await expectNoProblems(watch);
});

test('a topic page shows 마지막 수정 from git (or its frontmatter), the sitemap says the same, and the edit link follows the setting', async ({ page, request }) => {
  const watch = watchForProblems(page);
  await page.goto(samplePages.topic);
  const day = expectedDay(`content/${samplePages.topic.replace(/\/$/, '')}.mdx`);
  const updated = page.locator('.topic-updated');
  await expect(updated).toContainText('마지막 수정');
  await expect(updated.locator('time')).toHaveAttribute('datetime', day);
  const [year, month, date] = day.split('-').map(Number);
  await expect(updated.locator('time')).toHaveText(`${year}년 ${month}월 ${date}일`);
  await expect(updated.getByRole('link', { name: '최근 변경' })).toHaveAttribute('href', `${basePath}changes/`);

  const edit = page.getByRole('link', { name: '이 페이지 편집' });
  if (editBaseUrl) {
    await expect(edit).toHaveAttribute('href', noteEditUrl(samplePages.topic.replace(/\/$/, ''))!);
    await expect(edit).toHaveAttribute('rel', 'noopener noreferrer');
  } else {
    await expect(edit).toHaveCount(0);
  }
  await expectNoProblems(watch);

  const sitemap = await (await request.get('sitemap.xml')).text();
  expect(sitemap).toContain(`<loc>${absoluteUrl(`/${samplePages.topic}`)}</loc><lastmod>${day}</lastmod>`);
});

test('every page names the Atom feed, which is well-formed Atom listing the same notes as 최근 변경', async ({ page, request }) => {
  await page.goto('');
  const alternate = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(alternate).toHaveCount(1);
  await expect(alternate).toHaveAttribute('href', `${basePath}changes.xml`);

  const response = await request.get('changes.xml');
  expect(response.status()).toBe(200);
  // Static hosts (serve.ts, nginx, GitHub Pages) type .xml by its extension; feed readers accept both.
  expect(response.headers()['content-type']).toMatch(/^application\/(atom\+)?xml/);
  const xml = await response.text();

  // Chromium's own XML parser: a parse error, a wrong namespace or a missing element fails here.
  const parsed = await page.evaluate((text) => {
    const atom = 'http://www.w3.org/2005/Atom';
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const root = doc.documentElement;
    const child = (parent: Element, name: string) => [...parent.children].filter((element) => element.namespaceURI === atom && element.localName === name);
    return {
      error: doc.getElementsByTagName('parsererror').length > 0,
      root: `${root.namespaceURI} ${root.localName}`,
      id: child(root, 'id')[0]?.textContent,
      title: child(root, 'title')[0]?.textContent,
      updated: child(root, 'updated')[0]?.textContent,
      self: child(root, 'link')
        .find((link) => link.getAttribute('rel') === 'self')
        ?.getAttribute('href'),
      entries: child(root, 'entry').map((entry) => ({
        id: child(entry, 'id')[0]?.textContent,
        title: child(entry, 'title')[0]?.textContent,
        link: child(entry, 'link')[0]?.getAttribute('href'),
        updated: child(entry, 'updated')[0]?.textContent,
        summary: child(entry, 'summary')[0]?.textContent,
      })),
    };
  }, xml);
  expect(parsed.error).toBe(false);
  expect(parsed.root).toBe('http://www.w3.org/2005/Atom feed');
  expect(parsed.id).toBe(absoluteUrl('/changes.xml'));
  expect(parsed.self).toBe(absoluteUrl('/changes.xml'));
  expect(parsed.title).toBe('인프라 노트 최근 변경');
  expect(parsed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);

  await page.goto('changes/');
  const listed = await page.locator('.change-title a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  const origin = new URL(page.url()).origin;
  expect(parsed.entries.map((entry) => new URL(entry.link!).pathname)).toEqual(listed.map((href) => new URL(href, origin).pathname));
  for (const entry of parsed.entries) {
    expect(entry.id).toBe(entry.link);
    expect(entry.link!.startsWith(absoluteUrl('/'))).toBe(true);
    expect(entry.title).toBeTruthy();
    expect(entry.summary).toBeTruthy();
    expect(Date.parse(entry.updated!)).not.toBeNaN();
    expect(Date.parse(entry.updated!)).toBeLessThanOrEqual(Date.parse(parsed.updated!));
  }
});
