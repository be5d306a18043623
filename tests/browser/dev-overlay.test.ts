// `formulary dev` with a LaTeX error: the open page keeps the previous content and shows the error
// over it (file:line:column, message, rule id, the source line with a caret, an editor link);
// fixing the file takes the overlay away without a manual reload. The terminal prints the error
// once, without Vite's "Pre-transform error" lines. A change is never lost: not when a save comes
// in two steps, nor when it lands while the page is still opening its socket. Waits on page events
// and conditions only.
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium, type Browser } from './chromium.js';
import { freePort, startServer, stopServer } from '../project/helpers.js';

const ROOT = path.resolve(__dirname, '../..');
const DOC = (formula: string, description: string) => `# Dev\n\n#### 1. Identity\n$${formula}$\n\nwhere:\n\n- $y$ is ${description}\n- $x$ is the input\n`;

let tmp = '';
let dev: ChildProcess | undefined;
let browser: Browser;
let port = 0;
let terminal = '';

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'formulary-overlay-'));
  writeFileSync(path.join(tmp, 'dev.md'), DOC('y = x', 'the output'));
  port = await freePort();
  dev = await startServer([process.execPath, path.join(ROOT, 'bin/formulary.js'), 'dev', 'dev.md', '--port', String(port)], tmp, port);
  dev.stdout?.on('data', (b: Buffer) => (terminal += b.toString()));
  dev.stderr?.on('data', (b: Buffer) => (terminal += b.toString()));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await stopServer(dev);
  rmSync(tmp, { recursive: true, force: true });
});

describe('the dev error overlay', () => {
  it('shows a LaTeX error over the last good page, and goes away when the file is fixed', async () => {
    const page = await browser.context.newPage();
    const log: string[] = [];
    page.on('console', (m) => log.push(`console ${m.type()}: ${m.text()}`));
    page.on('framenavigated', (f) => log.push(`navigated ${f.url()}`));
    onTestFailed(() => console.log(`page log:\n${log.join('\n')}\nterminal:\n${terminal}`));
    // Vite's client says when its socket is up: an edit before that would miss the reload message.
    const connected = page.waitForEvent('console', (m) => m.text().includes('[vite] connected'));
    await page.goto(`http://127.0.0.1:${port}/equations/identity/`);
    await connected;
    await expect(page.locator('main').textContent()).resolves.toContain('the output');

    // The error: the page reloads by itself and shows the previous content under the overlay.
    let reloaded = page.waitForEvent('load');
    writeFileSync(path.join(tmp, 'dev.md'), DOC('y = \\frac{x', 'the changed output'));
    await reloaded;
    const overlay = page.locator('#formulary-error-overlay');
    await overlay.waitFor({ state: 'visible' });
    await expect(overlay.locator('.fo-where code').textContent()).resolves.toBe('dev.md:4:13');
    await expect(overlay.locator('.fo-message').textContent()).resolves.toMatch(/expected '}' katex-error$/);
    await expect(overlay.locator('.fo-code').textContent()).resolves.toBe('4 | $y = \\frac{x$\n                ^');
    expect(await overlay.locator('a.fo-open').getAttribute('href')).toBe(`/__open-in-editor?file=${encodeURIComponent(`${path.join(tmp, 'dev.md')}:4:13`)}`);
    await expect(page.locator('main').textContent()).resolves.toContain('the output');
    await expect(page.locator('main').textContent()).resolves.not.toContain('the changed output');
    mkdirSync(path.join(ROOT, 'docs/screenshots'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'docs/screenshots/dev-overlay.png') });

    // The fix, saved as some editors do, in two steps (empty the file, then write it) within the
    // watcher's 50 ms throttle: the page still reloads by itself, without the overlay, with the
    // new content, not the empty file's.
    reloaded = page.waitForEvent('load');
    writeFileSync(path.join(tmp, 'dev.md'), '');
    await new Promise((settle) => setTimeout(settle, 20));
    writeFileSync(path.join(tmp, 'dev.md'), DOC('y = \\frac{x}{2}', 'the halved output'));
    await reloaded;
    await page.locator('main', { hasText: 'the halved output' }).waitFor();
    expect(await overlay.count()).toBe(0);

    // The terminal: the error once, with its place; no Vite pre-transform noise.
    expect(terminal.match(/dev\.md:4:13 {2}error {2}.* {2}katex-error/g)).toHaveLength(1);
    expect(terminal).toMatch(/formulary dev: no content errors/);
    expect(terminal).not.toMatch(/Pre-transform error/);
    await page.close();
  });

  it('a change saved while the page is loading still reaches it (the reload message came too early for it)', async () => {
    const page = await browser.context.newPage();
    const url = `http://127.0.0.1:${port}/equations/identity/`;
    // The page arrives with the old content; its Vite client (the socket that hears reloads) is
    // held until the server serves the changed content, so the change's reload message goes out
    // before the page can hear it.
    await page.route('**/@vite/client', async (route) => {
      writeFileSync(path.join(tmp, 'dev.md'), DOC('y = 3x', 'the tripled output'));
      while (!(await (await fetch(url)).text()).includes('the tripled output')) await new Promise((settle) => setTimeout(settle, 25));
      await route.continue();
    });
    await page.goto(url);
    await page.unrouteAll();
    await page.locator('main', { hasText: 'the tripled output' }).waitFor();
    await page.close();
  });
});
