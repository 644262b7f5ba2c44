/**
 * Launching Debian's Chromium for the browser tests (playwright-core drives it; no browser download).
 * Where /usr/bin/chromium is absent the tests skip with a message — unless RASID_REQUIRE_BROWSER=1
 * (set by .ci/run), where a missing browser is a failure. Node only: tests.
 */
import { existsSync } from 'node:fs';
import type { TestContext } from 'node:test';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.RASID_CHROMIUM ?? '/usr/bin/chromium';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Launches headless Chromium, or skips the test (returns null) where it is absent and not required. */
export async function launchChromium(t: TestContext): Promise<Browser | null> {
  if (!existsSync(CHROMIUM)) {
    const message = `${CHROMIUM} absent: install Debian's chromium package to run the browser tests`;
    if (process.env.RASID_REQUIRE_BROWSER === '1') throw new Error(`${message} (RASID_REQUIRE_BROWSER=1: required here)`);
    t.skip(message);
    return null;
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 20_000 });
}

/** Page errors and console errors, to show when a page does not behave. */
export function collectPageErrors(page: import('playwright-core').Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // a failed load is reported below with its address
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('requestfailed', (r) => errors.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  return errors;
}
