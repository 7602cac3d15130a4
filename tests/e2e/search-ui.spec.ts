import { expect, test } from '@playwright/test';
import { samplePages } from './helpers.ts';

test('search loads nothing until opened, then opens with the button, / and Ctrl+K and closes with Esc', async ({ page }) => {
  const searchRequests: string[] = [];
  page.on('request', (request) => {
    if (/pagefind|search-terms/.test(request.url())) searchRequests.push(request.url());
  });
  await page.goto(samplePages.topic);
  await page.waitForLoadState('networkidle');
  expect(searchRequests).toEqual([]);

  const dialog = page.getByRole('dialog', { name: '노트 검색' });
  await page.getByRole('button', { name: /검색/ }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  expect(searchRequests.length).toBeGreaterThan(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  // Esc closes even when the box holds text (a search field would otherwise only clear itself).
  await dialog.getByRole('searchbox').fill('카프카');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the dialog is keyboard driven: type, move with arrows, open with Enter; focus stays inside', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: '노트 검색' });
  const input = dialog.getByRole('searchbox');
  await input.fill('리더 선출');
  const results = dialog.getByTestId('search-results');
  await expect(results).toHaveAttribute('data-query', '리더 선출');
  const links = results.locator('a');
  expect(await links.count()).toBeGreaterThan(1);
  for (const link of await links.all()) await expect(link).toHaveAttribute('href', /.+/);

  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(input).toBeFocused();

  for (let step = 0; step < 25; step++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  }

  await input.focus();
  await page.keyboard.press('ArrowDown');
  const target = await links.nth(0).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target!.split('?')[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
});

test('results show title, category, a highlighted excerpt and section links to anchors', async ({ page }) => {
  await page.goto('search/?q=%EB%A6%AC%EB%8D%94%20%EC%84%A0%EC%B6%9C');
  const results = page.locator('#search-page-panel').getByTestId('search-results');
  await expect(results).toHaveAttribute('data-query', '리더 선출');
  const first = results.locator(':scope > li').first();
  await expect(first.locator('.search-result-title')).toHaveText('Kafka 고가용성과 장애 처리');
  await expect(first.locator('.search-result-category')).toHaveText('메시징과 이벤트');
  await expect(first.locator('mark').first()).toBeVisible();
  const section = first.locator('.search-result-section').first();
  await expect(section).toHaveAttribute('href', /#(리더-선출|%EB%A6%AC%EB%8D%94-%EC%84%A0%EC%B6%9C)(:~:text=.+)?$/);

  await section.click();
  await expect(page).toHaveURL(/\/messaging\/kafka-reliability\/#/);
  expect(new URL(page.url()).searchParams.has('hl')).toBe(false);
  await expect(page.locator('[id="리더-선출"]')).toBeInViewport();
  await expect(page.locator('article mark.search-hit').first()).toBeVisible();
});

test('the search page runs ?q= on load and keeps the address in step with the box', async ({ page }) => {
  await page.goto('search/?q=k8s');
  const panel = page.locator('#search-page-panel');
  await expect(panel.getByRole('searchbox')).toHaveValue('k8s');
  await expect(panel.getByTestId('search-results').locator('.search-result-title').first()).toHaveText('쿠버네티스 (Kubernetes)');
  await panel.getByRole('searchbox').fill('레디스');
  await expect(page).toHaveURL(/\?q=%EB%A0%88%EB%94%94%EC%8A%A4$/);
  await page.reload();
  await expect(panel.getByTestId('search-results').locator('.search-result-title').first()).toHaveText('레디스 (Redis)');
});

test('typing Korean with an IME: no search on half-composed input, Enter while composing stays put', async ({ page }) => {
  await page.goto('search/');
  const panel = page.locator('#search-page-panel');
  const input = panel.getByRole('searchbox');
  const results = panel.getByTestId('search-results');
  await input.focus();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.insertText', { text: '카프' });
  await expect(results).toHaveAttribute('data-query', '카프');
  // Start composing the next syllable: only the jamo ㅋ so far.
  await cdp.send('Input.imeSetComposition', { text: 'ㅋ', selectionStart: 1, selectionEnd: 1 });
  await page.waitForTimeout(300);
  await expect(results).toHaveAttribute('data-query', '카프');
  const before = page.url();
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  expect(page.url()).toBe(before);
  await cdp.send('Input.insertText', { text: '카' });
  await expect(results).toHaveAttribute('data-query', '카프카');
  await expect(results.locator('.search-result-title').first()).toHaveText('카프카 (Kafka)');
});

test('a query containing HTML is shown as text and injects nothing', async ({ page }) => {
  let dialogOpened = false;
  page.on('dialog', async (dialog) => {
    dialogOpened = true;
    await dialog.dismiss();
  });
  await page.goto('search/');
  const panel = page.locator('#search-page-panel');
  const hostile = '<img src=x onerror=alert(1)>카프카';
  await panel.getByRole('searchbox').fill(hostile);
  await expect(panel.getByTestId('search-results')).toHaveAttribute('data-query', hostile);
  await expect(panel.locator('img')).toHaveCount(0);
  await expect(panel.locator('.search-status')).toContainText(/결과|없습니다/);
  expect(dialogOpened).toBe(false);
});

test('aliases find a page but never show up in its excerpt', async ({ page }) => {
  await page.goto('search/?q=%EC%94%A8%EB%94%94%EC%97%94');
  const results = page.locator('#search-page-panel').getByTestId('search-results');
  await expect(results.locator('.search-result-title').first()).toHaveText('콘텐츠 전송 네트워크 (CDN)');
  await expect(results.locator('.search-result-excerpt').first()).not.toContainText('씨디엔');
});

/** The search page's results for a query, once the list answers it. */
async function searchFor(page: import('@playwright/test').Page, query: string) {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  const results = page.locator('#search-page-panel').getByTestId('search-results');
  await expect(results).toHaveAttribute('data-query', query);
  return results;
}

test('excerpts keep table cells apart and do not repeat the category and title', async ({ page }) => {
  test.setTimeout(120_000);
  for (const query of ['Redisson', '파티션', '일관성 우선']) {
    const results = await searchFor(page, query);
    const entries = await results.locator(':scope > li.search-result').evaluateAll((items) =>
      items.slice(0, 5).map((item) => ({
        url: item.querySelector('a')!.href,
        title: item.querySelector('.search-result-title')!.textContent!,
        category: item.querySelector('.search-result-category')!.textContent!,
        excerpts: [...item.querySelectorAll('.search-result-excerpt')].map((excerpt) => excerpt.textContent!),
      })),
    );
    expect(entries.length, query).toBeGreaterThan(0);
    for (const entry of entries) {
      // Every pair of neighbouring cells on the page, glued as the old excerpts showed them.
      const glued = await page.evaluate(async (url) => {
        const html = await (await fetch(url)).text();
        const doc = new DOMParser().parseFromString(html, 'text/html');
        return [...doc.querySelectorAll('article tr')].flatMap((row) => {
          const cells = [...row.children].map((cell) => cell.textContent!.trim()).filter(Boolean);
          return cells.slice(1).map((cell, index) => `${cells[index]!.slice(-6)}${cell.slice(0, 6)}`);
        });
      }, entry.url);
      for (const excerpt of entry.excerpts) {
        for (const pair of glued) expect(excerpt, `${query}: ${entry.url}`).not.toContain(pair);
        expect(excerpt, `${query}: ${entry.url}`).not.toContain(`${entry.title}. `);
        if (entry.category) expect(excerpt, `${query}: ${entry.url}`).not.toContain(`${entry.category}. `);
      }
    }
  }
});

test('the glossary and the checklist rank below the topics unless the query names them', async ({ page }) => {
  test.setTimeout(120_000);
  const isReference = (url: string) => /\/(glossary|checklist)\/(\?|#|$)/.test(new URL(url).pathname + new URL(url).search);
  for (const query of ['Redisson', '파티션', '리더 선출', '오프셋']) {
    const results = await searchFor(page, query);
    const urls = await results.locator(':scope > li.search-result > a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    const firstReference = urls.findIndex(isReference);
    const lastTopic = urls.findLastIndex((url) => !isReference(url));
    if (firstReference >= 0) expect(firstReference, `${query}: ${urls.join(' ')}`).toBeGreaterThan(lastTopic);
  }
  for (const [query, path] of [
    ['용어집', '/glossary/'],
    ['체크리스트', '/checklist/'],
  ] as const) {
    const results = await searchFor(page, query);
    const first = await results.locator(':scope > li.search-result > a').first().getAttribute('href');
    expect(new URL(first!, page.url()).pathname, query).toBe(path);
  }
});

test('a query nothing really matches says so and offers the nearest topics instead of unrelated pages', async ({ page }) => {
  test.setTimeout(120_000);
  // An English word and a Korean phrase in no note: no unrelated pages, no suggestions sharing only a letter pair.
  for (const query of ['serendipity', 'blockchain', '바나나 우유']) {
    const results = await searchFor(page, query);
    await expect(results.locator('li.search-result')).toHaveCount(0);
    await expect(page.locator('#search-page-panel .search-status')).toContainText('맞는 노트가 없습니다');
  }
  // Only the pages about circuit breaking (the gateway's 회로 차단 and MSA's Circuit Breaker, one entry of the
  // loanword dictionary) and, below them, the glossary that defines it; not every page that mentions a 회로.
  const partly = await searchFor(page, '회로 차단기');
  const pages = await partly.locator('li.search-result > a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  expect(pages.filter((path) => path !== '/glossary/').sort()).toEqual(['/api/api-gateway/', '/architecture/msa/']);
  expect(pages.indexOf('/glossary/')).not.toBeLessThan(pages.length - 1);
  // A misspelt-beyond-typos name still points at its topic.
  const results = await searchFor(page, '쿠버네티즈 클러스터링');
  await expect(results.locator('li.search-result')).toHaveCount(0);
  await expect(results.getByText('이런 주제는 어떤가요?')).toBeVisible();
  await expect(results.locator('.search-suggestion').first()).toHaveText('쿠버네티스 (Kubernetes)');
  // Enter does not pick a suggestion for the reader.
  const before = page.url();
  await page.locator('#search-page-panel').getByRole('searchbox').press('Enter');
  await page.waitForTimeout(300);
  expect(page.url()).toBe(before);
});

test('a page found only in one section opens at that section, with Enter and with a click', async ({ page }) => {
  // "멱등성" appears on the message-queue page only in the example architecture's diagram.
  await page.goto('./');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: '노트 검색' });
  await dialog.getByRole('searchbox').fill('멱등성');
  const results = dialog.getByTestId('search-results');
  await expect(results).toHaveAttribute('data-query', '멱등성');
  const link = results.locator('li.search-result > a[href*="/messaging/message-queue/"]');
  await expect(link).toHaveAttribute('href', /#/);
  const hash = new URL((await link.getAttribute('href'))!, page.url()).hash;
  expect(decodeURIComponent(hash).replace(/:~:.*$/, '')).toBe('#예시-아키텍처');
  await link.click();
  await expect(page).toHaveURL(/\/messaging\/message-queue\/#/);
  await expect(page.locator('[id="예시-아키텍처"]')).toBeInViewport();
});

test('a result link carries a text fragment, and Chromium opens the page at the words, not at the top of their section', async ({ page }) => {
  // "TTL이" is in the body of "기본 구현 (SET NX EX)", more than a screen below that heading.
  const results = await searchFor(page, 'TTL');
  const link = results
    .locator('a.search-result-section[href*="/data/distributed-lock/"]')
    .filter({ has: page.locator('mark') })
    .first();
  const href = (await link.getAttribute('href'))!;
  const [address, directive] = href.split(':~:text=');
  expect(directive, href).toBeTruthy();
  expect(address).toContain('?hl=TTL'); // the highlight stays
  expect(decodeURIComponent(address!.split('#')[1]!)).toBe('기본-구현-set-nx-ex'); // and the section id stays as the fallback
  const words = directive!
    .split(',')
    .map(decodeURIComponent)
    .find((term) => !term.startsWith('-') && !term.endsWith('-'))!;
  await link.click();
  await expect(page).toHaveURL(/\/data\/distributed-lock\/#/);
  const block = page.locator('article li, article p').filter({ hasText: words }).first();
  await expect(block).toBeInViewport();
  await expect(page.locator('[id="기본-구현-set-nx-ex"]')).not.toBeInViewport();
});

test('an English word the notes write in Korean finds its page: idempotent → 멱등성', async ({ page }) => {
  const results = await searchFor(page, 'idempotent');
  await expect(results.locator('li.search-result > a').first()).toHaveAttribute('href', /\/messaging\/message-queue\//);
});

test('robust queries: lone surrogates, $ patterns, keys that spell no Hangul and over-long queries', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('search/');
  const panel = page.locator('#search-page-panel');
  const input = panel.getByRole('searchbox');
  const results = panel.getByTestId('search-results');
  const status = panel.locator('.search-status');
  // A lone surrogate (pasted half of an emoji) is dropped, not a failure to load the index.
  await input.evaluate((element: HTMLInputElement) => {
    element.value = '\ud800카프카';
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(results).toHaveAttribute('data-query', '카프카');
  await expect(status).not.toContainText('불러오지 못했습니다');
  await expect(results.locator('.search-result-title').first()).toHaveText('카프카 (Kafka)');
  // `$&`, `$'` and `` $` `` are shown as typed in the status line, not read as replacement patterns.
  const dollars = "zzq$&$'$`";
  await input.fill(dollars);
  await expect(results).toHaveAttribute('data-query', dollars);
  await expect(status).toContainText(`‘${dollars}’에 맞는 노트가 없습니다`);
  // English words whose keys spell no Hangul (es-hangul throws on `hotfix`): searched, not a failure.
  for (const word of ['hotfix', 'phoenix']) {
    await input.fill(word);
    await expect(results).toHaveAttribute('data-query', word);
    await expect(status).not.toContainText('불러오지 못했습니다');
  }
  // A query is cut at 100 characters before the index and the address bar; the box itself takes no more.
  await expect(input).toHaveAttribute('maxlength', '100');
  const long = '카프카'.repeat(200);
  await page.goto(`search/?q=${encodeURIComponent(long)}`);
  await expect(results).toHaveAttribute('data-query', long.slice(0, 100));
  await expect(input).toHaveValue(long.slice(0, 100));
  expect(new URL(page.url()).searchParams.get('q')).toBe(long.slice(0, 100));
});
