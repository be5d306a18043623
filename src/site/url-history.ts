/**
 * Permanent URLs (pure). `formulary.urls.json` records every equation URL a build has
 * published, per collection file; it is meant to be committed. Each build matches the current
 * equations against it, recognising a renamed equation by its number and/or its LaTeX:
 *
 *   1. the same slug (now or in the past: a name changed back);
 *   2. the same LaTeX and number;
 *   3. the same LaTeX (when only one recorded equation has it);
 *   4. the same number (when only one has it).
 *
 * An old slug then redirects to the new one, and a deleted equation's URLs become a page that
 * says it was removed. Entries are never dropped: a URL, once published, keeps answering.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic, Equation } from '../types.js';
import { diagnosticAtPoint } from '../diagnostics/diagnostic.js';
import { urlMoved } from '../rules/url-moved.js';
import { urlRemoved } from '../rules/url-removed.js';

export interface UrlEntry {
  /** The slug the equation has now (or had when it was removed). */
  slug: string;
  /** Its earlier slugs, oldest first; each redirects to `slug`. */
  previous?: string[];
  number: number | null;
  /** Short hash of the LaTeX (whitespace-insensitive): recognises the equation after a rename. */
  latex: string;
  /** The name, for the pages of removed equations. */
  name: string;
  /** Set once the equation is gone from the collection. */
  removed?: true;
}

export interface UrlHistory {
  version: 1;
  /** Collection file (relative to the project) → its equations' URLs. */
  collections: Record<string, UrlEntry[]>;
}

export const URLS_FILE = 'formulary.urls.json';

export function emptyHistory(): UrlHistory {
  return { version: 1, collections: {} };
}

export interface UrlMove {
  file: string;
  from: string;
  to: string;
  equation: Equation;
}

export interface UrlRemoval {
  file: string;
  slug: string;
  name: string;
}

export interface HistoryUpdate {
  history: UrlHistory;
  moved: UrlMove[];
  removed: UrlRemoval[];
}

export function latexKey(latex: string): string {
  return createHash('sha256').update(latex.replace(/\s+/g, '')).digest('hex').slice(0, 16);
}

/** Collections recorded: files inside the project (shown relative to it). */
export function recordable(file: string): boolean {
  return !file.startsWith('/') && !file.startsWith('..') && !/^[A-Za-z]:/.test(file);
}

function unique<T>(items: T[], key: (t: T) => string | null, want: string | null): T | null {
  if (want === null) return null;
  const found = items.filter((t) => key(t) === want);
  return found.length === 1 ? found[0]! : null;
}

/** Matches one collection's equations against its recorded entries. */
function updateCollection(file: string, old: UrlEntry[], equations: Equation[], moved: UrlMove[], removed: UrlRemoval[]): UrlEntry[] {
  const entries = old.map((e) => ({ ...e, previous: [...(e.previous ?? [])] }));
  const free = new Set(entries);
  const matchOf = new Map<Equation, (typeof entries)[number]>();
  const take = (eq: Equation, entry: (typeof entries)[number] | null | undefined): void => {
    if (!entry || !free.has(entry)) return;
    free.delete(entry);
    matchOf.set(eq, entry);
  };
  const pending = (): Equation[] => equations.filter((eq) => !matchOf.has(eq));
  for (const eq of equations) take(eq, entries.find((e) => e.slug === eq.slug));
  for (const eq of pending()) take(eq, [...free].find((e) => e.previous.includes(eq.slug)));
  for (const eq of pending()) {
    const key = latexKey(eq.latex);
    take(eq, unique([...free], (e) => `${e.latex} ${e.number}`, `${key} ${eq.number}`));
  }
  for (const eq of pending()) take(eq, unique([...free], (e) => e.latex, latexKey(eq.latex)));
  for (const eq of pending()) if (eq.number !== null) take(eq, unique([...free].filter((e) => !e.removed), (e) => (e.number === null ? null : String(e.number)), String(eq.number)));

  const result: UrlEntry[] = [];
  for (const eq of equations) {
    const entry = matchOf.get(eq);
    const fresh: UrlEntry = { slug: eq.slug, number: eq.number, latex: latexKey(eq.latex), name: eq.nameText };
    if (entry) {
      const previous = entry.previous.filter((s) => s !== eq.slug);
      if (entry.slug !== eq.slug) {
        previous.push(entry.slug);
        moved.push({ file, from: entry.slug, to: eq.slug, equation: eq });
      }
      if (previous.length) fresh.previous = previous;
    }
    result.push(fresh);
  }
  for (const entry of entries) {
    if (!free.has(entry)) continue;
    if (!entry.removed) removed.push({ file, slug: entry.slug, name: entry.name });
    const kept: UrlEntry = { slug: entry.slug, number: entry.number, latex: entry.latex, name: entry.name, removed: true };
    if (entry.previous.length) kept.previous = entry.previous;
    result.push(kept);
  }
  // Slugs now used by a live equation are no longer anyone's old URL.
  const live = new Set(equations.map((e) => e.slug));
  for (const entry of result) {
    if (!entry.previous) continue;
    entry.previous = entry.previous.filter((s) => !live.has(s) || s === entry.slug);
    if (entry.previous.length === 0) delete entry.previous;
  }
  return result;
}

