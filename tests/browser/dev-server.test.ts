// `formulary dev`: editing a content file updates the open page, with no restart and no
// manual reload (Vite's client reloads it when the dev plugin reports the change).
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium, type Browser } from './chromium.js';
import { getWithHost } from '../helpers/http.js';

const ROOT = path.resolve(__dirname, '../..');
const DOC = (description: string) => `# Dev\n\n#### 1. Identity\n$y = x$\n\nwhere:\n\n- $y$ is ${description}\n- $x$ is the input\n`;

let tmp = '';
let dev: ChildProcess | undefined;
let browser: Browser;
let port = 0;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

function get(urlPath: string, host = `127.0.0.1:${port}`): Promise<{ status: number; body: string }> {
  return getWithHost(port, urlPath, host);
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'formulary-dev-'));
  writeFileSync(path.join(tmp, 'dev.md'), DOC('the output'));
  // Secrets the dev server must never serve: one beside the content, one in its working directory.
  writeFileSync(path.join(tmp, 'id_rsa'), 'PRIVATE KEY beside the content');
  port = await freePort();
  dev = spawn(process.execPath, [path.join(ROOT, 'bin/formulary.js'), 'dev', path.join(tmp, 'dev.md'), '--port', String(port)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`dev server did not start:\n${out}`)), 60_000);
    const onData = (b: Buffer): void => {
      // Vite colours the port when the test runner asks for colour: compare without escapes.
      out += b.toString().replace(/\u001b\[[0-9;]*m/g, '');
      if (out.includes(`:${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    dev!.stdout!.on('data', onData);
    dev!.stderr!.on('data', onData);
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  dev?.kill('SIGTERM');
  rmSync(tmp, { recursive: true, force: true });
});

describe('the dev server', () => {
  it('shows an edit to the markdown in the open page without a manual reload', async () => {
    const page = await browser.context.newPage();
    // What the page did, printed if the test fails (dev-server timing differs under load).
    const log: string[] = [];
    page.on('console', (m) => log.push(`console ${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => log.push(`pageerror: ${String(e)}`));
    page.on('framenavigated', (f) => log.push(`navigated ${f.url()}`));
    page.on('requestfailed', (r) => log.push(`failed ${r.url()}`));
    onTestFailed(() => console.log(`page log:\n${log.join('\n')}`));
    // Vite's client must be connected before the edit, or the reload message is missed: it says
    // so on the console (a fixed 500 ms after its script loaded was a guess a loaded machine misses).
    const connected = page.waitForEvent('console', (m) => m.text().includes('[vite] connected'));
    await page.goto(`http://127.0.0.1:${port}/equations/identity/`);
    await connected;
    await expect(page.locator('main').textContent()).resolves.toContain('the output');
    writeFileSync(path.join(tmp, 'dev.md'), readFileSync(path.join(tmp, 'dev.md'), 'utf8').replace('the output', 'the prediction'));
    await expect.poll(() => page.locator('main').textContent()).toContain('the prediction');
    // The browser code runs unbundled in dev: search (and its minisearch import) works too.
    // Typed again until results show: a late reload (Vite re-optimising, a second file event)
    // would clear the box, which is the dev server's normal behaviour, not a search failure.
    await page.waitForLoadState('networkidle');
    await expect
      .poll(
        async () => {
          // Typed only into an empty box (a reload's): typing again at every poll restarts the
          // search each time, so on a loaded machine its results never had the time to show.
          const input = page.locator('#search-input');
          if ((await input.inputValue()) !== 'identity') await input.fill('identity');
          return page.locator('#search-results [role="option"]').count();
        },
        { interval: 500 },
      )
      .toBeGreaterThan(0);
    await page.close();
  });
});

// Issue 17: `dev` serves only content and its own client code, and only to loopback/IP Host headers.
describe('what the dev server refuses', () => {
  it('files outside its own client code: /@fs/ to the working directory, /etc, the package itself', async () => {
    for (const p of [`/@fs${ROOT}/package.json?raw`, `/@fs${tmp}/id_rsa?raw`, `/@fs${tmp}/id_rsa`, '/@fs/etc/passwd', '/@fs/etc/passwd?raw', '/@fs/etc/passwd?import', '/package.json', '/package.json?raw', '/src/cli/dev.ts', '/README.md', '/.git/config', '/id_rsa']) {
      const r = await get(p);
      expect([403, 404], p).toContain(r.status);
      expect(r.body, p).not.toMatch(/PRIVATE KEY|root:x:0|"name": "formulary(-cli)?"|parseArgs/);
    }
  });

  it('requests for another host name (DNS rebinding): 403', async () => {
    for (const host of ['evil.example', `rebind.attacker.net:${port}`, 'localhost.evil.example']) {
      const r = await get('/equations/identity/', host);
      expect(r.status, host).toBe(403);
      expect(r.body).not.toContain('Identity');
    }
    expect((await get('/equations/identity/', `localhost:${port}`)).status).toBe(200);
  });

  it('still serves the pages, its client code and Vite\'s own client', async () => {
    for (const p of ['/equations/identity/', '/src/client/main.ts', '/@vite/client']) expect((await get(p)).status, p).toBe(200);
  });
});
