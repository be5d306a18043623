#!/usr/bin/env node
// `npm run bench`: `formulary build` against a KaTeX-only floor (node + KaTeX typesetting
// every math span once), the fastest peer (Eleventy 3 + markdown-it + @vscode/markdown-it-katex,
// one page per equation) and the bare unified pipeline, on synthetic collections of 100,
// 1,000 and 10,000 distinct equations (the seed's, letters renamed per copy), plus stage
// times, rebuilds, page weights, search bytes and latency. Writes bench/results.json and
// bench/results.md.
//
//   node scripts/bench.js                 sizes 100, 1,000, 10,000 (≈ 6 minutes)
//   node scripts/bench.js --quick         sizes 100 and 1,000, fewer runs (development)
//   node scripts/bench.js --sizes=100 --runs=2 --shared-latex
//   BENCH_SIZES=1000 node scripts/bench.js --cold-only   cold builds only (floor, Eleventy, build,
//                                         bare): no rebuilds, dev server or search measures
//
// Every piece that cannot be measured (no compiled CLI yet, no --stats, no search module)
// is recorded as "n/a (reason)"; the run itself only fails on a harness bug.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstVisitBytes, largestPage, searchBytes } from './bench/bytes.js';
import { measureNode } from './bench/measure.js';
import { medianOf, renderMarkdown, writeResults } from './bench/report.js';
import { searchFirstUseFiles, searchLatency } from './bench/search-latency.js';
import { formulaBytes, formulaLatency } from './bench/formula-search.js';
import { STAGES, readStageTimes } from './bench/stats.js';
import { changeOneEquation, synthesize } from './bench/synth.js';
import { devLatency } from './bench/dev-latency.js';
import { writeEleventyInput } from './bench/eleventy-input.js';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const SEED = join(ROOT, 'content', 'deep-learning-equations.md');
const OUT = join(ROOT, 'bench', 'out');
// BENCH_FORMULARY_BIN: another CLI with the same `build` flags (e.g. a stub, to test this harness).
const CLI = process.env.BENCH_FORMULARY_BIN ?? join(ROOT, 'bin', 'formulary.js');
const BARE = join(ROOT, 'scripts', 'bench', 'bare-pipeline.js');
const FLOOR = join(ROOT, 'scripts', 'bench', 'katex-floor.js');
const ELEVENTY = join(ROOT, 'scripts', 'bench', 'eleventy-peer.js');
const SEED_SIZE = 100;

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const quick = flag('quick');
const sharedLatex = flag('shared-latex');
const coldOnly = flag('cold-only');
const sizes = (option('sizes') ?? process.env.BENCH_SIZES ?? (quick ? '100,1000' : '100,1000,10000')).split(',').map(Number);
/** Runs per size: enough for a median where runs are cheap, few where they take a minute. */
const runsFor = (n) => Number(option('runs') ?? (n <= 100 ? (quick ? 3 : 5) : n <= 1000 ? (quick ? 2 : 3) : 2));
/** The bare pipeline is context, not the target: one run at 10,000 keeps the whole bench within ~10 minutes. */
const bareRunsFor = (n) => (option('runs') ? runsFor(n) : n >= 10000 ? 1 : runsFor(n));
const rebuildRunsFor = (n) => Number(option('rebuild-runs') ?? (n >= 10000 ? 2 : 3));
/** The dev server is measured where a change is shown in seconds at most (10,000: --dev-sizes=100,1000,10000). */
const devSizes = (option('dev-sizes') ?? '100,1000').split(',').map(Number);
const devRunsFor = (n) => Number(option('dev-runs') ?? (n >= 10000 ? 3 : 5));
const rel = (p) => relative(ROOT, p);
const log = (msg) => process.stderr.write(`${msg}\n`);

/**
 * A cold build runs with the caches emptied first (so it also fills them, as a first build does);
 * the rebuilds after an edit find them full.
 * @param {string} input @param {string} outDir @param {string} statsFile @param {string[]} [extra]
 */
