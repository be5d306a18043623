// Serves a built site on an ephemeral loopback port (with the site's CSP header) and opens pages
// in Chromium while recording console errors, page errors, failed requests and CSP violations.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { createStaticServer } from '../../src/serve/static-server.js';
import { launchChromium, type Browser } from './chromium.js';

export interface Served {
  url: (path: string) => string;
  close(): Promise<void>;
}

export async function serve(root: string, base = '/'): Promise<Served> {
  const server: Server = await createStaticServer({ root, base });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (p: string) => `http://127.0.0.1:${port}${base}${p.replace(/^\//, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface Problems {
  console: string[];
  failed: string[];
  csp: string[];
  dialogs: string[];
}

/** The requests each page opened by `openPage` has in flight. */
const inFlight = new WeakMap<Page, Set<unknown>>();

/**
 * Waits until the page's fonts are loaded and none of its requests is in flight: what Playwright's
 * 'networkidle' waits for, without its 500 ms of quiet, which a loaded machine can fail to give
 * for a minute (the notation index, CI-like load of 20: 50 s without it).
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const pending = inFlight.get(page);
  while (pending && pending.size > 0) await page.waitForTimeout(50);
}

/** A new page whose problems are collected; the document's status is returned for the test to check (the 404 page). */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; problems: Problems; status: number | null }> {
  const page = await browser.context.newPage();
  const problems: Problems = { console: [], failed: [], csp: [], dialogs: [] };
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (msg) => {
    // Chromium logs the document's own non-2xx status as a console error ("Failed to load
    // resource", located at the page URL). That status is the caller's to check (openPage
    // returns it, and the 404 page must answer 404); failed sub-resources are still reported,
    // at their own URLs, here and in `failed`.
    if (msg.type() !== 'error') return;
    if (msg.location().url === url && /^Failed to load resource: the server responded with a status of \d+/.test(msg.text())) return;
    problems.console.push(msg.text());
  });
  page.on('pageerror', (err) => problems.console.push(String(err)));
  const pending = new Set<unknown>();
  inFlight.set(page, pending);
  page.on('request', (req) => pending.add(req));
  page.on('requestfinished', (req) => pending.delete(req));
  page.on('requestfailed', (req) => {
    pending.delete(req);
    problems.failed.push(`${req.url()} ${req.failure()?.errorText ?? ''}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && res.url() !== url) problems.failed.push(`${res.status()} ${res.url()}`);
  });
  page.on('dialog', (d) => {
    problems.dialogs.push(d.message());
    void d.dismiss();
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  return { page, problems, status: response?.status() ?? null };
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? []);
}

/**
 * Chromium and the seed site the global setup built, for one test file: started before its tests
 * (then handed to `ready`) and closed after them.
 */
export function withSeedSite(ready: (browser: Browser, site: Served) => void): void {
  let browser: Browser | undefined;
  let site: Served | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    site = await serve(inject('siteRoot'));
    ready(browser, site);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
}

