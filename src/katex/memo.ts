/**
 * Content-keyed memo for the symbol analysis (matching a where-list against its formula, the
 * symbols of a formula, the check of linked LaTeX): each result is a pure function of the strings
 * in its key, so it is kept in the process (the dev server re-parses on every save: new records,
 * same strings) and, behind `useAnalysisStore`, on disk between builds (src/cache/typeset-cache.ts).
 * Results are shared: callers never change them.
 */

/** A persistent key → JSON value store. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  /** Whether a value is stored for `key` (as far as the index knows: `get` may still miss). */
  has?(key: string): boolean;
}

let store: KeyValueStore | null = null;
const local = new Map<string, unknown>();
/** Bound on the in-process memo (about one entry per equation and kind at 10,000 equations). */
const MAX_LOCAL = 60_000;

export function useAnalysisStore(s: KeyValueStore | null): void {
  store = s;
}

/** Whether results persist between builds (values needed once per build then need no in-process copy). */
export function hasAnalysisStore(): boolean {
  return store !== null;
}

/**
 * The value for `key` of this `kind`, computed once per content (and per cache). `inProcess:
 * false` keeps it only in the persistent store (large values: typeset math the caller holds
 * outside the heap itself).
 */
export function remembered<T>(kind: string, key: string, compute: () => T, inProcess = true): T {
  const k = `${kind}\u0000${key}`;
  const hit = inProcess ? local.get(k) : undefined;
  if (hit !== undefined) return hit as T;
  const stored = store?.get(k);
  const value = stored !== null && stored !== undefined ? (stored as T) : compute();
  if (stored === null || stored === undefined) store?.set(k, value);
  if (inProcess) {
    if (local.size >= MAX_LOCAL) local.clear();
    local.set(k, value);
  }
  return value;
}

/** Whether `remembered(kind, key, …)` would find its value without computing it. */
export function isRemembered(kind: string, key: string): boolean {
  const k = `${kind}\u0000${key}`;
  return local.has(k) || (store?.has?.(k) ?? false);
}
