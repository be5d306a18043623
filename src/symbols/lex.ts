/**
 * A minimal TeX tokenizer, used only to find the source extent of parse-tree nodes.
 *
 * KaTeX's parse tree gives `loc` offsets to symbols and braced groups but not to the
 * function nodes around them (`\hat{y}`, `\mathbf{m}`, `\text{…}`, `\left(…\right)`, `\tanh`),
 * nor to tokens that came out of a macro expansion. Symbol *meaning* always comes from the
 * tree (src/symbols/tree.ts); this module only answers "where does that command start,
 * where does its closing brace end" so the linker can splice the source safely.
 */

export interface Token {
  start: number;
  end: number;
  /** `\name`, `\x`, a single character (a surrogate pair counts as one), or ' ' for whitespace/comments. */
  text: string;
}

export interface Lexed {
  source: string;
  tokens: Token[];
  /** Index of the token that starts at each offset (undefined inside a token). */
  startIndex: Map<number, number>;
  /** Matching brace offsets, both ways (`{` offset ↔ `}` offset). Unbalanced braces have no entry. */
  braceMatch: Map<number, number>;
}

function isLetter(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '@';
}

export function lex(source: string): Lexed {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i] ?? '';
    let j = i + 1;
    let text = c;
    if (c === '\\') {
      if (isLetter(source[j] ?? '')) {
        while (j < source.length && isLetter(source[j] ?? '')) j++;
      } else if (j < source.length) {
        j++;
      }
      text = source.slice(i, j);
    } else if (c === '%') {
      while (j < source.length && source[j] !== '\n') j++;
      text = ' ';
    } else if (/\s/.test(c)) {
      while (j < source.length && /\s/.test(source[j] ?? '')) j++;
      text = ' ';
    } else {
      const code = c.charCodeAt(0);
      if (code >= 0xd800 && code <= 0xdbff && j < source.length) j++;
      text = source.slice(i, j);
    }
    tokens.push({ start: i, end: j, text });
    i = j;
  }
  const startIndex = new Map<number, number>();
  tokens.forEach((t, k) => startIndex.set(t.start, k));
  const braceMatch = new Map<number, number>();
  const stack: number[] = [];
  for (const t of tokens) {
    if (t.text === '{') stack.push(t.start);
    else if (t.text === '}') {
      const open = stack.pop();
      if (open !== undefined) {
        braceMatch.set(open, t.start);
        braceMatch.set(t.start, open);
      }
    }
  }
  return { source, tokens, startIndex, braceMatch };
}

/** Index of the token containing offset `pos` (binary search). */
export function tokenAt(lx: Lexed, pos: number): number {
  let lo = 0;
  let hi = lx.tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lx.tokens[mid]?.start ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The first non-whitespace token index at or after `pos`, or -1. */
export function nextSolid(lx: Lexed, pos: number): number {
  if (pos >= lx.source.length) return -1;
  for (let k = tokenAt(lx, pos); k < lx.tokens.length; k++) {
    const t = lx.tokens[k];
    if (t && t.start >= pos && t.text !== ' ') return k;
  }
  return -1;
}

/** The last non-whitespace token index ending at or before `pos`, or -1. */
export function prevSolid(lx: Lexed, pos: number): number {
  if (pos <= 0) return -1;
  for (let k = tokenAt(lx, pos - 1); k >= 0; k--) {
    const t = lx.tokens[k];
    if (t && t.end <= pos && t.text !== ' ') return k;
  }
  return -1;
}

/**
 * Extends `[start, end)` to the right over the closing braces of groups opened inside it
 * (`\hat{y` → `\hat{y}`), skipping whitespace. Returns the new end.
 */
export function closeBraces(lx: Lexed, start: number, end: number): number {
  let depth = 0;
  let k = tokenAt(lx, start);
  for (; k < lx.tokens.length; k++) {
    const t = lx.tokens[k];
    if (!t || t.start >= end) break;
    if (t.text === '{') depth++;
    else if (t.text === '}') depth--;
  }
  let result = end;
  for (; k < lx.tokens.length && depth > 0; k++) {
    const t = lx.tokens[k];
    if (!t) break;
    if (t.text === ' ') continue;
    if (t.text !== '}') break;
    depth--;
    result = t.end;
  }
  return result;
}

/** True when `source[start, end)` has balanced braces, `\left`/`\right` and `\begin`/`\end`. */
export function isBalanced(lx: Lexed, start: number, end: number): boolean {
  let braces = 0;
  let lr = 0;
  let env = 0;
  for (let k = tokenAt(lx, start); k < lx.tokens.length; k++) {
    const t = lx.tokens[k];
    if (!t || t.start >= end) break;
    if (t.start < start) return false; // `start` falls inside a token
    if (t.end > end) return false;
    if (t.text === '{') braces++;
    else if (t.text === '}') braces--;
    else if (t.text === '\\left') lr++;
    else if (t.text === '\\right') lr--;
    else if (t.text === '\\begin') env++;
    else if (t.text === '\\end') env--;
    if (braces < 0 || lr < 0 || env < 0) return false;
  }
  return braces === 0 && lr === 0 && env === 0;
}

/** True when `&` or `\\` occurs in `[start, end)` outside any brace group or environment. */
export function hasTopLevelSeparator(lx: Lexed, start: number, end: number): boolean {
  let depth = 0;
  for (let k = tokenAt(lx, start); k < lx.tokens.length; k++) {
    const t = lx.tokens[k];
    if (!t || t.start >= end) break;
    if (t.text === '{' || t.text === '\\begin') depth++;
    else if (t.text === '}' || t.text === '\\end') depth--;
    else if (depth === 0 && (t.text === '&' || t.text === '\\\\' || t.text === '\\cr')) return true;
  }
  return false;
}

/** `[start, end)` with whitespace trimmed at both ends. */
export function trimRange(source: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(source[s] ?? '')) s++;
  // A space right after a control word is part of it for TeX, but dropping it is harmless
  // because the linker's closing brace ends the control word just as well.
  while (e > s && /\s/.test(source[e - 1] ?? '')) e--;
  return [s, e];
}
