import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** Debian's Chromium; CHROMIUM_PATH overrides. Playwright's own browser download does not work here. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches headless Chromium with the flags this closed network needs. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Absolute URL of a site path on the test server. */
export function site(path: string): string {
  return new URL(path.replace(/^\//, ''), inject('baseURL')).href;
}

/** Opens a site path in a new page and waits for it to load. */
export async function open(browser: Browser, path: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const res = await page.goto(site(path));
  if (!res || !res.ok()) throw new Error(`GET ${path} answered ${res?.status()}`);
  return page;
}