function runBuild(input, outDir, statsFile, extra = []) {
  rmSync(statsFile, { force: true });
  // Without the equation images (SVG + card PNG) and speech, cached by content hash: their cost is measured
  // apart (README, Performance) and would make the 10,000 build several minutes longer when cold.
  return measureNode([rel(CLI), 'build', rel(input), '--out', rel(outDir), '--stats', rel(statsFile), '--no-images', '--no-speech', ...extra], { cwd: ROOT });
}

/** The caches the rebuild rows use (images and speech are left alone: the bench makes none). */
const CACHES = ['typeset', 'outputs'].map((d) => join(ROOT, 'node_modules', '.cache', 'formulary', d));

/** @param {string} input @param {string} output */
function runBare(input, output) {
  return measureNode([BARE, rel(input), rel(output)], { cwd: ROOT });
}

/** Eleventy builds the pages eleventy-input.js wrote from the same collection. @param {string} inputDir @param {string} outDir */
function runEleventy(inputDir, outDir) {
  rmSync(outDir, { recursive: true, force: true });
  return measureNode([ELEVENTY, rel(inputDir), rel(outDir)], { cwd: ROOT });
}

/** @param {string} input @param {string} output */
function runFloor(input, output) {
  return measureNode([FLOOR, rel(input), rel(output)], { cwd: ROOT });
}

/** Medians of the successful runs, or the first failure's message. */
function summarise(runs) {
  const ok = runs.filter((r) => r.ok);
  const failed = runs.find((r) => !r.ok);
  return {
    runs,
    median: ok.length ? { wallMs: medianOf(ok, 'wallMs'), cpuMs: medianOf(ok, 'cpuMs'), maxRssKb: medianOf(ok, 'maxRssKb') } : null,
    error: failed ? failed.error : null,
  };
}

const short = (m) => (m.ok ? `${Math.round(m.wallMs)} ms wall, ${m.cpuMs == null ? '?' : Math.round(m.cpuMs)} ms CPU` : `failed: ${m.error}`);

