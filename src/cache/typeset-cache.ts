/**
 * The on-disk typeset cache: KaTeX's output for each (LaTeX, form), and the symbol analysis of
 * src/katex/memo.ts, each keyed by a hash of its key,
 * KaTeX's version and Formulary's, in `node_modules/.cache/formulary/typeset/` (none when the
 * project has no node_modules, or with `--no-cache`). A rebuild then never typesets unchanged math.
 *
 * Layout: segments, each a `.bin` of concatenated JSON values and a `.idx.json` naming its keys
 * with their byte ranges. A build writes one new segment with what it typeset (the index last,
 * renamed into place: a reader never sees half a segment), so concurrent builds never write the
 * same file. Values are read on demand from the open segments (src/cache/segments.ts), a block at a time
 * (a build reads its values mostly in the order an earlier build wrote them: one read for many
 * values, not one system call each), keeping the last `BLOCKS` blocks: the cache costs memory for
 * its index and those blocks only. When the segments hold more dead bytes than live ones, or
 * there are many, a full build rewrites the entries it used into one segment and deletes the rest.
 * Anything unreadable is a miss: the math is simply typeset again. Each stored value carries its
 * own key (`[hash, value]`), and an index entry is used only when its range lies inside its
 * segment and the value there names the key looked up: an index that is valid JSON of the right
 * shape but does not match its segment (keys reordered, lengths off) gives misses, not wrong math.
 */
import { hash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyValueStore } from '../katex/memo.js';
import { readSegments, SegmentBlocks, type Location, type Segment } from './segments.js';
import { commitTempSync, dropTempSync, openTempSync, writeFileAtomicSync, type TempFile } from '../disk-write.js';

/** Bump when the stored shape or what a key covers changes. */
const FORMAT = 2;
const MAX_SEGMENTS = 6;

export function typesetCacheDir(root = process.cwd()): string | null {
  const modules = join(root, 'node_modules');
  return existsSync(modules) ? join(modules, '.cache', 'formulary', 'typeset') : null;
}

export class TypesetCache implements KeyValueStore {
  private readonly index = new Map<string, Location>();
  private readonly segments: Segment[] = [];
  /** Entries of the segment this run writes: hash → [offset, length]. */
  private readonly fresh = new Map<string, [number, number]>();
  private out: { name: string; tmp: TempFile; bytes: number } | null = null;
  /** Values appended but not yet written: written a megabyte at a time (a build appends tens of thousands of small ones). */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private broken = false;
  private readonly used = new Set<string>();
  private readonly blocks = new SegmentBlocks();
  private readonly salt: string;
  private loaded = false;
  /** Hits and misses, for --stats. */
  readonly counts = { hits: 0, misses: 0 };

  /** `versions`: KaTeX's and Formulary's, part of every key. */
  constructor(
    private readonly dir: string | null,
    versions: string,
  ) {
    this.salt = `${FORMAT}\u0000${versions}\u0000`;
  }

  /** The last key hashed and its hash: a miss is looked up, computed, then stored under the same key. */
  private last: [string, string] = ['', ''];

  private hash(key: string): string {
    if (this.last[0] === key && key !== '') return this.last[1];
    const h = hash('sha1', this.salt + key, 'base64url');
    this.last = [key, h];
    return h;
  }

  private load(): void {
    this.loaded = true;
    if (this.dir) readSegments(this.dir, FORMAT, this.segments, this.index);
  }

  get(key: string): unknown {
    if (!this.dir) return null;
    if (!this.loaded) this.load();
    const h = this.hash(key);
    const at = this.index.get(h);
    if (!at) {
      this.counts.misses += 1;
      return null;
    }
    try {
      const record = JSON.parse(this.blocks.text(at)) as unknown;
      // The value must name the key it was stored under (an index out of step with its segment).
      if (!Array.isArray(record) || record.length !== 2 || record[0] !== h) {
        this.index.delete(h); // so that set() stores the value again
        this.counts.misses += 1;
        return null;
      }
      this.used.add(h);
      this.counts.hits += 1;
      return record[1] as unknown;
    } catch {
      this.index.delete(h);
      this.counts.misses += 1;
      return null;
    }
  }

  has(key: string): boolean {
    if (!this.dir) return false;
    if (!this.loaded) this.load();
    const h = this.hash(key);
    return this.index.has(h) || this.fresh.has(h);
  }

  set(key: string, value: unknown): void {
    if (!this.dir) return;
    const h = this.hash(key);
    this.used.add(h);
    if (this.index.has(h) || this.fresh.has(h)) return;
    this.append(h, Buffer.from(JSON.stringify([h, value]), 'utf8'));
  }

