/**
 * How far a line is indented inside the list item it continues, in CommonMark's columns (a tab
 * advances to the next multiple of 4). A `$$` or `\[` that opens a display may stand at most 3
 * columns past its container's content column; elsewhere 4 columns make an indented code block.
 * Logseq nests its outline with tabs (`\t\t- Point` / `\t\t  $$x`), Markdown lists with spaces:
 * counting characters instead of columns read such a display's line as code.
 */

/** The column after the characters [0, end) of a line, tabs to the next multiple of 4. */
export function columnOf(line: string, end: number): number {
  let col = 0;
  for (let i = 0; i < end; i++) col = line.charCodeAt(i) === 9 ? col + 4 - (col % 4) : col + 1;
  return col;
}

const MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

/** Reads lines in order and tracks the content columns of the list items open around them. */
export class ListIndent {
  /** Content columns of the open list items, innermost last. */
  private readonly items: number[] = [];

  /**
   * Reads the next line. `indent`: its indent in columns past the content column of the innermost
   * item it continues (its absolute indent outside lists); `content`: where its block content
   * starts, past a list marker that opens an item on it.
   */
  read(line: string): { indent: number; content: number } {
    const chars = line.length - line.trimStart().length;
    if (chars === line.length) return { indent: 0, content: chars };
    const col = columnOf(line, chars);
    while (this.items.length > 0 && this.items[this.items.length - 1]! > col) this.items.pop();
    const base = this.items.length > 0 ? this.items[this.items.length - 1]! : 0;
    const marker = col - base <= 3 ? MARKER.exec(line.slice(chars)) : null;
    if (!marker) return { indent: col - base, content: chars };
    const after = chars + marker[0].length;
    const rest = line.slice(after);
    const gap = rest.length - rest.trimStart().length;
    const markerEnd = columnOf(line, after);
    const textCol = columnOf(line, after + gap);
    // CommonMark: 1-4 columns of space after the marker; past 4 (or nothing on the line), the content starts 1 column after it.
    const wide = gap === rest.length || textCol - markerEnd > 4;
    this.items.push(wide ? markerEnd + 1 : textCol);
    return { indent: 0, content: wide ? Math.min(after + 1, line.length) : after + gap };
  }
}