async function main() {
  const benchStart = Date.now();
  const loadBefore = loadavg();
  mkdirSync(OUT, { recursive: true });
  const seedText = readFileSync(SEED, 'utf8');
  const sizeRows = [];
  const details = {
    seedSize: SEED_SIZE,
    stages: /** @type {any} */ ({ error: `size ${SEED_SIZE} not benchmarked` }),
    firstVisit: /** @type {any} */ ({ error: `size ${SEED_SIZE} not benchmarked` }),
    searchBytes: /** @type {any[]} */ ([]),
    searchLatency: /** @type {any[]} */ ([]),
    formulaBytes: /** @type {any[]} */ ([]),
    formulaLatency: /** @type {any[]} */ ([]),
  };
  const largest = Math.max(...sizes);

  // One untimed run of each first: disk cache and V8's code cache would otherwise favour whichever goes second.
  const first = join(OUT, `eq-${sizes[0]}.md`);
  writeFileSync(first, synthesize(seedText, sizes[0], { sharedLatex }));
  log('warm-up…');
  const warm = [join(OUT, 'site-warmup'), join(OUT, 'stats-warmup.json'), join(OUT, 'bare-warmup.html'), join(OUT, 'floor-warmup.html'), join(OUT, 'eleventy-in-warmup'), join(OUT, 'eleventy-warmup')];
  runBuild(first, warm[0], warm[1]);
  runBare(first, warm[2]);
  runFloor(first, warm[3]);
  writeEleventyInput(readFileSync(first, 'utf8'), warm[4]);
  runEleventy(warm[4], warm[5]);
  for (const p of warm) rmSync(p, { recursive: true, force: true });

  for (const n of sizes) {
    const input = join(OUT, `eq-${n}.md`);
    const text = synthesize(seedText, n, { sharedLatex });
    writeFileSync(input, text);
    const site = join(OUT, `site-${n}`);
    const runs = runsFor(n);
    const build = [];
    const bare = [];
    const floor = [];
    const eleventy = [];
    const eleventyIn = join(OUT, `eleventy-in-${n}`);
    const eleventyOut = join(OUT, `eleventy-${n}`);
    writeEleventyInput(text, eleventyIn);
    const statsFiles = [];
    const commands = ['floor', 'eleventy', 'build', 'bare'];
    for (let r = 0; r < runs; r++) {
      // Rotate the order, so no command always follows another's cache effects.
      const order = commands.map((_, i) => commands[(i + r) % commands.length]);
      for (const which of order) {
        if (which === 'bare') {
          if (r >= bareRunsFor(n)) continue;
          const m = runBare(input, join(OUT, `bare-${n}.html`));
          bare.push(m);
          log(`  ${n} bare  #${r + 1}: ${short(m)}`);
        } else if (which === 'eleventy') {
          const m = runEleventy(eleventyIn, eleventyOut);
          eleventy.push(m);
          log(`  ${n} eleventy #${r + 1}: ${short(m)}`);
        } else if (which === 'floor') {
          const m = runFloor(input, join(OUT, `floor-${n}.html`));
          floor.push(m);
          log(`  ${n} floor #${r + 1}: ${short(m)}`);
        } else if (!build.some((m) => !m.ok)) {
          // Cold build each run: a fresh out dir and an empty cache (the last run's cache and site are where
          // the rebuilds start). After one failure the build is not retried at this size.
          rmSync(site, { recursive: true, force: true });
          for (const c of CACHES) rmSync(c, { recursive: true, force: true });
          const statsFile = join(OUT, `stats-${n}-${r + 1}.json`);
          const m = runBuild(input, site, statsFile);
          build.push(m);
          if (m.ok) statsFiles.push(statsFile);
          log(`  ${n} build #${r + 1}: ${short(m)}`);
        }
      }
    }
    for (const f of [`bare-${n}.html`, `floor-${n}.html`, `eleventy-in-${n}`, `eleventy-${n}`]) rmSync(join(OUT, f), { recursive: true, force: true });
    const b = summarise(build);
    const p = summarise(bare);
    const f = summarise(floor);
    const built = b.median != null && existsSync(site);
    const pages = built ? largestPage(site) : { error: b.error ?? 'no build' };
    const row = { n, runs, input: rel(input), inputBytes: Buffer.byteLength(text), build: b, bare: p, floor: f, eleventy: summarise(eleventy), largestPage: pages, rebuild: null, dev: null };
    sizeRows.push(row);

    if (n === SEED_SIZE) {
      details.stages = stageMedians(statsFiles, b.error);
      details.firstVisit = built ? firstVisitBytes(site) : { error: b.error ?? 'no build' };
    }
    if (coldOnly) {
      row.rebuild = { error: 'not measured (--cold-only)' };
      row.dev = { error: 'not measured (--cold-only)' };
      continue;
    }
    if (n === SEED_SIZE || n === largest) {
      const fv = built ? (n === SEED_SIZE ? details.firstVisit : firstVisitBytes(site)) : null;
      const used = built ? await searchFirstUseFiles(ROOT, site) : { error: b.error ?? 'no build' };
      const sb = used.error ? { error: used.error } : fv.error ? searchBytes(site, used.files, [], []) : searchBytes(site, used.files, fv.searchChunks, fv.js.files);
      details.searchBytes.push({ n, typed: used.typed, ...sb });
      const sl = built ? await searchLatency(ROOT, site) : { error: b.error ?? 'no build' };
      details.searchLatency.push({ n, ...sl });
    }
    // Formula search (issue 15): first use at the seed and the largest size, latency at every size.
    if (n === SEED_SIZE || n === largest) details.formulaBytes.push({ n, ...(built ? await formulaBytes(ROOT, site) : { error: b.error ?? 'no build' }) });
    details.formulaLatency.push({ n, ...(built ? await formulaLatency(ROOT, site) : { error: b.error ?? 'no build' }) });
    // Last: they edit the input and update the site in place.
    row.rebuild = built ? rebuildsAfterEdits(input, text, site, n, rebuildRunsFor(n)) : { error: b.error ?? 'no build' };
    const dev = devSizes.includes(n) ? await devLatency({ root: ROOT, cli: CLI, text, runs: devRunsFor(n), log }) : { error: `not measured at ${n} (--dev-sizes)` };
    log(`  ${n} dev: ${dev.error ? `failed: ${dev.error}` : `median ${Math.round(dev.medianMs)} ms, max ${Math.round(dev.maxMs)} ms`}`);
    row.dev = dev;
  }

  const results = {
    meta: {
      date: new Date().toISOString(),
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      commit: gitHead(),
      quick,
      sharedLatex,
      sizes,
      coldOnly,
      loadAverage: { before: loadBefore.map((l) => Math.round(l * 100) / 100), after: loadavg().map((l) => Math.round(l * 100) / 100) },
      totalMs: Date.now() - benchStart,
    },
    sizes: sizeRows,
    details,
    notes: [
      `Inputs: bench/out/eq-N.md, copies of the seed's equations${sharedLatex ? ' sharing their LaTeX (--shared-latex: a renderer memoising by LaTeX typesets ~100 distinct formulas at every size)' : ' with their letters renamed per copy, consistently in each equation, its name and its where-list (scripts/bench/rename.js): distinct LaTeX'}.`,
      'Eleventy: Eleventy 3 + markdown-it + @vscode/markdown-it-katex (pinned devDependencies), one page per `####` equation plus the intro, a one-file Nunjucks layout; the pages are split out of the input before the timed runs (scripts/bench/eleventy-input.js, eleventy-peer.js). Like the bare pipeline it does not render `\\[...\\]` equations.',
      'KaTeX floor: node start + import KaTeX + renderToString of every math span of the input once, HTML streamed to one file (scripts/bench/katex-floor.js).',
      'Bare pipeline: remark-parse + remark-math + remark-rehype + rehype-katex + rehype-stringify, one process() per `####` chunk; it does not render `\\[...\\]` equations.',
      'Fonts: @font-face files whose family/weight/style a CSS rule applies to classes present in the page (approximation); woff2 when offered.',
    ],
  };
  const markdown = renderMarkdown(results);
  writeResults(join(ROOT, 'bench', 'results.json'), join(ROOT, 'bench', 'results.md'), results, markdown);
  process.stdout.write(markdown);
}

