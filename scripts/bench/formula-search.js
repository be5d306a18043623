#!/usr/bin/env node
// Formula search (issue 15) as the browser runs it, from a built site's sharded index: what the
// first formula query fetches (compared with the first word query), and how long a formula
// query takes. Used by scripts/bench.js; also runs on its own:
//
//   node scripts/bench/formula-search.js <built-site>       figures for that site
//   node scripts/bench/formula-search.js --synth=1000       builds the seed renamed to 1,000 equations first
//
// (`npm run compile` first: this loads lib/search/shards.js.)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median, percentile } from './report.js';
import { firstVisitBytes, listFiles, searchBytes } from './bytes.js';
import { FIRST_USE_TYPING, searchFirstUseFiles } from './search-latency.js';
import { synthesize } from './synth.js';

/** What a reader types on first use of formula search: each prefix is a query, as the box runs them. */
export const FORMULA_TYPING = '(X^T X)^-1 X^T y';

/** Formula queries: pasted TeX and typed plain text, renamed variables, notation variants. */
export const FORMULA_QUERIES = [
  '(A^\\top A)^{-1} A^\\top b', 'sqrt(sum_i (a_i - b_i)^2)', '(X^T X)^-1 X^T y', 'dL/dz = p - y',
  's(x) = 1/(1+exp(-x))', '\\frac{\\exp(a_i)}{\\sum_j \\exp(a_j)}', 'softmax(A B^T / sqrt(n)) C',
  '\\frac{1}{n}\\sum_{k=1}^{n}(t_k - \\hat{t}_k)^2', 'c_t = f_t \\odot c_{t-1} + i_t \\odot g_t',
  'Q(s,a) = Q(s,a) + \\alpha (r + \\gamma \\max_b Q(s\',b) - Q(s,a))', '\\hat{m} = m / (1 - \\beta_1^t)',
  'exp(-||a - b||^2 / (2 s^2))', '\\frac{1}{\\sqrt{2\\pi s^2}} \\exp(-\\frac{(t-m)^2}{2 s^2})', 'P(A|B) = P(B|A) P(A) / P(B)',
];

const MANIFEST = 'search/manifest.json';
const ROOT = dirname(dirname(dirname(fileURLToPath(import.meta.url))));

async function open(root, outDir, fetched) {
  const file = join(root, 'lib', 'search', 'shards.js');
  if (!existsSync(file)) return { error: 'lib/search/shards.js not compiled' };
  if (!existsSync(join(outDir, MANIFEST))) return { error: `no ${MANIFEST} in the built site` };
  const mod = await import(pathToFileURL(file).href);
  const manifest = JSON.parse(readFileSync(join(outDir, MANIFEST), 'utf8'));
  fetched?.push(MANIFEST);
  const make = () =>
    new mod.ShardedIndex(manifest, async (path) => {
      fetched?.push(path);
      return JSON.parse(readFileSync(join(outDir, ...path.split('/')), 'utf8'));
    });
  return { make, manifest };
}

/**
 * The files the first formula query fetches: the manifest, the word and formula shards of each
 * prefix of FORMULA_TYPING, and the stored fields of the results shown (8) for each.
 */
export async function formulaFirstUseFiles(root, outDir, pasted = false) {
  const fetched = [];
  const o = await open(root, outDir, fetched);
  if (o.error) return o;
  const index = o.make();
  for (let i = pasted ? FORMULA_TYPING.length : 1; i <= FORMULA_TYPING.length; i++) {
    const results = await index.search(FORMULA_TYPING.slice(0, i));
    await index.stored(results.slice(0, 8).map((r) => Number(r.id)));
  }
  return { files: [...new Set(fetched)], typed: FORMULA_TYPING };
}

/** The formula reader's own chunk (src/search/formula/search.ts), imported by the search chunk when a query reads as a formula. */
function formulaChunks(outDir) {
  return listFiles(outDir).filter((f) => /(^|\/)formula-search[-.][^/]*\.js$/.test(f));
}

