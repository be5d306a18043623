/** Offsets ↔ line/column, and LaTeX offsets → file offsets. Pure functions, no I/O. */
import type { OffsetMap, Point, Span } from '../types.js';

/** Precomputed line starts of a text, for fast offset → (line, column) lookups. */
export class LineIndex {
  private readonly starts: number[] = [0];

  /** Line endings are LF, CRLF or a lone CR (CommonMark's three). */
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  /** The 1-based line and column of a 0-based offset (clamped into the text). */
  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - (this.starts[lo] ?? 0) + 1, offset: o };
  }

  span(start: number, end: number): Span {
    return { start: this.point(start), end: this.point(end) };
  }

  /** Offset of the start of a 1-based line. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))] ?? 0;
  }

  get lineCount(): number {
    return this.starts.length;
  }
}

/** The file offset of character `i` of a LaTeX string with the given map. */
export function fileOffsetOf(map: OffsetMap, i: number): number {
  let best: { at: number; offset: number; length: number } | undefined;
  for (const piece of map.pieces) {
    if (piece.at <= i) best = piece;
    else break;
  }
  if (!best) return map.pieces[0]?.offset ?? 0;
  const within = Math.min(i - best.at, Math.max(0, best.length - 1));
  return best.offset + Math.max(0, within);
}

/** A map for a LaTeX string copied verbatim from `offset` in the file. */
export function contiguousMap(offset: number, length: number): OffsetMap {
  return { pieces: [{ at: 0, offset, length }] };
}
