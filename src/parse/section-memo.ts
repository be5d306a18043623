/**
 * The dev server's memory of a file's sections between saves (issue 28): a section is read on
 * its own once the headings are known (parse.ts), so a save that changes one section need not
 * read the others again. Each section's reading (its tree, its drafts, its math spans) is kept
 * under a key of everything the reading looks at: the section's text and heading level, the
 * earlier equations' LaTeX and last slug, the preprocessing's marks inside it (offsets relative
 * to the section) and the file's reading settings. A later save that finds the key takes a copy
 * of the reading with its offsets moved by how far the section moved (lines and offsets; columns
 * stay, a section starting a line). Pure: no I/O. Not used for notebooks (their lines are the
 * JSON's) nor documents with macros (their expansion budget is shared by the sections).
 */
import type { Nodes, Root } from 'mdast';
import type { MathSource } from '../types.js';
import type { Chunk } from './split.js';
import type { ChunkContext } from './mdast-helpers.js';
import type { SectionRead } from './section-draft.js';
import { firstAtLeast } from './text-edits.js';

/** One section's reading: what parse.ts makes of a chunk before the file-level pass. */
export interface SectionReading {
  tree: Root;
  section: SectionRead | null;
  spans: MathSource[];
  /** `ctx.maths` as the reading left it. */
  maths: Nodes[] | undefined;
}

interface Entry {
  reading: SectionReading;
  offset: number;
  line: number;
}

/** Sections kept between the loads of one file; a load keeps only the sections it read. */
export class SectionMemo {
  private entries = new Map<string, Entry>();
  private next = new Map<string, Entry>();
  /** Sections taken from the memory in the last load (for tests). */
  hits = 0;

  /** A load starts: what it does not use again is dropped at `finish`. */
  begin(): void {
    this.next = new Map();
    this.hits = 0;
  }

  finish(): void {
    this.entries = this.next;
    this.next = new Map();
  }

  /** The kept reading for `key`, moved to `chunk`'s place, or null. */
  take(key: string, chunk: Chunk): SectionReading | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    const dOffset = chunk.offset - entry.offset;
    const dLine = chunk.line - entry.line;
    // Kept as read: the copy handed out may be changed by the file-level pass.
    this.next.set(key, entry);
    this.hits += 1;
    const moved = moveOffsets({ section: entry.reading.section, spans: entry.reading.spans }, dOffset, dLine) as Pick<SectionReading, 'section' | 'spans'>;
    return { tree: entry.reading.tree, maths: entry.reading.maths, ...moved };
  }

  /** Keeps a reading just made (a copy: the file-level pass changes drafts). */
  keep(key: string, chunk: Chunk, reading: SectionReading): void {
    if (!plainData({ section: reading.section, spans: reading.spans })) return;
    const copy = moveOffsets({ section: reading.section, spans: reading.spans }, 0, 0) as Pick<SectionReading, 'section' | 'spans'>;
    this.next.set(key, { reading: { tree: reading.tree, maths: reading.maths, ...copy }, offset: chunk.offset, line: chunk.line });
  }
}

/** Only plain objects, arrays and primitives: what `moveOffsets` copies faithfully. */
function plainData(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return typeof value !== 'function';
  if (Array.isArray(value)) return value.every(plainData);
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every(plainData);
}

/**
 * A copy with every file offset moved by `dOffset` and every line by `dLine`: `offset` and
 * `nameOffset` fields, a point's `line`, and `itemsWithoutMath` (offsets). LaTeX-relative
 * positions (`at`) stay.
 */
export function moveOffsets(value: unknown, dOffset: number, dLine: number): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = moveOffsets(value[i], dOffset, dLine);
    return out;
  }
  const o = value as Record<string, unknown>;
  const point = typeof o.line === 'number' && typeof o.column === 'number' && typeof o.offset === 'number';
  const out: Record<string, unknown> = {};
  for (const k in o) {
    const v = o[k];
    if (typeof v !== 'object' || v === null) {
      if (typeof v === 'number' && (k === 'offset' || k === 'nameOffset')) out[k] = v + dOffset;
      else if (point && k === 'line') out[k] = (v as number) + dLine;
      else out[k] = v;
    } else if (k === 'itemsWithoutMath' && Array.isArray(v)) out[k] = v.map((n: number) => n + dOffset);
    else out[k] = moveOffsets(v, dOffset, dLine);
  }
  return out;
}

/** The offsets of `sorted` in [start, end], relative to start. */
function within(sorted: number[], start: number, end: number): number[] {
  const lo = firstAtLeast(sorted, start);
  const out: number[] = [];
  for (let i = lo; i < sorted.length && sorted[i]! <= end; i++) out.push(sorted[i]! - start);
  return out;
}

/** Builds the keys of one file's sections: the file's marks sorted once, the earlier equations hashed as they come. */
export class SectionKeys {
  private readonly brackets: number[];
  private readonly parens: number[];
  private readonly dollars: number[];
  private readonly labels: number[];
  private earlierHash = 0;
  private earlierHash2 = 0;
  private earlierCount = 0;

  constructor(
    private readonly ctx: Omit<ChunkContext, 'offset'>,
    /** The file's reading settings that reach a section (dialect, language, formula sheet…). */
    private readonly settings: string,
  ) {
    const sorted = (s: Iterable<number>): number[] => [...s].sort((a, b) => a - b);
    this.brackets = sorted(ctx.bracketDisplays);
    this.parens = sorted(ctx.parenInlines);
    this.dollars = sorted(ctx.dollarDisplays);
    this.labels = sorted(ctx.displayLabels?.keys() ?? []);
  }

  /** An equation's LaTeX was added to the file's earlier equations. */
  noteEarlier(latex: string): void {
    this.earlierCount += 1;
    // Two independent 32-bit hashes of the chain (FNV-1a-like and a multiply-rotate): a stale reading needs both to collide.
    let h = this.earlierHash ^ 0x9e3779b9;
    let g = this.earlierHash2 ^ 0x7f4a7c15;
    for (let i = 0; i < latex.length; i++) {
      const c = latex.charCodeAt(i);
      h = Math.imul(h ^ c, 0x01000193);
      g = Math.imul((g << 5) | (g >>> 27), 0x5bd1e995) ^ c;
    }
    this.earlierHash = Math.imul(h ^ latex.length, 0x85ebca6b) >>> 0;
    this.earlierHash2 = Math.imul(g ^ latex.length, 0xc2b2ae35) >>> 0;
  }

  key(chunk: Chunk, previousSlug: string | null, untitled: unknown): string {
    const start = chunk.offset;
    const end = start + chunk.text.length;
    const labels = this.ctx.displayLabels;
    const ranges = (list: ReadonlyArray<{ start: number; end: number; title?: string }>): unknown[] =>
      list.filter((r) => r.start <= end && r.end >= start).map((r) => [r.start - start, r.end - start, r.title ?? null]);
    return JSON.stringify([
      this.settings,
      chunk.headingLevel,
      previousSlug,
      untitled ?? null,
      this.earlierCount,
      this.earlierHash,
      this.earlierHash2,
      within(this.brackets, start, end),
      within(this.parens, start, end),
      within(this.dollars, start, end),
      within(this.labels, start, end).map((at) => [at, labels!.get(at + start)]),
      ranges((this.ctx.commentary ?? []).map(([s, e]) => ({ start: s, end: e }))),
      ranges(this.ctx.boxTitles ?? []),
      chunk.text,
    ]);
  }
}