/** Formula query latency, cold (a fresh index per query: shards read, parsed, assembled) and warm. */
export async function formulaLatency(root, outDir, repeats = 5) {
  const o = await open(root, outDir);
  if (o.error) return o;
  for (const q of FORMULA_QUERIES) await o.make().search(q); // warm-up: JIT
  const cold = [];
  const warm = [];
  // CPU time too: on a shared machine wall time mostly measures the neighbours.
  const cpu = [];
  for (let r = 0; r < repeats; r++) {
    for (const q of FORMULA_QUERIES) {
      const index = o.make();
      const c = process.cpuUsage();
      let s = performance.now();
      await index.search(q);
      cold.push(performance.now() - s);
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
      s = performance.now();
      index.searchLoaded(q);
      warm.push(performance.now() - s);
    }
  }
  return { medianMs: median(cold), p95Ms: percentile(cold, 95), cpuMedianMs: median(cpu), cpuP95Ms: percentile(cpu, 95), warmMedianMs: median(warm), warmP95Ms: percentile(warm, 95), queries: cold.length, documents: o.manifest.documentCount };
}

/**
 * Word first use and formula first use (typed key by key, and pasted) of a built site, gzip -9,
 * with the search JS; formula first use also counts the formula reader's chunk, and `formulaIndex`
 * is the formula files alone (f-*.json).
 */
export async function formulaBytes(root, outDir) {
  const fv = firstVisitBytes(outDir);
  const sized = (used, extraJs = []) => {
    if (used.error) return { error: used.error };
    const chunks = [...(fv.error ? [] : fv.searchChunks), ...extraJs];
    return searchBytes(outDir, used.files, chunks, fv.error ? [] : fv.js.files);
  };
  const words = sized(await searchFirstUseFiles(root, outDir));
  const typedUse = await formulaFirstUseFiles(root, outDir);
  const formula = sized(typedUse, formulaChunks(outDir));
  const pasted = sized(await formulaFirstUseFiles(root, outDir, true), formulaChunks(outDir));
  const indexOnly = typedUse.error ? { error: typedUse.error } : searchBytes(outDir, typedUse.files.filter((f) => /\/f-[^/]+\.json$/.test(f)), [], []).index;
  return { words: { typed: FIRST_USE_TYPING, ...words }, formula: { typed: FORMULA_TYPING, ...formula }, pasted: { typed: FORMULA_TYPING, ...pasted }, formulaIndex: indexOnly };
}

async function main() {
  const args = process.argv.slice(2);
  const synth = args.find((a) => a.startsWith('--synth='))?.slice(8);
  let site = args.find((a) => !a.startsWith('--'));
  if (synth) {
    const out = join(ROOT, 'bench', 'out');
    mkdirSync(out, { recursive: true });
    const input = join(out, `formula-eq-${synth}.md`);
    writeFileSync(input, synthesize(readFileSync(join(ROOT, 'content', 'deep-learning-equations.md'), 'utf8'), Number(synth)));
    site = join(out, `formula-site-${synth}`);
    execFileSync(process.execPath, [join(ROOT, 'bin', 'formulary.js'), 'build', input, '--out', site, '--no-images', '--no-speech'], { stdio: 'ignore' });
  }
  if (!site) throw new Error('usage: formula-search.js <built-site> | --synth=<n>');
  const bytes = await formulaBytes(ROOT, site);
  const latency = await formulaLatency(ROOT, site);
  const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
  const line = (label, b) => (b.error ? `${label}: n/a (${b.error})` : `${label} (typing "${b.typed}"), gzip -9: ${kib(b.total.gzipBytes)} (index ${kib(b.index.gzipBytes)} in ${b.index.files.length} files, JS ${kib(b.js.gzipBytes)})`);
  console.log(line('word search first use', bytes.words));
  console.log(line('formula search first use, typed key by key', bytes.formula));
  console.log(line('formula search first use, pasted', bytes.pasted));
  if (!bytes.formulaIndex.error) console.log(`formula index files fetched: ${kib(bytes.formulaIndex.gzipBytes)} in ${bytes.formulaIndex.files.length} files`);
  if (latency.error) console.log(`formula query latency: n/a (${latency.error})`);
  else console.log(`formula query latency at ${latency.documents} (median / p95): cold ${latency.medianMs.toFixed(2)} / ${latency.p95Ms.toFixed(2)} ms (CPU ${latency.cpuMedianMs.toFixed(2)} / ${latency.cpuP95Ms.toFixed(2)} ms), warm ${latency.warmMedianMs.toFixed(2)} / ${latency.warmP95Ms.toFixed(2)} ms over ${latency.queries} queries`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
