// Search measurements for the seed (and a synthetic 10,000-equation collection):
//   - gzip bytes of everything search loads: the loader, the lazy chunk(s) incl. MiniSearch
//     and CSS (a throwaway Vite build of src/client/search-loader.ts), and search-index.json;
//   - Node query latency (median, p95) through the shared `searchEquations`.
// Runs the TypeScript sources directly through Vite's SSR loader (no compile step needed).
// Usage: node scripts/search-stats.js [--no-10k]
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { build, createServer } from 'vite';

const SEED = 'content/deep-learning-equations.md';
const QUERIES = [
  'adam', 'softmax', 'soft', 'softmx', 'sigmod', 'relu', 'MSE', 'KL', 'GRU', 'learning rate',
  'cross entropy', 'attention', 'lstm gate', 'batch normalization', '\\eta', 'η', '\\hat{y}', 'y hat',
  '\\nabla', 'x', 's', 'so', 'sof', 'momentum hyperparameter', 'qwxzqwxz',
];

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];

function latency(searchEquations, index, repeats) {
  for (const q of QUERIES) searchEquations(index, q);
  const times = [];
  for (let r = 0; r < repeats; r++) {
    for (const q of QUERIES) {
      const t = performance.now();
      searchEquations(index, q);
      times.push(performance.now() - t);
    }
  }
  // The slowest query (its median over the repeats), to see what the tail is made of.
  const per = QUERIES.map((q, i) => [q, median(times.filter((_, k) => k % QUERIES.length === i))]);
  const [slowQuery, slowMs] = per.reduce((a, b) => (b[1] > a[1] ? b : a));
  return { median: median(times).toFixed(3), p95: p95(times).toFixed(3), slowest: `${slowQuery} ${slowMs.toFixed(2)}` };
}

async function clientBytes() {
  const outDir = mkdtempSync(join(tmpdir(), 'formulary-search-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      publicDir: false,
      base: './',
      build: {
        outDir,
        target: 'es2020',
        cssCodeSplit: true,
        modulePreload: false,
        rollupOptions: { input: { loader: 'src/client/search-loader.ts' }, preserveEntrySignatures: 'strict' },
      },
    });
    const files = [];
    const walk = (dir) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else files.push({ name: p.slice(outDir.length + 1), gz: gz(readFileSync(p)) });
      }
    };
    walk(outDir);
    return files;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const server = await createServer({ configFile: false, logLevel: 'silent', server: { middlewareMode: true }, appType: 'custom' });
try {
  const { parseCollection } = await server.ssrLoadModule('/src/parse/parse.ts');
  const { loadTopics, topicOf } = await server.ssrLoadModule('/src/parse/topics.ts');
  const { sidecarPathFor } = await server.ssrLoadModule('/src/read/sidecars.ts');
  const { buildSearchFiles } = await server.ssrLoadModule('/src/search/build-index.ts');
  const { miniSearchOptions, searchEquations } = await server.ssrLoadModule('/src/search/options.ts');
  const MiniSearch = (await import('minisearch')).default;

  const { collection } = parseCollection({ path: SEED, text: readFileSync(SEED, 'utf8') });
  const sidecarPath = sidecarPathFor(SEED);
  const { topics } = loadTopics(collection, { path: sidecarPath, text: readFileSync(sidecarPath, 'utf8') });
  const inputs = collection.equations.map((equation) => ({
    collection,
    equation,
    url: `equations/${equation.slug}/`,
    topic: topicOf(topics, equation.slug)?.title ?? '',
  }));

  const json = buildSearchFiles(inputs)[0].contents;
  const stored = JSON.stringify(JSON.parse(json).storedFields);
  const t0 = performance.now();
  const index = MiniSearch.loadJSON(json, miniSearchOptions);
  const loadMs = performance.now() - t0;
  const client = await clientBytes();
  const clientGz = client.reduce((s, f) => s + f.gz, 0);
  console.log(`seed: ${inputs.length} equations`);
  console.log(`  search-index.json: ${json.length} B raw, ${gz(json)} B gzip (stored fields incl. previews: ${gz(stored)} B gzip)`);
  for (const f of client) console.log(`  ${f.name}: ${f.gz} B gzip`);
  console.log(`  total loaded by search: ${gz(json) + clientGz} B gzip (budget 46080)`);
  console.log(`  index load (loadJSON): ${loadMs.toFixed(1)} ms`);
  console.log(`  query latency: ${JSON.stringify(latency(searchEquations, index, 40))} ms over ${QUERIES.length} queries`);

  if (!process.argv.includes('--no-10k')) {
    // 10,000 equations: renamed copies of the seed (each copy's name gets a distinct word).
    const big = [];
    for (let k = 0; big.length < 10000; k++) {
      for (const input of inputs) {
        if (big.length >= 10000) break;
        const equation = { ...input.equation, slug: `${input.equation.slug}-${k}`, name: `${input.equation.name} Variant${k}` };
        big.push({ ...input, equation, url: `equations/${equation.slug}/` });
      }
    }
    const tb = performance.now();
    const bigJson = buildSearchFiles(big)[0].contents;
    const buildMs = performance.now() - tb;
    const bigIndex = MiniSearch.loadJSON(bigJson, miniSearchOptions);
    console.log(`synthetic: ${big.length} equations, index ${gz(bigJson)} B gzip, build ${buildMs.toFixed(0)} ms`);
    console.log(`  query latency: ${JSON.stringify(latency(searchEquations, bigIndex, 3))} ms`);
  }
} finally {
  await server.close();
}