  /** Appends to the new segment as values come (nothing waits in memory for the end of the build). */
  private append(h: string, buf: Buffer): void {
    try {
      if (!this.out) {
        mkdirSync(this.dir!, { recursive: true });
        const name = `seg-${Date.now().toString(36)}-${process.pid}-${randomBytes(4).toString('hex')}`;
        this.out = { name, tmp: openTempSync(join(this.dir!, `${name}.bin`)), bytes: 0 };
      }
      this.pending.push(buf);
      this.pendingBytes += buf.length;
      this.fresh.set(h, [this.out.bytes, buf.length]);
      this.out.bytes += buf.length;
      if (this.pendingBytes >= 1 << 20) this.writePending();
    } catch {
      // No cache: fine.
    }
  }

  private writePending(): void {
    if (!this.out || this.pending.length === 0) return;
    const chunk = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    let done = 0;
    try {
      while (done < chunk.length) done += writeSync(this.out.tmp.fd, chunk, done, chunk.length - done);
    } catch {
      // Full disk…: this run's segment is dropped whole (its index would point past what was written).
      this.broken = true;
    }
  }

  /**
   * Writes what was typeset this run as a new segment. `compact` (a whole build: everything the
   * site needs was looked up) rewrites the used entries into one segment when the old ones hold
   * mostly dead bytes or are many, and deletes the old ones. A partial build (one that kept pages
   * unrendered, so did not look up their math) deletes nothing: when the segments are many it
   * merges every one but the largest into its own, whole.
   */
  flush(compact: boolean): void {
    if (!this.dir) return;
    try {
      const liveOld = [...this.used].reduce((n, h) => n + (this.index.get(h)?.length ?? 0), 0);
      const totalOld = this.segments.reduce((n, s) => n + s.bytes, 0);
      const rewrite = compact && this.segments.length > 0 && (totalOld > 2 * liveOld || this.segments.length >= MAX_SEGMENTS);
      const copy = (h: string, at: Location): void => {
        if (this.fresh.has(h)) return;
        const buf = Buffer.allocUnsafe(at.length);
        if (readSync(at.seg.fd, buf, 0, at.length, at.offset) === at.length) this.append(h, buf);
      };
      let merged: Segment[] = [];
      if (rewrite) {
        for (const h of this.used) {
          const at = this.index.get(h);
          if (at) copy(h, at);
        }
      } else if (!compact && this.segments.length >= MAX_SEGMENTS) {
        const largest = this.segments.reduce((a, b) => (b.bytes > a.bytes ? b : a));
        merged = this.segments.filter((s) => s !== largest);
        const from = new Set(merged);
        for (const [h, at] of this.index) if (from.has(at.seg)) copy(h, at);
      }
      if (this.out) this.writePending();
      if (this.out && !this.broken) {
        const { name, tmp } = this.out;
        this.out = null;
        const keys = [...this.fresh.keys()];
        const places = [...this.fresh.values()];
        commitTempSync(tmp, join(this.dir, `${name}.bin`));
        // The index last, renamed into place: a reader never sees half a segment.
        writeFileAtomicSync(join(this.dir, `${name}.idx.json`), JSON.stringify({ format: FORMAT, keys, offsets: places.map((p) => p[0]), lengths: places.map((p) => p[1]) }));
      }
      // Old segments go only once the new one holds their entries.
      if (!this.broken) {
        if (rewrite) for (const s of this.segments) this.remove(s.name);
        for (const s of merged) this.remove(s.name);
      }
    } catch {
      // No cache (read-only node_modules, full disk…): the next build typesets again.
    } finally {
      this.close();
    }
  }

  private remove(name: string): void {
    // Index first: a reader that lists the folder now no longer sees the segment.
    rmSync(join(this.dir!, `${name}.idx.json`), { force: true });
    rmSync(join(this.dir!, `${name}.bin`), { force: true });
  }

  /** Closes the segments (flush does it too). */
  close(): void {
    for (const s of this.segments) {
      try {
        closeSync(s.fd);
      } catch {
        // already closed
      }
    }
    this.segments.length = 0;
    this.index.clear();
    this.blocks.clear();
    this.fresh.clear();
    // A run that ends without flush (a failed build) leaves no half segment behind.
    this.pending = [];
    this.pendingBytes = 0;
    if (this.out) {
      try {
        dropTempSync(this.out.tmp);
      } catch {
        // gone already
      }
      this.out = null;
    }
  }
}
