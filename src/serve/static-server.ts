/**
 * A small static file server for a built site (used by `formulary preview` and tests): MIME
 * types incl. woff2, `404.html` for misses, the base path stripped, the production CSP, and
 * no way out of the site folder (decoded `..`, encoded slashes, NUL bytes and symlinks that
 * leave the root are all misses).
 *
 * It serves only what `formulary build` made: a folder without the build's marker is refused
 * (so `{"out": "/etc"}` serves nothing), dotfiles and dot-folders are misses, and requests
 * whose Host header is not a loopback name, an IP address or a configured host get 403
 * (a DNS-rebinding page cannot read the site through the victim's browser).
 */
import { createReadStream } from 'node:fs';
import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { SITE_CSP } from '../site/pages/layout.js';
import { isIP } from 'node:net';
import { extname, join, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { MARKER } from '../write/swap.js';
import { normaliseBase } from '../site/urls.js';

export const CSP = SITE_CSP;

export const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServerOptions {
  root: string;
  base?: string;
  /** Host names accepted in the Host header besides localhost, *.localhost and IP addresses. */
  allowedHosts?: string[];
}

/**
 * Whether a Host header may be answered. A DNS-rebinding page is served from the attacker's
 * name, so its requests carry that name: only names that cannot be an attacker's pass.
 * IP literals and `localhost`/`*.localhost` (which browsers resolve to loopback themselves)
 * always pass, any port; other names only when configured. The same rule as Vite's dev server.
 */
export function isAllowedHost(header: string | undefined, allowed: readonly string[] = []): boolean {
  if (!header) return false;
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) {
    const end = h.indexOf(']');
    return end > 0 && isIP(h.slice(1, end)) === 6 && /^(:\d{1,5})?$/.test(h.slice(end + 1));
  }
  const m = /^([^:]+)(:\d{1,5})?$/.exec(h);
  if (!m) return false;
  const name = m[1]!;
  if (isIP(name) === 4) return true;
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  return allowed.some((a) => a.toLowerCase() === name);
}

/** The file a request path maps to inside root, or null (outside the base, or unsafe). */
export function requestPath(urlPath: string, base: string): string | null {
  const raw = urlPath.split('?')[0]?.split('#')[0] ?? '';
  if (!raw.startsWith(base) && raw !== base.replace(/\/$/, '')) return null;
  let rest = raw.slice(Math.min(raw.length, base.length));
  let decoded: string;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const parts = decoded.split('/');
  // `..` and `.`, and every dotfile and dot-folder (`.formulary-build`, `.git/`, `.env`).
  if (parts.some((p) => p.startsWith('.'))) return null;
  rest = parts.join('/');
  return rest;
}

async function resolveFile(root: string, rel: string): Promise<{ file: string } | { redirect: true } | null> {
  const full = resolve(root, rel);
  if (full !== root && !full.startsWith(root + sep)) return null;
  const info = await stat(full).catch(() => null);
  if (!info) return null;
  if (info.isDirectory()) {
    if (rel !== '' && !rel.endsWith('/')) return { redirect: true };
    return resolveFile(root, join(rel, 'index.html'));
  }
  if (!info.isFile()) return null;
  // Symlinks inside the site are resolved: the real file must be in the site, and not a dotfile.
  const real = await realpath(full).catch(() => null);
  if (!real || (real !== root && !real.startsWith(root + sep))) return null;
  if (relative(root, real).split(sep).some((p) => p.startsWith('.'))) return null;
  return { file: real };
}

function headers(type: string, extra: Record<string, string> = {}): Record<string, string> {
  return { 'Content-Type': type, 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', ...extra };
}

/**
 * The real path of a folder `formulary build` made, or a one-line UserError: the folder must
 * exist and hold the build's marker file (a plain file, not a symlink).
 */
export async function siteRoot(folder: string): Promise<string> {
  if (folder.includes('\0')) throw new UserError(`the folder ${JSON.stringify(folder)} contains a NUL byte`);
  const root = await realpath(resolve(folder)).catch(() => null);
  const info = root ? await stat(root).catch(() => null) : null;
  if (!root || !info?.isDirectory()) throw new UserError(`${folder}/ does not exist; run 'formulary build' first`);
  const marker = await lstat(join(root, MARKER)).catch(() => null);
  if (!marker?.isFile()) throw new UserError(`refusing to serve ${folder}/: it was not made by formulary build (no ${MARKER})`);
  return root;
}

export async function createStaticServer(opts: StaticServerOptions): Promise<Server> {
  const root = await siteRoot(opts.root);
  const base = normaliseBase(opts.base);
  const allowed = opts.allowedHosts ?? [];
  const notFound = async (res: ServerResponse, head: boolean): Promise<void> => {
    const found = await resolveFile(root, '404.html');
    const page = found && 'file' in found ? await readFile(found.file).catch(() => Buffer.from('Not found\n')) : Buffer.from('Not found\n');
    res.writeHead(404, headers('text/html; charset=utf-8', { 'Content-Length': String(page.length) }));
    res.end(head ? undefined : page);
  };
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const head = req.method === 'HEAD';
    if (!isAllowedHost(req.headers.host, allowed)) {
      res.writeHead(403, headers('text/plain; charset=utf-8'));
      res.end('Forbidden: this server answers only requests for localhost, an IP address or a host given with --host\n');
      return;
    }
    if (req.method !== 'GET' && !head) {
      res.writeHead(405, headers('text/plain; charset=utf-8', { Allow: 'GET, HEAD' }));
      res.end('Method not allowed\n');
      return;
    }
    const url = req.url ?? '/';
    const rel = requestPath(url, base);
    if (rel === null) return notFound(res, head);
    const found = await resolveFile(root, rel);
    if (!found) return notFound(res, head);
    if ('redirect' in found) {
      const [path, query] = url.split('?');
      res.writeHead(301, headers('text/plain; charset=utf-8', { Location: `${path}/${query !== undefined ? `?${query}` : ''}` }));
      res.end();
      return;
    }
    const type = MIME[extname(found.file).toLowerCase()] ?? 'application/octet-stream';
    const info = await stat(found.file);
    // Hashed asset names never change content: cache them for good; pages revalidate.
    const cache = /-[0-9a-zA-Z_-]{8}\.(css|js|woff2)$/.test(found.file) ? 'public, max-age=31536000, immutable' : 'no-cache';
    res.writeHead(200, headers(type, { 'Content-Length': String(info.size), 'Cache-Control': cache }));
    if (head) {
      res.end();
      return;
    }
    createReadStream(found.file).pipe(res);
  };
  return createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, headers('text/plain; charset=utf-8'));
      res.end('Internal error\n');
    });
  });
}
