// Transfer sizes of a built site, gzip level 9 per file (what a static host would serve):
// - first visit of one equation page: its HTML, the stylesheets and scripts it links (plus
//   the scripts' static imports), and the fonts of the @font-face rules the page uses;
// - what search loads on first use: search-index.json plus the JS chunks the page's code
//   imports dynamically (or, failing that, JS files named like search).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @typedef {{ file: string, rawBytes: number, gzipBytes: number }} SizedFile */

/** @param {string} outDir @param {string} rel posix path relative to outDir */
function sized(outDir, rel) {
  const data = readFileSync(join(outDir, ...rel.split('/')));
  return { file: rel, rawBytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
}

/** @param {SizedFile[]} files */
function total(files) {
  return {
    rawBytes: files.reduce((s, f) => s + f.rawBytes, 0),
    gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0),
    files: files.map((f) => f.file),
  };
}

/** All files under `dir`, as posix paths relative to it, sorted. */
export function listFiles(dir) {
  /** @type {string[]} */
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * The equation page to measure: Adam Optimizer's when present (a `\[...\]` equation with a
 * long where-list), else the first page under an `equations/` directory.
 * @param {string[]} files
 */
export function pickEquationPage(files) {
  const pages = files.filter((f) => /(^|\/)equations\/[^/]+\/index\.html$/.test(f) || /(^|\/)equations\/[^/]+\.html$/.test(f));
  // Numeric directories (equations/17/) are redirects to the named page.
  const named = pages.filter((f) => !/equations\/\d+(\/index)?\.html$/.test(f));
  return named.find((f) => /\/adam-optimizer(\/index)?\.html$/.test(f)) ?? named[0] ?? pages[0] ?? null;
}

/** @param {string} html @param {string} name */
function attr(tag, name) {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
}

/**
 * Resolves a URL found in `fromFile` to a path relative to the site root, or null for
 * external/data URLs. Root-relative URLs have the site's base path (`data-base`) stripped.
 * @param {string} url @param {string} fromFile @param {string} base
 */
