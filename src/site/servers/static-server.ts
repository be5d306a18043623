/**
 * A small static file server for a built site (used by `formulary preview` and tests): MIME
 * types incl. woff2, `404.html` for misses, the base path stripped, the production CSP, and
 * no way out of the site folder (decoded `..`, encoded slashes, NUL bytes and symlinks that
 * leave the root are all misses).
 */
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { normaliseBase } from '../urls.js';

export const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'";

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
  if (parts.some((p) => p === '..' || p === '.')) return null;
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
  const real = await realpath(full).catch(() => null);
  if (!real || (real !== root && !real.startsWith(root + sep))) return null;
  return { file: real };
}

function headers(type: string, extra: Record<string, string> = {}): Record<string, string> {
  return { 'Content-Type': type, 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', ...extra };
}

export async function createStaticServer(opts: StaticServerOptions): Promise<Server> {
  const root = await realpath(resolve(opts.root));
  const base = normaliseBase(opts.base);
  const notFound = async (res: ServerResponse, head: boolean): Promise<void> => {
    const page = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found\n'));
    res.writeHead(404, headers('text/html; charset=utf-8', { 'Content-Length': String(page.length) }));
    res.end(head ? undefined : page);
  };
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const head = req.method === 'HEAD';
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
