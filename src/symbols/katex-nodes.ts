/**
 * The leaves of the conversion of KaTeX's parse tree (symbols/tree.ts): KaTeX's nodes seen
 * structurally, the roles of symbols, fonts and delimiters, and a node's source extent.
 */
import { trimRange } from './lex.js';
import type { Cx } from './extent.js';
import { isLetterText, walk, type Role, type SNode } from './node.js';

// KaTeX's node objects, seen structurally (its parse-tree types are not exported).
interface KLoc {
  start: number;
  end: number;
  lexer?: { input?: string };
}
export interface KNode {
  type: string;
  loc?: KLoc | null;
  [k: string]: unknown;
}

const OPERATOR_SYMBOLS = new Set(['\\nabla', '\\partial']);
const CONST_SYMBOLS = new Set(['\\infty', '\\emptyset', '\\varnothing', '\\hbar']);
export const FENCES = new Set(['|', '\\|', '\\vert', '\\Vert', '\\lvert', '\\rvert', '\\lVert', '\\rVert', '\\mid']);
const OPENERS = new Set(['(', '[', '\\{', '\\lbrace', '\\langle', '\\lfloor', '\\lceil', '\\lbrack', '\\lparen']);
const CLOSERS = new Set([')', ']', '\\}', '\\rbrace', '\\rangle', '\\rfloor', '\\rceil', '\\rbrack', '\\rparen']);
export const CONST_FONTS = new Set(['mathbb', 'Bbb', 'mathbbm']);
export const WORD_FONTS = new Set(['mathrm', 'textrm', 'text', 'textnormal', 'mathnormal', 'textit', 'mathit']);
/** Upright fonts: a letter set upright is a unit, a label or a constant (`\mathrm{K}`, `\mathrm{d}`), not a variable. */
export const ROMAN_FONTS = new Set(['mathrm', 'textrm', 'textnormal', 'textup', 'mathup']);
/** What a unit string is made of (`\mathrm{kg\,m^2}`, `\mathrm{m/s}`): no structure beyond scripts. */
const UNIT_PARTS = new Set(['letter', 'number', 'bin', 'punct', 'rel', 'space', 'supsub', 'other', 'open', 'close']);
const UNIT_TYPES = new Set(['mathord', 'textord', 'atom', 'spacing', 'kern', 'supsub', 'ordgroup']);

export function isNode(v: unknown): v is KNode {
  return typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string';
}

export function ownLoc(n: KNode, cx: Cx): [number, number] | null {
  const loc = n.loc;
  // Tokens from a macro expansion carry offsets into the macro's text, not into ours.
  if (!loc || loc.lexer?.input !== cx.latex) return null;
  return [loc.start, loc.end];
}

export function node(role: Role, type: string, key: string, lists: SNode[][] = []): SNode {
  return { role, type, key, start: -1, end: -1, lists };
}

export function setExtent(n: SNode, range: [number, number] | null, cx: Cx): SNode {
  if (range) {
    const [s, e] = trimRange(cx.latex, range[0], range[1]);
    n.start = s;
    n.end = e;
  }
  return n;
}

export function textContent(v: unknown): string | null {
  if (!Array.isArray(v)) return null;
  let s = '';
  for (const item of v) {
    if (!isNode(item)) continue;
    if (item.type === 'spacing') s += ' ';
    else if ((item.type === 'textord' || item.type === 'mathord') && typeof item.text === 'string') s += item.text;
    else return null;
  }
  return s.replace(/\s+/g, ' ').trim();
}

export function roleOfFamily(family: unknown): Role {
  switch (family) {
    case 'bin':
    case 'rel':
    case 'open':
    case 'close':
    case 'punct':
      return family;
    default:
      return 'other';
  }
}

export function roleOfDelim(d: string): Role {
  if (OPENERS.has(d)) return 'open';
  if (CLOSERS.has(d)) return 'close';
  if (FENCES.has(d)) return 'fence';
  return 'other';
}

export function convSymbol(n: KNode, cx: Cx): SNode {
  const t = String(n.text ?? '');
  let role: Role = 'other';
  if (isLetterText(t)) role = 'letter';
  else if (/^[0-9.]$/.test(t)) role = 'number';
  else if (OPERATOR_SYMBOLS.has(t)) role = 'operator';
  else if (CONST_SYMBOLS.has(t)) role = 'const';
  else if (FENCES.has(t)) role = 'fence';
  return setExtent(node(role, n.type, t), ownLoc(n, cx), cx);
}

/** Letters with numbers, `/`, `\cdot`, spaces and scripts, and nothing else (`m/s^2`, `kg\,m^2`, `N\cdot m`). */
export function isUnitString(body: SNode[]): boolean {
  const all = [...walk(body)];
  return all.some((n) => n.role === 'letter') && all.every((n) => UNIT_PARTS.has(n.role) && UNIT_TYPES.has(n.type));
}
