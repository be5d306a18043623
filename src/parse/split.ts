/**
 * Splits a markdown document at its ATX headings before parsing.
 *
 * micromark is superlinear on one huge document (a 10,000-equation file: minutes whole, seconds
 * split), and each equation is self-contained, so each heading starts a chunk that is parsed on
 * its own. Chunks start at line starts, so a chunk-relative position converts back to the file by
 * adding the chunk's offset and line. Headings inside fenced code are not split points; a fence
 * that never closes is reported with the headings it swallows.
 */

export interface Chunk {
  /** Offset of the chunk's first character in the file. */
  offset: number;
  /** 0-based line number of the chunk's first line. */
  line: number;
  text: string;
  /** The heading level when the chunk starts with an ATX heading, else 0. */
  headingLevel: number;
}

export interface UnclosedFence {
  offset: number;
  /** Offsets of heading-like lines inside the unclosed fence. */
  swallowedHeadings: number[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]|$)/;

export function splitAtHeadings(text: string): { chunks: Chunk[]; unclosedFence: UnclosedFence | null } {
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let chunkLine = 0;
  let chunkLevel = 0;
  let fence: { marker: string; offset: number; headings: number[] } | null = null;
  let lineStart = 0;
  let line = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const content = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const fenceMatch = FENCE.exec(content);
    if (fence) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence.marker[0]!) && fenceMatch[1]!.length >= fence.marker.length && fenceMatch[2]!.trim() === '') {
        fence = null;
      } else if (HEADING.test(content)) {
        fence.headings.push(lineStart);
      }
    } else if (fenceMatch && !(fenceMatch[1]!.startsWith('`') && fenceMatch[2]!.includes('`'))) {
      fence = { marker: fenceMatch[1]!, offset: lineStart + content.indexOf(fenceMatch[1]!), headings: [] };
    } else {
      const heading = HEADING.exec(content);
      if (heading) {
        if (lineStart > chunkStart) {
          chunks.push({ offset: chunkStart, line: chunkLine, text: text.slice(chunkStart, lineStart), headingLevel: chunkLevel });
        }
        chunkStart = lineStart;
        chunkLine = line;
        chunkLevel = heading[1]!.length;
      }
    }
    lineStart = lineEnd + 1;
    line++;
  }
  if (chunkStart < text.length || chunks.length === 0) {
    chunks.push({ offset: chunkStart, line: chunkLine, text: text.slice(chunkStart), headingLevel: chunkLevel });
  }
  const unclosedFence = fence ? { offset: fence.offset, swallowedHeadings: fence.headings } : null;
  return { chunks, unclosedFence };
}
