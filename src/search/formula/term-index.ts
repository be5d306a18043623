/**
 * The formula index: each equation's formula terms (search/formula/terms.ts) with their postings,
 * cut into shards by a hash of the term so a formula query fetches only the shards of its
 * terms, plus one file of per-unit norms. Built next to the word index (./build-shards.ts) and
 * searched next to it (./shards.ts); browser-safe (no Node imports).
 *
 * A unit is what a query is compared with: an equation's whole formula, and, when it has
 * several parts (the lines of an aligned block, the pieces `\quad` separates), each part, so a
 * pasted line of Adam finds Adam and the result can say which line matched.
 *
 * Similarity is a weighted Dice coefficient: 2·shared / (query + unit), each term weighing its
 * rarity, ln(1 + units / units holding it). Terms in more than a
 * third of the units say nothing and are left out of the index (listed in `stop`).
 */
import { formulaPartTerms } from './terms.js';

/** What the manifest says about the formula files (absent on an index built before them). */
export interface FormulaManifest {
  /** Number of term shards `f-<k>.json`, k = hash(term) mod shards. */
  shards: number;
}

/** `f-<k>.json`: term → the units holding it, as gaps (a unit once per occurrence, ascending). */
export type FormulaShard = Record<string, number[]>;

/** `f-units.json`: per equation its number of units, per unit its norm, and the stop terms. */
export interface FormulaUnits {
  /** Units of equation i (1: its whole formula; 1 + parts when it has several parts). */
  c: number[];
  /** Norm of each unit (the sum of its terms' weights). */
  n: number[];
  stop: string[];
}

/** A formula match: equation id, similarity in (0, 1], and the part that matched (0: the whole formula). */
export interface FormulaHit {
  id: number;
  sim: number;
  part: number;
  parts: number;
}

export const FORMULA_UNITS_FILE = 'f-units.json';
/** At most this many parts of an equation are units of their own. */
const MAX_PARTS = 8;
/** Target size of a shard's JSON. */
const SHARD_BYTES = 12 * 1024;
/** A term in more than this share of the units is a stop term (once there are enough units to tell). */
const STOP_SHARE = 0.3;
const STOP_MIN_UNITS = 20;

export function formulaShardFile(k: number): string {
  return `f-${k}.json`;
}

/** FNV-1a over the term's UTF-16 code units: the same shard on every side. */
export function formulaShardOf(term: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    h ^= term.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % shards;
}

const idf = (units: number, df: number): number => Math.log(1 + units / Math.max(df, 1));

/** The formula files of a list of formulas (the equations' TeX, in document-id order). */
export function buildFormulaFiles(
  latexes: readonly string[],
  /** Each formula's terms by part (the build passes a memo of formulaPartTerms). */
  termsOf: (latex: string) => string[][] = formulaPartTerms,
): { manifest: FormulaManifest; files: Array<{ name: string; contents: string }> } {
  const units: string[][] = [];
  const c: number[] = [];
  for (const latex of latexes) {
    const parts = termsOf(latex);
    units.push(parts.flat());
    if (parts.length > 1 && parts.length <= MAX_PARTS) {
      for (const p of parts) units.push(p);
      c.push(1 + parts.length);
    } else c.push(1);
  }
  const postings = new Map<string, number[]>();
  units.forEach((terms, u) => {
    for (const t of terms) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push(u);
    }
  });
  const N = units.length;
  const dfOf = (list: number[]): number => new Set(list).size;
  const stop: string[] = [];
  if (N >= STOP_MIN_UNITS) for (const [t, list] of postings) if (dfOf(list) > STOP_SHARE * N) stop.push(t);
  for (const t of stop) postings.delete(t);
  const weight = new Map<string, number>();
  for (const [t, list] of postings) weight.set(t, idf(N, dfOf(list)));
  const n = units.map((terms) => Math.round(terms.reduce((s, t) => s + (weight.get(t) ?? 0), 0) * 100) / 100);

  const entries = [...postings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const bytes = entries.reduce((s, [t, l]) => s + t.length + 4 + l.length * 4, 0);
  const shards = Math.max(1, Math.ceil(bytes / SHARD_BYTES));
  const byShard: Array<Record<string, number[]>> = Array.from({ length: shards }, () => ({}));
  // Postings as gaps from the previous unit (0: the same unit again): small numbers pack better.
  for (const [t, list] of entries) byShard[formulaShardOf(t, shards)]![t] = list.map((u, k) => u - (k > 0 ? list[k - 1]! : 0));
  const unitsFile: FormulaUnits = { c, n, stop: stop.sort() };
  return {
    manifest: { shards },
    files: [
      { name: FORMULA_UNITS_FILE, contents: JSON.stringify(unitsFile) },
      ...byShard.map((terms, k) => ({ name: formulaShardFile(k), contents: JSON.stringify(terms) })),
    ],
  };
}

