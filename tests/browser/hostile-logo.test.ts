// The logo's own URL, opened in Chromium from a host that sends no CSP header (GitHub Pages and
// most static hosts): the published SVG runs nothing (src/site/assets/safe-svg.ts), while the same
// file as written would. Pages carry the CSP <meta>, so a project stylesheet's @import from another
// host is blocked there too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium, type Browser } from './chromium.js';
import { openPage } from './harness.js';

const ROOT = path.resolve(__dirname, '../..');
const TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' };

/** A plain static server: no CSP header, every request recorded. */
async function plainServer(root: string, seen: string[]): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    seen.push(req.url ?? '');
    let file = path.join(root, decodeURIComponent((req.url ?? '/').split('?')[0]!));
    if (file.endsWith('/')) file = path.join(file, 'index.html');
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

let tmp = '';
let browser: Browser;
let site: { server: Server; url: string };
let other: { server: Server; url: string };
const siteRequests: string[] = [];
const otherRequests: string[] = [];
/** What the browser asked for, in the order its events came: a request made while the document loaded is here by its load event. */
const browserRequests: string[] = [];

const HOSTILE = (beacon: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" onload="fetch('/onload-ran');alert('onload')" viewBox="0 0 10 10">
<script>fetch('/script-ran'); alert('script')</script>
<circle cx="5" cy="5" r="4" fill="#0b7285"/>
<foreignObject width="10" height="10"><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:alert('frame')"></iframe></foreignObject>
<image href="${beacon}/image-loaded.png" width="1" height="1"/>
</svg>`;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'formulary-hostile-logo-'));
  other = await plainServer(tmp, otherRequests);
  const project = path.join(tmp, 'project');
  mkdirSync(path.join(project, 'content'), { recursive: true });
  copyFileSync(path.join(ROOT, 'tests/fixtures/hostile/xss.md'), path.join(project, 'content/eq.md'));
  writeFileSync(path.join(project, 'logo.svg'), HOSTILE(other.url));
  writeFileSync(path.join(project, 'extra.css'), `@import url("${other.url}/imported.css");\nbody { color: #111; }\n`);
  writeFileSync(path.join(project, 'formulary.config.json'), JSON.stringify({ logo: 'logo.svg', css: 'extra.css' }));
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/formulary.js'), 'build', 'content', '--out', 'dist', '--no-images', '--no-speech'], { cwd: project, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  // The file as written, beside the site, to show the browser would run it.
  copyFileSync(path.join(project, 'logo.svg'), path.join(project, 'dist', 'raw-logo.svg'));
  site = await plainServer(path.join(project, 'dist'), siteRequests);
  browser = await launchChromium();
  browser.context.on('request', (r) => browserRequests.push(r.url()));
});
afterAll(async () => {
  await browser?.close();
  site?.server.close();
  other?.server.close();
  rmSync(tmp, { recursive: true, force: true });
});

function logoPath(): string {
  const dist = path.join(tmp, 'project', 'dist', 'assets');
  return `assets/${readdirSync(dist).find((f) => /^logo-[0-9a-f]{8}\.svg$/.test(f))!}`;
}

describe('the logo opened at its own URL', () => {
  it('the file as written would run script (the check below can see it)', async () => {
    browserRequests.length = 0;
    const { page, problems } = await openPage(browser, `${site.url}/raw-logo.svg`);
    await expect.poll(() => problems.dialogs.length).toBeGreaterThan(0);
    await expect.poll(() => browserRequests.filter((u) => /ran$/.test(u)).length).toBeGreaterThan(0);
    await page.close();
  });

  it('the published logo runs no script, opens no frame and loads nothing from elsewhere', async () => {
    siteRequests.length = 0;
    otherRequests.length = 0;
    browserRequests.length = 0;
    // Loaded: a script or onload that ran has made its request by now (the browser's own record,
    // not the server's, which a loaded machine may reach later: a 300 ms sleep guessed at that).
    const { page, problems } = await openPage(browser, `${site.url}/${logoPath()}`);
    expect(problems.dialogs).toEqual([]);
    expect(browserRequests.filter((u) => /ran$|image-loaded/.test(u) || !u.startsWith(site.url))).toEqual([]);
    expect(siteRequests.filter((u) => /ran/.test(u))).toEqual([]);
    expect(otherRequests).toEqual([]);
    // It still draws.
    expect(await page.locator('circle').count()).toBe(1);
    await page.close();
  });
});

describe('pages carry the CSP <meta>', () => {
  it("a project stylesheet's @import from another host is blocked where the host sends no header", async () => {
    otherRequests.length = 0;
    const { page, problems } = await openPage(browser, `${site.url}/`);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe("default-src 'self'; img-src 'self' data:; style-src 'self'");
    expect(otherRequests).toEqual([]);
    expect(problems.dialogs).toEqual([]);
    await page.close();
  });
});
