// Runs one command as a whole Node process and measures it: wall time from the parent,
// CPU (user + sys) and peak RSS reported by the child itself through usage-hook.js.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL, fileURLToPath } from 'node:url';

const HOOK = pathToFileURL(fileURLToPath(new URL('./usage-hook.js', import.meta.url))).href;

/**
 * @typedef {object} Measurement
 * @property {boolean} ok          exit code 0
 * @property {number} wallMs
 * @property {number | null} userMs  null when the child wrote no usage report
 * @property {number | null} sysMs
 * @property {number | null} cpuMs   user + sys
 * @property {number | null} maxRssKb
 * @property {number | null} exitCode
 * @property {string} error        first non-empty line of stderr (or the spawn error) when not ok
 */

/**
 * Runs `node <args>` and measures it. Both benchmarked commands are Node scripts, so they
 * get the same runtime, the same preload hook and the same overhead.
 * @param {string[]} args arguments after `node`
 * @param {{ cwd?: string, timeoutMs?: number }} [options]
 * @returns {Measurement}
 */
export function measureNode(args, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'formulary-bench-usage-'));
  const usageFile = join(dir, 'usage.jsonl');
  const nodeOptions = [process.env.NODE_OPTIONS, `--import=${HOOK}`].filter(Boolean).join(' ');
  const start = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd: options.cwd,
    env: { ...process.env, NODE_OPTIONS: nodeOptions, BENCH_USAGE_FILE: usageFile },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: options.timeoutMs ?? 10 * 60 * 1000,
  });
  const wallMs = performance.now() - start;
  const usage = readUsage(usageFile);
  rmSync(dir, { recursive: true, force: true });
  const ok = !r.error && r.status === 0;
  const error = ok ? '' : (r.error ? String(r.error.message) : errorLine(r.stderr)) || `exit code ${r.status ?? r.signal}`;
  return { ok, wallMs, ...usage, exitCode: r.status, error };
}

/** @param {string} file */
function readUsage(file) {
  let lines;
  try {
    lines = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  } catch {
    return { userMs: null, sysMs: null, cpuMs: null, maxRssKb: null };
  }
  if (lines.length === 0) return { userMs: null, sysMs: null, cpuMs: null, maxRssKb: null };
  // Sum over the process and any Node descendants; peak RSS is the largest single process.
  const userMs = lines.reduce((s, l) => s + l.userUs, 0) / 1000;
  const sysMs = lines.reduce((s, l) => s + l.sysUs, 0) / 1000;
  const maxRssKb = Math.max(...lines.map((l) => l.maxRssKb));
  return { userMs, sysMs, cpuMs: userMs + sysMs, maxRssKb };
}

/**
 * The line of stderr that says why the command failed: the first mentioning "error" (a
 * build may print warnings before its error), else the first non-empty line.
 * @param {string | undefined | null} text
 */
export function errorLine(text) {
  const lines = (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => /error/i.test(l)) ?? lines[0] ?? '';
}
