/**
 * Top-level splitting of a where-list item's math into the symbols it defines:
 * `y^{(i)} \in \{0, 1\}` → `y^{(i)}` (the part before the relation), `W_{hh}, W_{xh}` → two,
 * `M = \frac{1}{2}(P + Q)` → `M` defined as `\frac{1}{2}(P + Q)`. Works on the source text at
 * brace/bracket depth 0 so `z(u,v)` and `\{0, 1\}` stay whole; offsets are kept for positions.
 */

export interface Piece {
  text: string;
  /** Offset of `text` in the input string. */
  start: number;
}

const RELATIONS = ['\\coloneqq', ':=', '\\approx', '\\equiv', '\\propto', '\\notin', '\\neq', '\\geq', '\\leq', '\\sim', '\\in', '\\ne', '\\ge', '\\le', '=', '<', '>'];

/** Visits each character at bracket depth 0, skipping `\command` names; stops when `visit` returns true. */
function scanTopLevel(latex: string, visit: (i: number) => boolean): void {
  let depth = 0;
  for (let i = 0; i < latex.length; i++) {
    const c = latex[i]!;
    if (c === '\\') {
      const next = latex[i + 1];
      if (next === '{' || next === '}' || next === '|' || next === ',' || next === ';' || next === '!') {
        if (depth === 0 && visit(i)) return;
        i++;
        continue;
      }
      if (depth === 0 && visit(i)) return;
      let j = i + 1;
      while (j < latex.length && /[a-zA-Z]/.test(latex[j]!)) j++;
      if (latex.slice(i + 1, j) === 'left') depth++;
      else if (latex.slice(i + 1, j) === 'right') depth--;
      i = Math.max(i, j - 1);
      continue;
    }
    if (c === '{' || c === '(' || c === '[') depth++;
    else if (c === '}' || c === ')' || c === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0 && visit(i)) return;
  }
}

/** Finds the first top-level relation; returns its start and length, or null. */
export function findRelation(latex: string): { at: number; length: number; op: string } | null {
  let found: { at: number; length: number; op: string } | null = null;
  scanTopLevel(latex, (i) => {
    for (const op of RELATIONS) {
      if (latex.startsWith(op, i)) {
        if (op.startsWith('\\') && /[a-zA-Z]/.test(latex[i + op.length] ?? '')) continue;
        found = { at: i, length: op.length, op };
        return true;
      }
    }
    return false;
  });
  return found;
}

/** Splits at top-level commas, trimming each piece; empty pieces are dropped. */
export function splitTopLevelCommas(latex: string, base = 0): Piece[] {
  const cuts: number[] = [];
  scanTopLevel(latex, (i) => {
    if (latex[i] === ',') cuts.push(i);
    return false;
  });
  const pieces: Piece[] = [];
  let from = 0;
  for (const cut of [...cuts, latex.length]) {
    const raw = latex.slice(from, cut);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) pieces.push({ text, start: base + from + lead });
    from = cut + 1;
  }
  return pieces;
}

/** True when the expression has a top-level binary `+` or `-` between operands (`ad - bc`), i.e. it is not a symbol. */
export function isCompound(latex: string): boolean {
  let compound = false;
  scanTopLevel(latex, (i) => {
    const c = latex[i];
    if ((c === '+' || c === '-') && latex.slice(0, i).trim() !== '') {
      compound = true;
      return true;
    }
    return false;
  });
  return compound;
}
