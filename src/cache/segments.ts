/**
 * Reading the typeset cache's segments (src/cache/typeset-cache.ts): each segment's index, checked
 * against its `.bin` (an entry whose range is not inside the segment is no entry), and the stored
 * text at a location, read a block of `BLOCK` bytes at a time with the last `BLOCKS` blocks kept.
 */
import { fstatSync, openSync, readdirSync, readFileSync, readSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { running } from './process-alive.js';
import { TEMP_FILE } from '../disk-write.js';

/** Bytes read from a segment at a time, and how many such blocks are kept (least recently used goes). */
const BLOCK = 256 * 1024;
const BLOCKS = 16;

export interface Segment {
  name: string;
  fd: number;
  bytes: number;
}

export interface Location {
  seg: Segment;
  offset: number;
  length: number;
}

/**
 * Opens the segments of `dir` into `segments` and their entries of format `format` into `index`
 * (hash → location); removes the half-written segments of builds that were killed. Anything
 * unreadable is skipped: its math is a miss.
 */
export function readSegments(dir: string, format: number, segments: Segment[], index: Map<string, Location>): void {
  let all: string[];
  try {
    all = readdirSync(dir);
  } catch {
    return;
  }
  // Half-written segments of builds that were killed.
  for (const n of all) {
    const pid = (/^\.seg-[0-9a-z]+-(\d+)-[0-9a-f]+\..*tmp$/.exec(n) ?? TEMP_FILE.exec(n))?.[1];
    if (pid !== undefined && !running(Number(pid))) rmSync(join(dir, n), { force: true });
  }
  const names = all.filter((n) => n.endsWith('.idx.json')).sort();
  for (const idx of names) {
    const name = idx.slice(0, -'.idx.json'.length);
    try {
      const meta = JSON.parse(readFileSync(join(dir, idx), 'utf8')) as { format: unknown; keys: unknown; offsets: unknown; lengths: unknown };
      const fd = openSync(join(dir, `${name}.bin`), 'r');
      const seg: Segment = { name, fd, bytes: 0 };
      segments.push(seg);
      if (meta.format !== format) continue;
      const { keys, offsets, lengths } = meta;
      if (!Array.isArray(keys) || !Array.isArray(offsets) || !Array.isArray(lengths) || offsets.length !== keys.length || lengths.length !== keys.length) continue;
      const size = fstatSync(fd).size;
      for (let i = 0; i < keys.length; i++) {
        const key: unknown = keys[i];
        const offset: unknown = offsets[i];
        const length: unknown = lengths[i];
        // An entry whose range is not inside the segment is no entry.
        if (typeof key !== 'string' || !Number.isSafeInteger(offset) || !Number.isSafeInteger(length)) continue;
        const at = offset as number;
        const n = length as number;
        if (at < 0 || n <= 0 || at + n > size) continue;
        seg.bytes += n;
        index.set(key, { seg, offset: at, length: n });
      }
    } catch {
      // A segment deleted or half-written by another build: skipped.
    }
  }
}

/** The blocks read lately, by segment name and block number (a Map keeps insertion order: the first is the oldest). */
export class SegmentBlocks {
  private readonly blocks = new Map<string, Buffer>();

  /** The stored text at a location: from the blocks read (reading the block it starts in), or read alone when it runs past that block. */
  text(at: Location): string {
    const first = Math.floor(at.offset / BLOCK);
    const start = at.offset - first * BLOCK;
    if (start + at.length <= BLOCK) {
      const id = `${at.seg.name}\u0000${first}`;
      let block = this.blocks.get(id);
      if (block) {
        this.blocks.delete(id);
      } else {
        const buf = Buffer.allocUnsafe(BLOCK);
        block = buf.subarray(0, readSync(at.seg.fd, buf, 0, BLOCK, first * BLOCK));
        if (this.blocks.size >= BLOCKS) this.blocks.delete(this.blocks.keys().next().value!);
      }
      this.blocks.set(id, block);
      if (start + at.length > block.length) throw new Error('short read');
      return block.toString('utf8', start, start + at.length);
    }
    const buf = Buffer.allocUnsafe(at.length);
    if (readSync(at.seg.fd, buf, 0, at.length, at.offset) !== at.length) throw new Error('short read');
    return buf.toString('utf8');
  }

  clear(): void {
    this.blocks.clear();
  }
}