/** Median of each stage over the cold builds' --stats files. */
function stageMedians(statsFiles, buildError) {
  if (statsFiles.length === 0) return { error: buildError ?? 'no successful build' };
  const parsed = statsFiles.map(readStageTimes).filter(Boolean);
  if (parsed.length === 0) return { error: 'build wrote no readable --stats JSON' };
  /** @type {Record<string, number | null>} */
  const medians = {};
  for (const [stage] of STAGES) medians[stage] = medianOf(parsed.map((p) => p.stages), stage);
  if (Object.values(medians).every((v) => v == null)) return { error: 'no stage times recognised in --stats JSON', raw: JSON.parse(readFileSync(statsFiles[0], 'utf8')) };
  return { runs: parsed.length, medians, totalMs: medianOf(parsed, 'totalMs') };
}

/**
 * The incremental rebuild: after the last cold build (which left its site and the filled caches),
 * `runs` rebuilds into the same folder, each after one more equation's LaTeX changed (` + 0`
 * appended). Restores the input.
 */
function rebuildsAfterEdits(input, text, site, n, runs) {
  const edits = [];
  let current = text;
  try {
    for (let r = 0; r < runs; r++) {
      const number = Math.ceil(n / 2) + r;
      current = changeOneEquation(current, number);
      writeFileSync(input, current);
      const statsFile = join(OUT, `stats-rebuild-${n}-${r + 1}.json`);
      const m = runBuild(input, site, statsFile);
      const output = readCacheStats(statsFile);
      log(`  ${n} rebuild after editing #${number}: ${short(m)}${output ? ` (${output.mode}: ${output.written} files written, ${output.removed} removed)` : ''}`);
      if (!m.ok) return { error: m.error };
      edits.push({ ...m, equation: number, output });
    }
    return { runs: edits, wallMs: medianOf(edits, 'wallMs'), cpuMs: medianOf(edits, 'cpuMs'), maxRssKb: medianOf(edits, 'maxRssKb'), written: edits[0]?.output?.written ?? null, mode: edits[0]?.output?.mode ?? null };
  } finally {
    writeFileSync(input, text);
  }
}

/** The output half of a build's --stats `cache` field: how the folder was written. */
function readCacheStats(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8')).cache?.output ?? null;
  } catch {
    return null;
  }
}

/** The checked-out commit, for the record (read-only git). */
function gitHead() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

await main();