/** The history after this build, and what moved or went away since the last one recorded. */
export function updateHistory(old: UrlHistory, collections: Array<{ file: string; equations: Equation[] }>): HistoryUpdate {
  const history: UrlHistory = { version: 1, collections: { ...old.collections } };
  const moved: UrlMove[] = [];
  const removed: UrlRemoval[] = [];
  for (const c of collections) {
    if (!recordable(c.file)) continue;
    // An equation whose slug could not be a folder name has no page to keep.
    history.collections[c.file] = updateCollection(c.file, old.collections[c.file] ?? [], c.equations.filter((e) => safeSlug(e.slug)), moved, removed);
  }
  return { history, moved, removed };
}

/** Info diagnostics for `check`: which URL moved, which equation's URL now says it was removed. */
export function historyDiagnostics(update: HistoryUpdate): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const m of update.moved) {
    out.push(diagnosticAtPoint(m.file, m.equation.positions.heading.start, urlMoved, urlMoved.messages.moved(m.from, m.to), m.equation.slug));
  }
  for (const r of update.removed) {
    out.push(diagnosticAtPoint(r.file, { line: 1, column: 1 }, urlRemoved, urlRemoved.messages.removed(r.name, r.slug), null));
  }
  return out;
}

/**
 * A slug becomes a folder name, and file systems count a name's bytes (255 at most): 200 bytes
 * of UTF-8, not characters (200 × "€" is 600 bytes).
 */
export const MAX_SLUG_BYTES = 200;
/** URLs one collection's history may make answer (its slugs, earlier slugs and removed equations'): twice the equations a file may hold. */
export const MAX_HISTORY_URLS = 20_000;

/** A slug from the file becomes a folder name: one path segment, nothing else. */
function safeSlug(s: unknown): s is string {
  return typeof s === 'string' && s.length > 0 && Buffer.byteLength(s) <= MAX_SLUG_BYTES && s !== '.' && s !== '..' && !/[/\\\s?#%\u0000-\u001f]/.test(s);
}

function shown(s: string): string {
  const short = s.length > 24 ? `${s.slice(0, 24)}…` : s;
  return JSON.stringify(short).replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Why a parsed formulary.urls.json is not one Formulary can use (one line), or the history. */
export function readHistory(json: unknown): UrlHistory | string {
  if (!json || typeof json !== 'object') return 'is not a URL history written by formulary build';
  const o = json as { version?: unknown; collections?: unknown };
  if (o.version !== 1 || !o.collections || typeof o.collections !== 'object') return 'is not a URL history written by formulary build';
  const collections: Record<string, UrlEntry[]> = {};
  for (const [file, list] of Object.entries(o.collections as Record<string, unknown>)) {
    if (!Array.isArray(list)) return `${shown(file)}: not a list of entries`;
    const entries: UrlEntry[] = [];
    let urls = 0;
    for (const e of list as Array<Record<string, unknown>>) {
      if (!e || typeof e !== 'object' || typeof e.latex !== 'string') return `${shown(file)}: an entry is not one formulary build writes`;
      if (!safeSlug(e.slug)) {
        const bytes = typeof e.slug === 'string' ? Buffer.byteLength(e.slug) : 0;
        return bytes > MAX_SLUG_BYTES
          ? `${shown(file)}: slug ${shown(e.slug as string)} is ${bytes} bytes, more than ${MAX_SLUG_BYTES} (a slug is a folder name)`
          : `${shown(file)}: slug ${typeof e.slug === 'string' ? shown(e.slug) : 'missing'} cannot be a folder name`;
      }
      const entry: UrlEntry = { slug: e.slug, number: typeof e.number === 'number' ? e.number : null, latex: e.latex, name: typeof e.name === 'string' ? e.name : e.slug };
      if (Array.isArray(e.previous)) entry.previous = e.previous.filter(safeSlug);
      if (e.removed === true) entry.removed = true;
      urls += 1 + (entry.previous?.length ?? 0);
      entries.push(entry);
    }
    if (urls > MAX_HISTORY_URLS) {
      return `${shown(file)} has ${urls.toLocaleString('en-US')} URLs (slugs, earlier slugs and removed equations), more than ${MAX_HISTORY_URLS.toLocaleString('en-US')}: delete entries of removed equations whose URLs need not answer any more`;
    }
    collections[file] = entries;
  }
  return { version: 1, collections };
}

/** Validates a parsed formulary.urls.json; null when it is not one. */
export function parseHistory(json: unknown): UrlHistory | null {
  const h = readHistory(json);
  return typeof h === 'string' ? null : h;
}

/** The file's text: stable, one entry per line, so a diff shows what moved. */
export function historyText(history: UrlHistory): string {
  const files = Object.keys(history.collections).sort();
  const body = files
    .map((f) => {
      const entries = history.collections[f]!.map((e) => `      ${JSON.stringify(e)}`).join(',\n');
      return `    ${JSON.stringify(f)}: [\n${entries}\n    ]`;
    })
    .join(',\n');
  return `{\n  "version": 1,\n  "collections": {\n${body}${body ? '\n' : ''}  }\n}\n`;
}
