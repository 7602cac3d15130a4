import { expect, type Page, test } from '@playwright/test';
import { newKinds, type SearchCase, searchCases } from './search-queries.ts';

/** Top-3 page URLs and, per page, its section links, as the search page shows them. */
async function topResults(page: Page, query: string) {
  const panel = page.locator('#search-page-panel');
  await panel.locator('input').fill(query);
  const list = panel.getByTestId('search-results');
  await expect(list).toHaveAttribute('data-query', query.trim());
  return list.locator(':scope > li').evaluateAll((items) =>
    items.slice(0, 3).map((item) => ({
      page: new URL(item.querySelector('a')!.href).pathname,
      sections: [...item.querySelectorAll<HTMLAnchorElement>('.search-result-section')].map((link) => decodeURIComponent(new URL(link.href).hash.slice(1).replace(/:~:.*$/, ''))),
    })),
  );
}

type Shown = Awaited<ReturnType<typeof topResults>>;

/** hit@3: the page is among the first 3, and the section (if any) among that page's first 3 sub-results. */
function hit(results: Shown, expected: SearchCase): boolean {
  const found = results.find((result) => result.page === expected.page);
  return Boolean(found && (!expected.section || found.sections.slice(0, 3).includes(expected.section)));
}

/** hit@1: the page is first, and the section (if any) is its first sub-result. */
function hitFirst(results: Shown, expected: SearchCase): boolean {
  const first = results[0];
  return Boolean(first && first.page === expected.page && (!expected.section || first.sections[0] === expected.section));
}

test.describe('Korean query suite: the expected page (and section) is in the top 3', () => {
  for (const expected of searchCases) {
    test(`[${expected.kind}] ${expected.query}`, async ({ page }) => {
      await page.goto('search/');
      const results = await topResults(page, expected.query);
      expect(hit(results, expected), JSON.stringify(results)).toBe(true);
    });
  }
});

test('hit@1 and hit@3 per class, beside plain Pagefind on the same index', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('search/');
  const rows = new Map<string, { total: number; ours1: number; ours3: number; plain1: number; plain3: number }>();
  for (const expected of searchCases) {
    const ours = await topResults(page, expected.query);
    const plain = await page.evaluate(async (query) => {
      const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
      const search = await pagefind.search(query);
      const data = await Promise.all(search.results.slice(0, 3).map((result: { data(): Promise<unknown> }) => result.data()));
      return (data as Array<{ url: string; sub_results: Array<{ url: string }> }>).map((result) => ({
        page: new URL(result.url, location.origin).pathname,
        sections: result.sub_results.map((sub) => decodeURIComponent(new URL(sub.url, location.origin).hash.slice(1))).filter(Boolean),
      }));
    }, expected.query);
    const row = rows.get(expected.kind) ?? { total: 0, ours1: 0, ours3: 0, plain1: 0, plain3: 0 };
    row.total++;
    row.ours1 += Number(hitFirst(ours, expected));
    row.ours3 += Number(hit(ours, expected));
    row.plain1 += Number(hitFirst(plain, expected));
    row.plain3 += Number(hit(plain, expected));
    rows.set(expected.kind, row);
  }
  const percent = (count: number, total: number) => `${((100 * count) / total).toFixed(0).padStart(3)} %`;
  const line = (kind: string, row: { total: number; ours1: number; ours3: number; plain1: number; plain3: number }) =>
    `${kind.padEnd(8)} ${String(row.total).padStart(3)} | ours hit@1 ${percent(row.ours1, row.total)} hit@3 ${percent(row.ours3, row.total)} | plain Pagefind hit@1 ${percent(row.plain1, row.total)} hit@3 ${percent(row.plain3, row.total)}`;
  const sum = (kinds: string[]) =>
    kinds
      .map((kind) => rows.get(kind)!)
      .reduce((total, row) => ({
        total: total.total + row.total,
        ours1: total.ours1 + row.ours1,
        ours3: total.ours3 + row.ours3,
        plain1: total.plain1 + row.plain1,
        plain3: total.plain3 + row.plain3,
      }));
  const fresh = sum([...newKinds]);
  const all = sum([...rows.keys()]);
  console.log(`search quality by class:\n${[...rows].map(([kind, row]) => line(kind, row)).join('\n')}\n${line('새 분류 합계', fresh)}\n${line('전체', all)}`);
  expect(all.total).toBeGreaterThanOrEqual(100);
  expect(fresh.total).toBeGreaterThanOrEqual(40);
  expect(all.ours3).toBeGreaterThan(all.plain3);
  // Issue 18's bar for the new classes, and section queries at least as good as plain Pagefind.
  expect(fresh.ours3 / fresh.total).toBeGreaterThanOrEqual(0.95);
  expect(fresh.ours1 / fresh.total).toBeGreaterThanOrEqual(0.9);
  const sections = rows.get('절 이름')!;
  expect(sections.ours1).toBeGreaterThanOrEqual(sections.plain1);
  expect(sections.ours3).toBeGreaterThanOrEqual(sections.plain3);
});
