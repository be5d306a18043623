// Serves a built site on an ephemeral loopback port (with the site's CSP header) and opens pages
// in Chromium while recording console errors, page errors, failed requests and CSP violations.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { createStaticServer } from '../../src/site/static-server.js';
import type { Browser } from './chromium.js';

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

/** A new page whose problems are collected; `expectedStatus` lets a test visit the 404 page. */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; problems: Problems; status: number | null }> {
  const page = await browser.context.newPage();
  const problems: Problems = { console: [], failed: [], csp: [], dialogs: [] };
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.console.push(msg.text());
  });
  page.on('pageerror', (err) => problems.console.push(String(err)));
  page.on('requestfailed', (req) => problems.failed.push(`${req.url()} ${req.failure()?.errorText ?? ''}`));
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