/** Fetches one of the formula files by name. */
export type FetchFormulaFile = (name: string) => Promise<unknown>;

/** The browser's view of the formula index: fetches the shards a query's terms need, then ranks. */
export class FormulaIndex {
  private units: Promise<FormulaUnits> | null = null;
  private unitsLoaded: FormulaUnits | null = null;
  private unitEq: Int32Array = new Int32Array(0);
  private unitPart: Int16Array = new Int16Array(0);
  private readonly shards = new Map<number, Promise<void>>();
  private readonly postings = new Map<string, number[]>();
  private readonly df = new Map<string, number>();

  constructor(
    private readonly manifest: FormulaManifest,
    private readonly fetchFile: FetchFormulaFile,
  ) {}

  /** Loads the units file and the shards of `terms` (each once). */
  async prepare(terms: readonly string[]): Promise<void> {
    this.units ??= (this.fetchFile(FORMULA_UNITS_FILE) as Promise<FormulaUnits>).then((u) => {
      this.unitsLoaded = u;
      const total = u.n.length;
      this.unitEq = new Int32Array(total);
      this.unitPart = new Int16Array(total);
      let at = 0;
      u.c.forEach((count, eq) => {
        for (let k = 0; k < count; k++, at++) {
          this.unitEq[at] = eq;
          this.unitPart[at] = k;
        }
      });
      return u;
    });
    const wanted = new Set(terms.map((t) => formulaShardOf(t, this.manifest.shards)));
    const loads = [...wanted].map((k) => {
      let p = this.shards.get(k);
      if (!p) {
        p = (this.fetchFile(formulaShardFile(k)) as Promise<Record<string, number[]>>).then((json) => {
          for (const [t, gaps] of Object.entries(json)) {
            let u = 0;
            this.postings.set(t, gaps.map((gap) => (u += gap)));
          }
        });
        this.shards.set(k, p);
      }
      return p;
    });
    await Promise.all([this.units, ...loads]);
  }

  /** Equations ranked by their best unit's similarity to the query terms (call `prepare` first). */
  rank(terms: readonly string[]): FormulaHit[] {
    const u = this.unitsLoaded;
    if (!u) return [];
    const N = u.n.length;
    const stop = new Set(u.stop);
    const q = new Map<string, number>();
    for (const t of terms) if (!stop.has(t)) q.set(t, (q.get(t) ?? 0) + 1);
    let qNorm = 0;
    const shared = new Float64Array(N);
    for (const [t, qc] of q) {
      const list = this.postings.get(t);
      let df = this.df.get(t);
      if (df === undefined && list) this.df.set(t, (df = new Set(list).size));
      const w = idf(N, df ?? 0);
      qNorm += w * qc;
      if (!list) continue;
      // Postings repeat a unit once per occurrence: count up to the query's count.
      let prev = -1;
      let run = 0;
      for (const unit of list) {
        run = unit === prev ? run + 1 : 1;
        prev = unit;
        if (run <= qc) shared[unit]! += w;
      }
    }
    const best = new Map<number, FormulaHit>();
    for (let unit = 0; unit < N; unit++) {
      if (shared[unit] === 0) continue;
      const sim = (2 * shared[unit]!) / (qNorm + u.n[unit]!);
      const id = this.unitEq[unit]!;
      const had = best.get(id);
      if (!had || sim > had.sim) best.set(id, { id, sim, part: this.unitPart[unit]!, parts: u.c[id]! - 1 });
    }
    return [...best.values()].sort((a, b) => b.sim - a.sim || a.id - b.id);
  }
}
