import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, LaunchOptions } from 'playwright-core';

/**
 * The one place that decides which Chromium runs: the Mermaid renderer, the tests and the benchmarks all
 * launch through here. Order: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own
 * downloaded browser (a developer laptop), which needs `playwright` to have installed one.
 */
const debianChromium = '/usr/bin/chromium';

/** Flags for a sandboxed CI machine with no network: no background traffic, no GPU, no first-run UI. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

export function chromiumExecutable(): string | undefined {
  const override = process.env.CHROMIUM_PATH;
  if (override) {
    if (!existsSync(override)) {
      throw new Error(`CHROMIUM_PATH="${override}" 파일이 없습니다. 경로를 고치거나 변수를 지우세요.`);
    }
    return override;
  }
  return existsSync(debianChromium) ? debianChromium : undefined;
}

/** Where Playwright's own downloaded Chromium would be, or undefined when playwright-core is missing. */
export function playwrightChromiumPath(): string | undefined {
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

export function chromiumLaunchOptions(): LaunchOptions {
  return { executablePath: chromiumExecutable(), args: chromiumArgs, headless: true };
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  try {
    return await chromium.launch(chromiumLaunchOptions());
  } catch (error) {
    throw new Error('Chromium을 시작하지 못했습니다. Debian에서는 `apt-get install -y chromium fonts-noto-cjk`로 설치하거나 ' + 'CHROMIUM_PATH로 실행 파일을 지정하세요.', { cause: error });
  }
}
