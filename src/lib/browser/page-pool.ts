import type { Browser, Page } from 'playwright-core';
import { type LocalSite, openLocalSite } from './local-site.ts';

/**
 * Up to `size` pages showing one local site, handed out one job at a time. A page goes back to the pool
 * only when its job returned normally; a job that threw (a crashed page, a closed target, an exception in
 * the page) may have left the page in any state, so the page is closed and a fresh one is opened for the
 * next job. Jobs report a problem with their input (a diagram Mermaid cannot parse) as a value, not by throwing.
 */
export class PagePool {
  readonly #browser: () => Promise<Browser>;
  readonly #site: () => Promise<LocalSite>;
  readonly #size: number;
  #idle: Page[] = [];
  #open = 0;
  #waiting: Array<{ resolve: (page: Page) => void; reject: (error: unknown) => void }> = [];
  /** Pages opened before the last reset belong to a closed browser: they are dropped, not counted. */
  #generation = 0;
  #generationOf = new WeakMap<Page, number>();

  constructor(browser: () => Promise<Browser>, site: () => Promise<LocalSite>, size: number) {
    this.#browser = browser;
    this.#site = site;
    this.#size = size;
  }

  /** Runs `job` on a page of the pool, waiting for one if all are busy. */
  async use<T>(job: (page: Page) => Promise<T>): Promise<T> {
    const page = await this.#acquire();
    let result: T;
    try {
      result = await job(page);
    } catch (error) {
      await this.#replace(page);
      throw error;
    }
    this.#release(page);
    return result;
  }

  /** Forgets every page (the browser that held them closed); waiting jobs fail with `reason`. */
  reset(reason: Error): void {
    this.#generation++;
    this.#idle = [];
    this.#open = 0;
    for (const waiter of this.#waiting.splice(0)) waiter.reject(reason);
  }

  async #acquire(): Promise<Page> {
    const idle = this.#idle.pop();
    if (idle) return idle;
    if (this.#open >= this.#size) return new Promise((resolve, reject) => this.#waiting.push({ resolve, reject }));
    this.#open++;
    const generation = this.#generation;
    try {
      const page = await (await this.#browser()).newPage();
      this.#generationOf.set(page, generation);
      await openLocalSite(page, await this.#site());
      return page;
    } catch (error) {
      // Nobody will free a page if none can be opened: fail the waiting jobs too.
      if (generation === this.#generation) this.#open--;
      for (const waiter of this.#waiting.splice(0)) waiter.reject(error);
      throw error;
    }
  }

  #release(page: Page): void {
    if (this.#generationOf.get(page) !== this.#generation) return;
    const next = this.#waiting.shift();
    if (next) next.resolve(page);
    else this.#idle.push(page);
  }

  async #replace(page: Page): Promise<void> {
    await page.close().catch(() => undefined);
    if (this.#generationOf.get(page) !== this.#generation) return;
    this.#open--;
    const next = this.#waiting.shift();
    if (next) this.#acquire().then(next.resolve, next.reject);
  }
}
