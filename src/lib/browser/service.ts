import type { Browser } from 'playwright-core';
import { launchChromium } from '../browser.ts';
import type { LocalSite } from './local-site.ts';
import { PagePool } from './page-pool.ts';

/** Pages per kind of page: two keep both cores of the build machine busy. */
const pagesPerPool = 2;

/**
 * The build's one Chromium: started on first use, shared by the diagram renderer and the Open Graph card
 * painter (each with its own pool of pages on its own local site), closed when the build ends.
 *
 * Closing: `endOfBuild()` closes the browser now if no page is in use, and from then on whenever the last
 * job finishes. Work after the end (the post-build step draws cards after the diagram integration said the
 * build ended) starts the browser again and closes it when done, so no Chromium outlives the build and the
 * process is free to exit.
 */
export class BrowserService {
  #browser?: Promise<Browser>;
  #pools = new Map<string, PagePool>();
  #ended = false;
  #active = 0;
  #closing?: Promise<void>;

  /** The pool of pages showing `site`, made on first use; `site` is built once, when the first page opens. */
  pool(name: string, site: () => Promise<LocalSite>): PagePool {
    let pool = this.#pools.get(name);
    if (!pool) {
      let loaded: Promise<LocalSite> | undefined;
      pool = new PagePool(
        () => this.#launch(),
        () => (loaded ??= site()),
        pagesPerPool,
      );
      this.#pools.set(name, pool);
    }
    return pool;
  }

  /**
   * Runs `work` (which uses pages of the pools) while keeping the browser open. After `endOfBuild()`, the
   * browser closes when the last running `work` finishes; a batch of jobs is one `work`, so the browser is
   * not closed and started again between two of its jobs.
   */
  async run<T>(work: () => Promise<T>): Promise<T> {
    this.#active++;
    try {
      return await work();
    } finally {
      this.#active--;
      if (this.#ended && this.#active === 0) await this.close();
    }
  }

  /** The build is over: close the browser once nothing uses it (now, or after the last running job). */
  async endOfBuild(): Promise<void> {
    this.#ended = true;
    if (this.#active === 0) await this.close();
  }

  /** Closes the browser now; pools forget their pages. A later job starts a new browser. */
  async close(): Promise<void> {
    const browser = this.#browser;
    this.#browser = undefined;
    if (!browser) return this.#closing;
    for (const pool of this.#pools.values()) pool.reset(new Error('브라우저를 닫았습니다.'));
    this.#closing = browser.then((running) => running.close()).catch(() => undefined);
    await this.#closing;
  }

  #launch(): Promise<Browser> {
    if (!this.#browser) {
      const launched = launchChromium();
      this.#browser = launched;
      // A crashed browser is forgotten, so the next job starts a new one instead of failing on a dead one.
      void launched.then(
        (browser) =>
          browser.on('disconnected', () => {
            if (this.#browser !== launched) return;
            this.#browser = undefined;
            for (const pool of this.#pools.values()) pool.reset(new Error('브라우저가 예기치 않게 종료되었습니다.'));
          }),
        () => undefined,
      );
    }
    return this.#browser;
  }
}

/** The one browser service of the process. */
export const browserService = new BrowserService();
