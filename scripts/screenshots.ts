// Takes screenshots of a running site (npm start) for a person to look at: light, dark and mobile.
// Usage: node scripts/screenshots.ts [base-url] [out-dir]   (PNG files are not committed)
import { mkdir } from 'node:fs/promises';
import { launchChromium } from '../src/lib/browser.ts';

const base = process.argv[2] ?? 'http://127.0.0.1:4321/';
const outDir = process.argv[3] ?? 'screenshots';
const pages = (process.env.SHOT_PAGES ?? ',messaging/kafka-reliability/,data/,containers/kubernetes/').split(',');
await mkdir(outDir, { recursive: true });
const browser = await launchChromium();
const variants = [
  { name: 'light', viewport: { width: 1440, height: 1000 }, colorScheme: 'light' as const },
  { name: 'dark', viewport: { width: 1440, height: 1000 }, colorScheme: 'dark' as const },
  { name: 'mobile', viewport: { width: 390, height: 844 }, colorScheme: 'light' as const, isMobile: true, deviceScaleFactor: 2 },
];
for (const variant of variants) {
  const context = await browser.newContext(variant);
  const page = await context.newPage();
  for (const path of pages) {
    await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
    const file = `${outDir}/${variant.name}-${path.replace(/\W+/g, '_') || 'home'}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
    console.log(file);
  }
  await context.close();
}
await browser.close();