function resolveUrl(url, fromFile, base) {
  const clean = url.replace(/[?#].*$/, '');
  if (!clean || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(clean)) return null;
  if (clean.startsWith('/')) {
    const b = base.endsWith('/') ? base : `${base}/`;
    return posix.normalize(clean.startsWith(b) ? clean.slice(b.length) : clean.slice(1));
  }
  return posix.normalize(posix.join(posix.dirname(fromFile), clean));
}

/** Static and dynamic `.js` imports of a (minified) ES module. */
function jsImports(code) {
  // Minifiers may quote specifiers with backticks (Vite/rolldown does for dynamic imports).
  const statics = [...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+\.m?js)["'`]/g)].map((m) => m[1]);
  const dynamics = [...code.matchAll(/\bimport\(\s*["'`]([^"'`$]+\.m?js)["'`]\s*\)/g)].map((m) => m[1]);
  return { statics, dynamics };
}

/** A script and its static imports, transitively. */
function staticClosure(outDir, entries) {
  const seen = new Set();
  const dynamic = new Set();
  const queue = [...entries];
  while (queue.length) {
    const f = queue.shift();
    if (seen.has(f) || !existsSync(join(outDir, f))) continue;
    seen.add(f);
    const { statics, dynamics } = jsImports(readFileSync(join(outDir, f), 'utf8'));
    for (const s of statics) queue.push(posix.normalize(posix.join(posix.dirname(f), s)));
    for (const d of dynamics) dynamic.add(posix.normalize(posix.join(posix.dirname(f), d)));
  }
  return { files: [...seen], dynamic: [...dynamic] };
}

/** @param {string} css */
function stripComments(css) {
  return css.replace(/\/\*[\s\S]*?\*\//g, '');
}

/** "bold" → 700, "normal" → 400; the rest as numbers. */
function normWeight(w) {
  const v = (w ?? 'normal').trim().toLowerCase();
  if (v === 'bold' || v === 'bolder') return 700;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : 400;
}

function decl(body, prop) {
  const m = new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*([^;]+)`, 'i').exec(body);
  return m ? m[1].trim() : null;
}

/**
 * The font files a page downloads: the @font-face rules whose family/weight/style some
 * style rule applies, where the style rule's selector only needs classes that occur in
 * the page (an approximation of the browser's "font used by rendered text": inherited
 * weights and element selectors are not modelled). Woff2 is taken when offered, as browsers do.
 * @param {Array<{ file: string, css: string }>} sheets
 * @param {Set<string>} pageClasses
 * @param {string} base the site's base path (root-relative URLs)
 */
function usedFonts(sheets, pageClasses, base) {
  /** @type {Array<{ family: string, weight: number, style: string, url: string }>} */
  const faces = [];
  /** @type {Set<string>} */
  const used = new Set();
  for (const { file, css } of sheets) {
    const text = stripComments(css);
    for (const m of text.matchAll(/@font-face\s*\{([^}]*)\}/gi)) {
      const body = m[1];
      const family = (decl(body, 'font-family') ?? '').replace(/["']/g, '').trim();
      const srcs = [...(decl(body, 'src') ?? '').matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)\s*(?:format\(\s*["']?([^"')]+)["']?\s*\))?/g)];
      const pick = srcs.find((s) => s[2] === 'woff2' || /\.woff2$/i.test(s[1])) ?? srcs[0];
      const url = pick ? resolveUrl(pick[1], file, base) : null;
      if (family && url) faces.push({ family, weight: normWeight(decl(body, 'font-weight')), style: (decl(body, 'font-style') ?? 'normal').toLowerCase(), url });
    }
  }
  const families = new Set(faces.map((f) => f.family));
  for (const { css } of sheets) {
    const text = stripComments(css).replace(/@font-face\s*\{[^}]*\}/gi, '');
    for (const m of text.matchAll(/([^{}@;]+)\{([^{}]*)\}/g)) {
      const body = m[2];
      const famDecl = decl(body, 'font-family') ?? decl(body, 'font');
      if (!famDecl) continue;
      const family = famDecl.split(',').map((s) => s.replace(/["']/g, '').trim().split(/\s+/).pop()).find((f) => f && families.has(f))
        ?? [...families].find((f) => famDecl.includes(f));
      if (!family) continue;
      const applies = m[1].split(',').some((sel) => [...sel.matchAll(/\.([\w-]+)/g)].every((c) => pageClasses.has(c[1])));
      if (!applies) continue;
      const shorthand = decl(body, 'font') ?? '';
      const weight = normWeight(decl(body, 'font-weight') ?? (/\b(bold|[5-9]00)\b/.test(shorthand) ? 'bold' : 'normal'));
      const style = (decl(body, 'font-style') ?? (/\bitalic\b/.test(shorthand) ? 'italic' : 'normal')).toLowerCase();
      used.add(`${family}|${weight}|${style}`);
    }
  }
  const urls = new Set();
  for (const key of used) {
    const [family, weight, style] = key.split('|');
    const exact = faces.find((f) => f.family === family && String(f.weight) === weight && f.style === style);
    const face = exact ?? faces.find((f) => f.family === family && f.weight === 400 && f.style === 'normal') ?? faces.find((f) => f.family === family);
    if (face) urls.add(face.url);
  }
  return [...urls];
}

/**
 * @param {string} outDir a built site
 * @param {string} [pagePath] the page to measure (default: an equation page)
 * @returns {{ page: string, html: object, css: object, js: object, fonts: object, total: object, searchChunks: string[] } | { error: string }}
 */
export function firstVisitBytes(outDir, pagePath) {
  if (!existsSync(outDir)) return { error: 'no built site' };
  const files = pagePath ? [] : listFiles(outDir);
  const page = pagePath ?? pickEquationPage(files);
  if (!page) return { error: 'no equation page (equations/<slug>/index.html) in the built site' };
  const html = readFileSync(join(outDir, page), 'utf8');
  const base = attr(/<html\b[^>]*>/i.exec(html)?.[0] ?? '', 'data-base') ?? '/';
  const tags = (re) => [...html.matchAll(re)].map((m) => m[0]);
  const cssFiles = tags(/<link\b[^>]*>/gi)
    .filter((t) => /\bstylesheet\b/i.test(attr(t, 'rel') ?? ''))
    .map((t) => resolveUrl(attr(t, 'href') ?? '', page, base))
    .filter((f) => f && existsSync(join(outDir, f)));
  const preloads = tags(/<link\b[^>]*>/gi)
    .filter((t) => /\bmodulepreload\b/i.test(attr(t, 'rel') ?? ''))
    .map((t) => resolveUrl(attr(t, 'href') ?? '', page, base));
  const scripts = tags(/<script\b[^>]*>/gi)
    .map((t) => attr(t, 'src'))
    .filter(Boolean)
    .map((src) => resolveUrl(src, page, base));
  const js = staticClosure(outDir, [...scripts, ...preloads].filter(Boolean));
  const sheets = cssFiles.map((file) => ({ file, css: readFileSync(join(outDir, file), 'utf8') }));
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) sheets.push({ file: page, css: m[1] });
  const pageClasses = new Set([...html.matchAll(/\bclass\s*=\s*"([^"]*)"/gi)].flatMap((m) => m[1].split(/\s+/).filter(Boolean)));
  const fonts = usedFonts(sheets, pageClasses, base).filter((f) => existsSync(join(outDir, f)));
  const parts = {
    html: [sized(outDir, page)],
    css: cssFiles.map((f) => sized(outDir, f)),
    js: js.files.map((f) => sized(outDir, f)),
    fonts: fonts.map((f) => sized(outDir, f)),
  };
  return {
    page,
    html: total(parts.html),
    css: total(parts.css),
    js: total(parts.js),
    fonts: total(parts.fonts),
    total: total([...parts.html, ...parts.css, ...parts.js, ...parts.fonts]),
    searchChunks: js.dynamic.filter((f) => !js.files.includes(f)),
  };
}

/**
 * Bytes loaded by the first use of search: the index files it fetches (see
 * search-latency.js searchFirstUseFiles) plus the search JS chunk(s).
 * @param {string} outDir
 * @param {string[]} indexFiles site-relative files the sharded index fetched
 * @param {string[]} searchChunks dynamic imports found by firstVisitBytes
 * @param {string[]} firstVisitJs JS already loaded by the page
 */
export function searchBytes(outDir, indexFiles, searchChunks, firstVisitJs) {
  if (!existsSync(outDir)) return { error: 'no built site' };
  const files = listFiles(outDir);
  let chunks = searchChunks.filter((f) => existsSync(join(outDir, f)));
  let chunkNote = 'dynamic imports of the page script';
  if (chunks.length === 0) {
    chunks = files.filter((f) => /\.m?js$/.test(f) && /search|minisearch/i.test(posix.basename(f)) && !firstVisitJs.includes(f));
    chunkNote = chunks.length ? 'JS files named like search' : 'no separate search chunk (search code is in the first-visit JS)';
  }
  const closure = staticClosure(outDir, chunks).files.filter((f) => !firstVisitJs.includes(f));
  const index = indexFiles.map((f) => sized(outDir, f));
  const js = closure.map((f) => sized(outDir, f));
  return { index: total(index), js: total(js), total: total([...index, ...js]), chunkNote };
}

/**
 * The heaviest HTML pages of a site (raw bytes), each with its gzip size, and the heaviest
 * first visit (HTML, stylesheets, scripts and fonts) among them and the list pages.
 * @param {string} outDir
 * @param {number} [count]
 */
export function largestPage(outDir, count = 3) {
  if (!existsSync(outDir)) return { error: 'no built site' };
  const pages = listFiles(outDir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ file: f, size: statSync(join(outDir, ...f.split('/'))).size }))
    .sort((a, b) => b.size - a.size)
    .slice(0, count)
    .map((p) => sized(outDir, p.file));
  if (pages.length === 0) return { error: 'no HTML page in the built site' };
  // First visits: of the heaviest pages and of the list pages (many formulas, hence many fonts); the largest is reported.
  const candidates = [...new Set([...pages.map((p) => p.file), 'index.html', 'page/2/index.html', 'symbols/index.html', 'topics/index.html'])].filter((f) => existsSync(join(outDir, ...f.split('/'))));
  let worst = null;
  for (const f of candidates) {
    const visit = firstVisitBytes(outDir, f);
    if (!('error' in visit) && (!worst || visit.total.gzipBytes > worst.total.gzipBytes)) worst = { page: visit.page, total: visit.total };
  }
  return { pages, firstVisit: worst };
}
