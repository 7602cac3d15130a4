import { afterAll, describe, expect, it } from 'vitest';
import type { LocalSite } from '../../src/lib/browser/local-site.ts';
import { BrowserService } from '../../src/lib/browser/service.ts';

const site = async (): Promise<LocalSite> => ({
  origin: 'http://test-site.invalid',
  files: new Map([
    ['/', { contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>local</title><script src="/ok.js"></script>' }],
    ['/ok.js', { contentType: 'text/javascript', body: 'window.loaded = "ok";' }],
  ]),
});

const service = new BrowserService();
afterAll(() => service.close());

describe('BrowserService', () => {
  it('serves a page its allow-listed files and nothing else: no other path, no other origin', async () => {
    const result = await service.pool('test', site).use((page) =>
      page.evaluate(async () => {
        const status = (url: string) =>
          fetch(url).then(
            (response) => `${response.status}`,
            () => 'blocked',
          );
        return {
          loaded: (window as unknown as { loaded?: string }).loaded,
          unlisted: await status('/secret.txt'),
          network: await status('http://example.com/'),
        };
      }),
    );
    expect(result).toEqual({ loaded: 'ok', unlisted: 'blocked', network: 'blocked' });
  });

  it('replaces a page whose job failed instead of handing it out again', async () => {
    const pool = service.pool('replace', site);
    const first = await pool.use(async (page) => {
      await page.evaluate(() => ((window as unknown as { marked: boolean }).marked = true));
      return page;
    });
    // A page that came back normally is reused…
    expect(await pool.use(async (page) => page === first)).toBe(true);
    await expect(
      pool.use(async (page) => {
        await page.evaluate(() => ((window as unknown as { marked: boolean }).marked = true));
        throw new Error('job failed');
      }),
    ).rejects.toThrow('job failed');
    // …a page whose job threw is closed, and the next job gets a fresh one.
    expect(first.isClosed()).toBe(true);
    expect(await pool.use((page) => page.evaluate(() => (window as unknown as { marked?: boolean }).marked ?? false))).toBe(false);
  });

  it('keeps at most two pages of a pool busy, and shares one browser between pools', async () => {
    const busy = new Map<string, number>();
    const most = new Map<string, number>();
    const browsers = new Set<unknown>();
    // The first two jobs of a pool wait for each other: they can only both finish if the pool runs them at once.
    const barriers = new Map<string, { arrived: number; open: () => void; opened: Promise<void> }>();
    for (const name of ['a', 'b']) {
      let open!: () => void;
      const opened = new Promise<void>((resolve) => (open = resolve));
      barriers.set(name, { arrived: 0, open, opened });
    }
    const job = (name: string, index: number) =>
      service.pool(name, site).use(async (page) => {
        browsers.add(page.context().browser());
        busy.set(name, (busy.get(name) ?? 0) + 1);
        most.set(name, Math.max(most.get(name) ?? 0, busy.get(name)!));
        if (index < 2) {
          const barrier = barriers.get(name)!;
          if (++barrier.arrived === 2) barrier.open();
          await barrier.opened;
        }
        await page.waitForTimeout(20);
        busy.set(name, busy.get(name)! - 1);
      });
    await Promise.all(['a', 'b'].flatMap((name) => Array.from({ length: 5 }, (_, index) => job(name, index))));
    expect(Object.fromEntries(most)).toEqual({ a: 2, b: 2 });
    expect(browsers.size).toBe(1);
  });

  it('closes the browser when the build ends, and again after work that comes later', async () => {
    const pool = service.pool('lifetime', site);
    const browser = await pool.use(async (page) => page.context().browser()!);
    expect(browser.isConnected()).toBe(true);
    await service.endOfBuild();
    expect(browser.isConnected()).toBe(false);
    // Cards drawn by the post-build step after the end: a new browser, closed as soon as the work is done.
    const later = await service.run(() => pool.use(async (page) => page.context().browser()!));
    expect(later).not.toBe(browser);
    expect(later.isConnected()).toBe(false);
  });
});
