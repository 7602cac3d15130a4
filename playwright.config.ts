import { defineConfig } from '@playwright/test';
import { basePath } from './src/config/site.ts';
import { chromiumLaunchOptions } from './src/lib/browser.ts';

/**
 * End-to-end tests run in real Chromium (Debian's, or $CHROMIUM_PATH, or Playwright's own) against the
 * production build in dist/, served on 127.0.0.1 by the same static server as `npm start`.
 * `npm test` builds first; run `npx playwright test` alone only after `npm run build`.
 */
const port = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  // The suite shares 2 cores with Chromium and nginx; under load a page's scripts can take more than
  // Playwright's default 5 s to react, which failed assertions that were right (seen on a busy machine).
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath}`,
    locale: 'ko-KR',
    launchOptions: chromiumLaunchOptions(),
    trace: 'off',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // The same Node that runs the tests (the project's Node 22 under npm scripts).
    command: `"${process.execPath}" scripts/serve.ts`,
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}${basePath}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
