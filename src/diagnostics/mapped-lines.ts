/**
 * Lines and columns of markdown taken out of another file (a notebook's markdown cells,
 * src/read/notebook.ts): offsets stay offsets into the markdown, so every stage reads it as it
 * reads a `.md` file, but each point's line and column are those of the character in the file on
 * disk (inside its JSON string), so diagnostics, CI annotations and "edit this line" land there.
 */
import type { OffsetMap, Point, SourceFile } from '../types.js';
import { LineIndex } from './positions.js';

export class MappedLineIndex extends LineIndex {
  private readonly file: LineIndex;
  private readonly at: number[];

  constructor(
    text: string,
    fileText: string,
    private readonly map: OffsetMap,
  ) {
    super(text);
    this.file = new LineIndex(fileText);
    this.at = map.pieces.map((p) => p.at);
  }

  /** The offset in the file of character `i` of the markdown (a character no piece covers: just after the piece before it). */
  fileOffset(i: number): number {
    const pieces = this.map.pieces;
    let lo = 0;
    let hi = pieces.length - 1;
    if (hi < 0) return 0;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.at[mid] ?? 0) <= i) lo = mid;
      else hi = mid - 1;
    }
    const p = pieces[lo]!;
    if (i < p.at) return p.offset;
    return i - p.at < p.length ? p.offset + (i - p.at) : p.offset + p.length;
  }

  override point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const p = this.file.point(this.fileOffset(o));
    return { line: p.line, column: p.column, offset: o };
  }
}

/** The line index diagnostics of `file` use: its own text's, or the file's on disk when the text was taken out of it. */
export function lineIndexOf(file: SourceFile, text: string = file.text): LineIndex {
  return file.origin ? new MappedLineIndex(text, file.origin.text, file.origin.map) : new LineIndex(text);
}
