/** The atomic writer and the preview server. */
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer, requestPath } from '../../src/serve/static-server.js';
import { MARKER } from '../../src/write/swap.js';
import { writeSite } from '../../src/write/write.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'formulary-write-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeSite', () => {
  it('replaces the whole output folder and marks it', async () => {
    const out = join(dir, 'dist');
    await writeSite(out, [{ path: 'index.html', contents: 'one' }, { path: 'a/b.txt', contents: 'b' }]);
    await writeSite(out, [{ path: 'index.html', contents: 'two' }]);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('two');
    await expect(readFile(join(out, 'a/b.txt'))).rejects.toThrow();
    await expect(readFile(join(out, MARKER), 'utf8')).resolves.toContain('formulary');
  });

  it('refuses unsafe paths before writing anything', async () => {
    const out = join(dir, 'dist2');
    await writeSite(out, [{ path: 'index.html', contents: 'keep' }]);
    for (const bad of ['../evil', '/abs', 'a/../../b', 'a\\b', '']) {
      await expect(writeSite(out, [{ path: 'x.html', contents: 'x' }, { path: bad, contents: 'x' }])).rejects.toThrow(/unsafe/);
    }
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('keep');
  });

  it('refuses to replace a folder it did not make', async () => {
    const other = join(dir, 'precious');
    await mkdir(other);
    await writeFile(join(other, 'notes.md'), 'mine');
    await expect(writeSite(other, [{ path: 'index.html', contents: 'x' }])).rejects.toThrow(/not made by formulary/);
    expect(await readFile(join(other, 'notes.md'), 'utf8')).toBe('mine');
  });
});

describe('static server', () => {
  let base: string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const root = join(dir, 'site');
    await mkdir(join(root, 'assets', 'fonts'), { recursive: true });
    await mkdir(join(root, 'equations', 'x'), { recursive: true });
    // The server serves only what formulary build made: the build's marker file.
    await writeFile(join(root, MARKER), 'built\n');
    await writeFile(join(root, 'index.html'), '<h1>home</h1>');
    await writeFile(join(root, '404.html'), '<h1>missing</h1>');
    await writeFile(join(root, 'equations', 'x', 'index.html'), '<h1>x</h1>');
    await writeFile(join(root, 'assets', 'fonts', 'KaTeX_Main-Regular-0123abcd.woff2'), 'font');
    await writeFile(join(dir, 'secret.txt'), 'secret');
    await symlink(join(dir, 'secret.txt'), join(root, 'leak.txt'));
    const server = await createStaticServer({ root, base: '/sub/' });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => new Promise((ok) => server.close(() => ok()));
  });
  afterAll(async () => close());

  it('serves pages under the base with the CSP header', async () => {
    const res = await fetch(`${base}/sub/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'self'; img-src 'self' data:; style-src 'self'");
    expect(await res.text()).toBe('<h1>home</h1>');
    const page = await fetch(`${base}/sub/equations/x/`);
    expect(await page.text()).toBe('<h1>x</h1>');
    const redirect = await fetch(`${base}/sub/equations/x`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/sub/equations/x/');
  });

  it('serves woff2 with its MIME type and caches hashed assets', async () => {
    const res = await fetch(`${base}/sub/assets/fonts/KaTeX_Main-Regular-0123abcd.woff2`);
    expect(res.headers.get('content-type')).toBe('font/woff2');
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  it('answers misses, paths outside the base and traversal with 404.html', async () => {
    for (const p of ['/sub/nope/', '/other/', '/sub/%2e%2e/secret.txt', '/sub/..%2fsecret.txt', '/sub/leak.txt', '/sub/%00']) {
      const res = await fetch(`${base}${p}`);
      expect(res.status, p).toBe(404);
      expect(await res.text(), p).toBe('<h1>missing</h1>');
    }
    expect(requestPath('/sub/a%2f..%2f..%2fx', '/sub/')).toBeNull();
  });
});
