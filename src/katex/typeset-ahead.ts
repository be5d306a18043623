/**
 * Typesetting ahead, on every core: before validation asks for them one at a time, the formulas a
 * build will typeset are handed out in batches to a pool of worker threads (tinypool;
 * typeset-worker.ts) and to the main thread itself, which takes a small batch, typesets it and
 * yields, so the pool is fed while the main thread works. Each worker sends a batch back as one
 * transferred buffer (typeset-pack.ts); its results go into render.ts's memo (and the build
 * cache, as `typeset` would put them), so what validation and the pages get is byte for byte what
 * they would have typeset themselves. KaTeX is deterministic and has no state between calls
 * (every call gets its own macros), so the thread that typesets a formula does not matter.
 *
 * Small collections stay on one thread (a worker costs its start, KaTeX's import and a KaTeX not
 * yet optimised by the JIT), as does a machine with no idle core: measured on a 2-core machine
 * under a load of 9, one worker made typesetting 3,900 formulas 1.5× slower in wall time and
 * 1.4× in CPU (the threads only share the cores the other processes leave). So does any run
 * where the worker module is not beside this one (the sources run by the tests).
 * `FORMULARY_TYPESET_THREADS=<n>` sets the number of workers (0: none).
 */
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Tinypool } from 'tinypool';
import { isFormulaTooLarge } from './limits.js';
import { adoptTypeset, isTypeset, typeset } from './render.js';
import { unpackTypesets, type TypesetJob } from './typeset-pack.js';

/** A formula the build will typeset, and whether that typeset belongs in the build cache (`typeset`'s `keep`). */
export interface AheadJob {
  latex: string;
  display: boolean;
  keep: boolean;
}

/**
 * Fewer formulas than this are typeset where they are needed: a worker's start, KaTeX's import and
 * its first few hundred formulas before the JIT has optimised KaTeX cost about a second of CPU
 * (the seed's 400 formulas stay on one thread).
 */
const MIN_AHEAD_JOBS = 1000;
/** Formulas per worker task, and per turn of the main thread between two yields. */
const WORKER_BATCH = 48;
const MAIN_BATCH = 12;

/** The worker module: beside this one (lib/katex), or in lib/katex seen from the CLI bundle (lib/bundle). */
function workerFile(): string | null {
  for (const rel of ['./typeset-worker.js', '../katex/typeset-worker.js']) {
    const path = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(path)) return path;
  }
  return null;
}

/** What was done: formulas typeset ahead, and by how many worker threads (0: none, one thread). */
export interface AheadResult {
  typeset: number;
  threads: number;
}

/** Workers: the environment's number, else one per core that is idle now beside the main thread's. */
export function aheadThreads(env = process.env.FORMULARY_TYPESET_THREADS): number {
  const set = env === undefined || env.trim() === '' ? Number.NaN : Number(env);
  if (Number.isInteger(set) && set >= 0) return Math.min(set, 64);
  const cores = availableParallelism();
  return Math.max(0, Math.min(cores - 1, Math.floor(cores - (loadavg()[0] ?? cores))));
}

export async function typesetAhead(all: AheadJob[], threads = aheadThreads()): Promise<AheadResult> {
  const seen = new Set<string>();
  const jobs: AheadJob[] = [];
  for (const j of all) {
    const k = `${j.display ? 'D' : 'I'}\u0000${j.latex}`;
    if (seen.has(k) || isFormulaTooLarge(j.latex) || isTypeset(j.latex, { display: j.display })) continue;
    seen.add(k);
    jobs.push(j);
  }
  const file = threads >= 1 && jobs.length >= MIN_AHEAD_JOBS ? workerFile() : null;
  if (!file) return { typeset: 0, threads: 0 };
  const pool = new Tinypool({ filename: file, minThreads: threads, maxThreads: threads, idleTimeout: 1000 });
  let next = 0;
  const take = (n: number): AheadJob[] => jobs.slice(next, (next = Math.min(jobs.length, next + n)));
  // A worker that fails stops taking batches: what it did not return is typeset where it is needed.
  const feed = async (): Promise<void> => {
    try {
      for (let batch = take(WORKER_BATCH); batch.length > 0; batch = take(WORKER_BATCH)) {
        const packed = (await pool.run(batch.map((j): TypesetJob => [j.latex, j.display]))) as Uint8Array;
        unpackTypesets(packed).forEach((r, i) => {
          const j = batch[i]!;
          adoptTypeset(j.latex, { display: j.display }, r, j.keep);
        });
      }
    } catch {
      // the batch is typeset on demand
    }
  };
  const feeders = Array.from({ length: threads }, feed);
  try {
    for (let batch = take(MAIN_BATCH); batch.length > 0; batch = take(MAIN_BATCH)) {
      for (const j of batch) typeset(j.latex, { display: j.display }, j.keep);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(feeders);
  } finally {
    await pool.destroy();
  }
  return { typeset: jobs.length, threads };
}
