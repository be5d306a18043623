// Dev-server latency: from the write of a content file to the edited text in Chromium.
// Starts `formulary dev` on a copy of the input (outside bench/, which Vite's watcher ignores),
// opens the page of the middle equation in Debian's Chromium (playwright-core, as the browser
// tests do), then appends a marker to that equation's first where-item, `runs` times. An init
// script reports, at the first frame after each page is parsed, the wall clock (Date.now, the
// same clock as the writer's) when the marker is in the page; latency = that moment − the
// moment before the file write.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { median } from './report.js';
import { synthesize } from './synth.js';

const FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
  });
}

/** Appends `marker` to the first where-item of equation `number`. @param {string} text @param {number} number @param {string} marker */
export function markWhereItem(text, number, marker) {
  const heading = new RegExp(`^#### ${number}\\. .*$`, 'm').exec(text);
  if (!heading) throw new Error(`no equation numbered ${number}`);
  const item = /^- .*$/m.exec(text.slice(heading.index));
  if (!item) throw new Error(`equation ${number} has no where-list`);
  const end = heading.index + item.index + item[0].length;
  return `${text.slice(0, end)} ${marker}${text.slice(end)}`;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * The synthetic collection as `files` files of consecutive equations (`part-01.md`, …; the first
 * is the primary collection, at the site's root URLs), and which of them holds equation `number`.
 * @param {string} text @param {number} files @param {number} number
 * @returns {{ parts: Array<{ name: string, text: string }>, at: number }}
 */
export function splitIntoFiles(text, files, number) {
  const entries = text.split('\n\n---\n\n').slice(1).map((e) => e.replace(/\n$/, ''));
  const size = Math.ceil(entries.length / files);
  const parts = [];
  for (let k = 0; k * size < entries.length; k++) {
    const name = `part-${String(k + 1).padStart(2, '0')}`;
    parts.push({ name, text: `# Part ${k + 1}\n\n---\n\n${entries.slice(k * size, (k + 1) * size).join('\n\n---\n\n')}\n` });
  }
  return { parts, at: Math.floor((number - 1) / size) };
}

/**
 * @param {{ root: string, cli: string, input?: string, text: string, runs: number, log: (s: string) => void, args?: string[], files?: number }} o
 *   args: more `formulary dev` flags (`--no-images`, `--no-speech`); files: the equations split
 *   into that many files (default one), the edited one among them
 * @returns {Promise<any>} medianMs, maxMs, runs (ms each), startMs (server up + first page), or error
 */
export async function devLatency({ root, cli, text: whole, runs, log, args = [], files = 1 }) {
  const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) return { error: `no Chromium at ${chromiumPath}` };
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    return { error: 'playwright-core is not installed' };
  }
  const n = (whole.match(/^#### \d+\. /gm) ?? []).length;
  const number = Math.ceil(n / 2);
  const dir = mkdtempSync(join(tmpdir(), 'formulary-bench-dev-'));
  let text = whole;
  let file = join(dir, 'content.md');
  let prefix = '';
  if (files > 1) {
    const { parts, at } = splitIntoFiles(whole, files, number);
    for (const p of parts) writeFileSync(join(dir, `${p.name}.md`), p.text);
    text = parts[at].text;
    file = join(dir, `${parts[at].name}.md`);
    prefix = at === 0 ? '' : `${parts[at].name}/`;
  } else writeFileSync(file, text);
  const port = await freePort();
  const t0 = Date.now();
  const dev = spawn(process.execPath, [cli, 'dev', files > 1 ? dir : file, '--port', String(port), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  const userDataDir = mkdtempSync(join(tmpdir(), 'formulary-bench-chromium-'));
  let context;
  try {
    await new Promise((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`dev server did not start: ${out.slice(-300)}`)), 120_000);
      const onData = (b) => {
        out += b.toString().replace(/\u001b\[[0-9;]*m/g, '');
        if (out.includes(`:${port}`)) {
          clearTimeout(timer);
          resolve();
        }
      };
      dev.stdout.on('data', onData);
      dev.stderr.on('data', onData);
      // FORMULARY_DEV_TIMES=1: the server's own timings (src/serve/dev-times.ts) go to the log.
      if (process.env.FORMULARY_DEV_TIMES === '1') dev.stderr.on('data', (b) => { for (const line of b.toString().split('\n')) if (line.startsWith('dev-times')) log(`      ${Date.now()} ${line}`); });
      dev.on('exit', (code) => reject(new Error(`dev server exited (${code}): ${out.slice(-300)}`)));
    });
    context = await chromium.launchPersistentContext(userDataDir, { executablePath: chromiumPath, headless: true, args: FLAGS });
    let marker = '\u0000none';
    /** @type {Array<{ marker: string, at: number }>} */
    const seen = [];
    await context.exposeBinding('__benchMarker', () => marker);
    await context.exposeBinding('__benchSeen', (_source, m, at) => {
      seen.push({ marker: m, at });
    });
    // When the document is parsed, at the next frame (after the render-blocking stylesheets, before
    // the module scripts run): the moment the text can be on screen.
    await context.addInitScript(() => {
      const check = () =>
        requestAnimationFrame(async () => {
          const at = Date.now();
          const m = await window.__benchMarker();
          if (document.body && document.body.textContent.includes(m)) await window.__benchSeen(m, at);
        });
      if (document.readyState === 'loading') document.addEventListener('readystatechange', () => document.readyState === 'interactive' && check(), { once: true });
      else check();
    });
    const page = await context.newPage();
    if (process.env.BENCH_DEV_TRACE) { page.on("request", (r) => log(`      req ${Date.now()} ${r.url()}`)); page.on("requestfinished", (r) => log(`      done ${Date.now()} ${r.url()}`)); }
    await page.goto(`http://127.0.0.1:${port}/${prefix}equations/${number}/`, { timeout: 180_000 });
    // The numbered URL redirects to the equation's page.
    await page.waitForURL((u) => !/\/equations\/\d+\/$/.test(u.pathname), { timeout: 60_000 }).catch(() => undefined);
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.includes('@vite/client')), undefined, { timeout: 60_000 });
    const startMs = Date.now() - t0;
    await sleep(500);
    let current = text;
    const times = [];
    // One untimed edit first: Vite's first reload and the server's first re-plan.
    for (let r = -1; r < runs; r++) {
      marker = `bench-edit-${r + 1}-${Math.random().toString(36).slice(2, 8)}`;
      current = markWhereItem(current, number, marker);
      const before = Date.now();
      if (process.env.BENCH_DEV_TRACE) log(`      write ${before}`);
      writeFileSync(file, current);
      const deadline = before + 120_000;
      while (!seen.some((s) => s.marker === marker) && Date.now() < deadline) await sleep(5);
      const hit = seen.find((s) => s.marker === marker);
      if (!hit) return { error: `edit ${r + 1} not shown within 120 s` };
      if (r >= 0) {
        times.push(hit.at - before);
        log(`    dev edit ${r + 1}: ${hit.at - before} ms`);
      }
      await page.waitForLoadState('load').catch(() => undefined);
      await sleep(400);
    }
    return { equations: n, files, runs: times, medianMs: median(times), maxMs: Math.max(...times), startMs };
  } catch (err) {
    return { error: err instanceof Error ? err.message.split('\n')[0] : String(err) };
  } finally {
    await context?.close().catch(() => undefined);
    dev.kill('SIGTERM');
    await new Promise((r) => (dev.exitCode !== null ? r() : dev.once('exit', r)));
    rmSync(userDataDir, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run alone: `node scripts/bench/dev-latency.js [--size=1000] [--runs=5] [--files=1] [--no-images] [--no-speech] [--cli=path]`
// (after `npm run compile`): the synthetic collection of that size, as `npm run bench` makes it.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
  const argv = process.argv.slice(2);
  const opt = (name, fallback) => Number(argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
  const size = opt('size', 1000);
  const text = synthesize(readFileSync(join(root, 'content', 'deep-learning-equations.md'), 'utf8'), size);
  const args = argv.filter((a) => a === '--no-images' || a === '--no-speech');
  const log = (s) => process.stderr.write(`${s}\n`);
  // --cli=…/bin/formulary.js: another checkout's CLI (a before/after pair, run alternately).
  const cli = argv.find((a) => a.startsWith('--cli='))?.slice('--cli='.length) ?? join(root, 'bin', 'formulary.js');
  const r = await devLatency({ root: dirname(dirname(cli)), cli, text, runs: opt('runs', 5), log, args, files: opt('files', 1) });
  process.stdout.write(`${JSON.stringify({ size, args, ...r })}\n`);
  if (r.error) process.exitCode = 1;
}
