// Hostile probes against `formulary preview` (issue 17): it serves only a folder that
// `formulary build` made, only to Host headers that a DNS-rebinding page cannot send, never a
// dotfile, and never a file outside the folder (symlinks included). The `dev` server's probes
// are in tests/browser/dev-server.test.ts, beside the dev server that suite already runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createStaticServer, isAllowedHost } from '../../src/serve/static-server.js';
import { MARKER } from '../../src/write/swap.js';
import { getWithHost } from '../helpers/http.js';
import { HANG_LIMIT } from '../hang-limit.js';

const ROOT = path.resolve(__dirname, '../..');
const cli = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin/formulary.js'), ...args], { cwd, encoding: 'utf8', timeout: HANG_LIMIT });

let tmp = '';
let site = '';
let server: Server;
let port = 0;

function get(urlPath: string, host = `127.0.0.1:${port}`): Promise<{ status: number; body: string }> {
  return getWithHost(port, urlPath, host);
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'formulary-serve-'));
  site = path.join(tmp, 'dist');
  mkdirSync(path.join(site, '.git'), { recursive: true });
  mkdirSync(path.join(site, 'equations', 'x'), { recursive: true });
  writeFileSync(path.join(site, MARKER), 'built\n');
  writeFileSync(path.join(site, 'index.html'), '<h1>home</h1>');
  writeFileSync(path.join(site, '404.html'), '<h1>missing</h1>');
  writeFileSync(path.join(site, 'equations', 'x', 'index.html'), '<h1>x</h1>');
  writeFileSync(path.join(site, '.env'), 'TOKEN=secret');
  writeFileSync(path.join(site, '.git', 'config'), '[core]');
  writeFileSync(path.join(tmp, 'id_rsa'), 'PRIVATE KEY');
  mkdirSync(path.join(tmp, 'outside'));
  writeFileSync(path.join(tmp, 'outside', 'index.html'), 'outside');
  symlinkSync(path.join(tmp, 'id_rsa'), path.join(site, 'key.txt'));
  symlinkSync(path.join(tmp, 'outside'), path.join(site, 'linked-dir'));
  symlinkSync('.env', path.join(site, 'env.txt'));
  server = await createStaticServer({ root: site, allowedHosts: ['docs.example'] });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((ok) => server.close(() => ok()));
  rmSync(tmp, { recursive: true, force: true });
});

describe('preview serves only a site that formulary build made', () => {
  it('{"out": "/etc"}: refused with one line and exit 2, before anything listens', () => {
    const cwd = path.join(tmp, 'etc-config');
    mkdirSync(cwd);
    writeFileSync(path.join(cwd, 'formulary.config.json'), JSON.stringify({ out: '/etc' }));
    for (const r of [cli(cwd, 'preview', '--port', '0'), cli(cwd, 'preview', '--out', '/etc', '--port', '0')]) {
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/refusing to serve \/etc\/: it was not made by formulary build/);
      expect(r.stdout).toBe('');
    }
  });

  it('a folder without the marker is refused by the server itself', async () => {
    const plain = path.join(tmp, 'plain');
    mkdirSync(plain);
    writeFileSync(path.join(plain, 'passwd'), 'root:x:0:0');
    await expect(createStaticServer({ root: plain })).rejects.toThrow(/not made by formulary build/);
    await expect(createStaticServer({ root: '/etc' })).rejects.toThrow(/not made by formulary build/);
  });

  it('a marker that is a symlink does not count', async () => {
    const fake = path.join(tmp, 'fake');
    mkdirSync(fake);
    symlinkSync(path.join(site, MARKER), path.join(fake, MARKER));
    await expect(createStaticServer({ root: fake })).rejects.toThrow(/not made by formulary build/);
  });

  it('an out with a NUL byte in formulary.config.json: one line, exit 2', () => {
    const cwd = path.join(tmp, 'nul-config');
    mkdirSync(cwd);
    writeFileSync(path.join(cwd, 'formulary.config.json'), '{"out": "dist\\u0000x"}');
    const r = cli(cwd, 'preview', '--port', '0');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/NUL byte/);
    expect(r.stderr).not.toMatch(/\u0000/);
  });
});

describe('Host header (DNS rebinding)', () => {
  it('answers localhost, 127.0.0.1, [::1] and a configured host, on any port', async () => {
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, 'localhost', 'app.localhost:9', 'docs.example', `DOCS.example:${port}`]) {
      const r = await get('/', host);
      expect(r.status, host).toBe(200);
      expect(r.body).toBe('<h1>home</h1>');
    }
  });

  it('refuses every other name with 403 and no content', async () => {
    for (const host of ['evil.example', `rebind.attacker.net:${port}`, 'localhost.evil.example', '127.0.0.1.evil.example', 'docs.example.evil', '[::1', 'a:b:c', 'localhost:99999999']) {
      const r = await get('/', host);
      expect(r.status, JSON.stringify(host)).toBe(403);
      expect(r.body).not.toContain('home');
    }
    expect(isAllowedHost(undefined)).toBe(false);
    expect(isAllowedHost('')).toBe(false);
  });
});

describe('what preview never serves', () => {
  it('dotfiles and dot-folders: 404, the marker included', async () => {
    for (const p of ['/.env', '/.git/config', `/${MARKER}`, '/%2egit/config', '/.git/', '/equations/.x']) {
      const r = await get(p);
      expect(r.status, p).toBe(404);
      expect(r.body).toBe('<h1>missing</h1>');
    }
  });

  it('symlinks out of the folder, or onto a dotfile inside it: 404', async () => {
    for (const p of ['/key.txt', '/linked-dir/', '/linked-dir/index.html', '/env.txt']) {
      const r = await get(p);
      expect(r.status, p).toBe(404);
      expect(r.body).not.toMatch(/PRIVATE|outside|secret/);
    }
  });

  it('traversal, encoded or not: 404', async () => {
    for (const p of ['/../id_rsa', '/%2e%2e/id_rsa', '/..%2fid_rsa', '/equations/..%2f..%2f..%2fid_rsa', '/%00']) {
      const r = await get(p);
      expect(r.status, p).toBe(404);
      expect(r.body).not.toContain('PRIVATE');
    }
  });

  it('a 404.html that is a symlink out of the folder is not followed', async () => {
    const other = path.join(tmp, 'leaky');
    mkdirSync(other);
    writeFileSync(path.join(other, MARKER), 'built\n');
    symlinkSync(path.join(tmp, 'id_rsa'), path.join(other, '404.html'));
    const s = await createStaticServer({ root: other });
    await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
    const p = (s.address() as AddressInfo).port;
    const res = await fetch(`http://127.0.0.1:${p}/nope`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('PRIVATE');
    await new Promise<void>((ok) => s.close(() => ok()));
  });
});
