import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

export const ARTIFACTS_DIR = resolve(__dirname, '../../../../tmp/e2e');

const safe = (text: string) => text.replace(/[^a-z0-9-_]+/gi, '_').slice(0, 80);

/** Screenshots every open page (full page) into tmp/e2e/, named after the test and the page. */
export async function screenshotPages(testName: string, pages: Record<string, Page | undefined>): Promise<string[]> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const written: string[] = [];
  for (const [label, page] of Object.entries(pages)) {
    if (!page || page.isClosed()) continue;
    const path = join(ARTIFACTS_DIR, `${safe(testName)}--${safe(label)}.png`);
    try {
      await page.screenshot({ path, fullPage: true });
      written.push(path);
    } catch {
      /* the page may be gone; keep going */
    }
  }
  return written;
}

/**
 * Runs a test body; on failure, screenshots the pages it registered and adds their URLs and the
 * screenshot paths to the error.
 */
export async function withFailureScreenshots(
  testName: string,
  body: (register: (label: string, page: Page) => Page) => Promise<void>,
): Promise<void> {
  const pages: Record<string, Page> = {};
  // Errors the app threw in the browser, reported with a failure (they explain most blank pages).
  const browserErrors: string[] = [];
  const register = (label: string, page: Page) => {
    page.on('pageerror', (e) => browserErrors.push(`${label}: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && browserErrors.push(`${label} console: ${m.text()}`));
    return (pages[label] = page);
  };
  try {
    await body(register);
  } catch (error) {
    const files = await screenshotPages(testName, pages);
    const where = Object.entries(pages)
      .map(([label, page]) => `${label}: ${page.isClosed() ? '(closed)' : page.url()}`)
      .join(', ');
    if (error instanceof Error) {
      error.message += `\n  pages: ${where}\n  screenshots: ${files.join(', ') || '(none)'}`;
      if (browserErrors.length) error.message += `\n  browser errors:\n    ${browserErrors.slice(0, 10).join('\n    ')}`;
      // Jest prints the stack captured at throw time: repeat the context so it is not lost.
      error.stack = `${error.message}\n${error.stack ?? ''}`;
    }
    throw error;
  }
}
