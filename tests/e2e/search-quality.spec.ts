import { expect, type Page, test } from '@playwright/test';
import { type SearchCase, searchCases } from './search-queries.ts';

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

function hit(results: Awaited<ReturnType<typeof topResults>>, expected: SearchCase): boolean {
  const found = results.find((result) => result.page === expected.page);
  return Boolean(found && (!expected.section || found.sections.slice(0, 3).includes(expected.section)));
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

test('hit@3 per class, beside plain Pagefind on the same index', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('search/');
  const rows = new Map<string, { total: number; ours: number; plain: number }>();
  for (const expected of searchCases) {
    const ours = hit(await topResults(page, expected.query), expected);
    const plain = await page.evaluate(async (query) => {
      const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
      const search = await pagefind.search(query);
      const data = await Promise.all(search.results.slice(0, 3).map((result: { data(): Promise<unknown> }) => result.data()));
      return (data as Array<{ url: string; sub_results: Array<{ url: string }> }>).map((result) => ({
        page: new URL(result.url, location.origin).pathname,
        sections: result.sub_results.map((sub) => decodeURIComponent(new URL(sub.url, location.origin).hash.slice(1))).filter(Boolean),
      }));
    }, expected.query);
    const row = rows.get(expected.kind) ?? { total: 0, ours: 0, plain: 0 };
    row.total++;
    if (ours) row.ours++;
    if (hit(plain, expected)) row.plain++;
    rows.set(expected.kind, row);
  }
  const lines = [...rows].map(([kind, row]) => `${kind.padEnd(8)} ${String(row.total).padStart(3)}  ours ${row.ours}/${row.total}  plain Pagefind ${row.plain}/${row.total}`);
  console.log(`hit@3 by class:\n${lines.join('\n')}`);
  const total = [...rows.values()].reduce((sum, row) => ({ ours: sum.ours + row.ours, plain: sum.plain + row.plain, total: sum.total + row.total }), { ours: 0, plain: 0, total: 0 });
  console.log(`all: ours ${total.ours}/${total.total}, plain Pagefind ${total.plain}/${total.total}`);
  expect(total.total).toBeGreaterThanOrEqual(60);
  expect(total.ours).toBeGreaterThan(total.plain);
});
