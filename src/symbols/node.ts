/**
 * The normalised tree that symbol analysis works on (built by symbols/tree.ts from KaTeX's
 * parse tree), and small helpers over it.
 */
import type { Lexed } from './lex.js';

export type Role =
  | 'letter' // a math letter or an accented/font-styled one: a symbol candidate
  | 'word' // \text{precision}, \mathrm{KL}, a unit (\mathrm{m/s^2}, \mathrm{K}), \ce{H2O}, a joined name (GDP): a symbol only when a where-list defines it
  | 'number'
  | 'operator' // \sum \log \nabla \partial \operatorname{…}
  | 'const' // \mathbb{R}, \infty
  | 'bin'
  | 'rel'
  | 'open'
  | 'close'
  | 'punct'
  | 'fence' // | and \| (neither opening nor closing by themselves)
  | 'space'
  | 'supsub'
  | 'other';

export interface SNode {
  role: Role;
  /** KaTeX node type. */
  type: string;
  key: string;
  start: number;
  end: number;
  /** Child sequences in source order (bodies, cells, numerator and denominator…). Empty for symbols. */
  lists: SNode[][];
  /** supsub only. */
  base?: SNode;
  sub?: SNode[];
  sup?: SNode[];
  /** The sole content of an argument written without braces (`x_t`'s `t`): a wrapper needs braces there. */
  bare?: boolean;
  /** Alignment arrays (aligned, align): each row's cells concatenated, to find left-hand sides. */
  rows?: SNode[][];
  /** op nodes: the command name (`\tanh`), used to locate it in the source. */
  command?: string;
}

export interface ParsedMath {
  latex: string;
  nodes: SNode[];
  lx: Lexed;
  /** The KaTeX parse's signature (signature.ts) when it is the parse the linker makes of the formula without links. */
  signature?: string;
}

const GREEK = new Set(
  (
    'alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa varkappa lambda mu nu xi ' +
    'omicron pi varpi rho varrho sigma varsigma tau upsilon phi varphi chi psi omega Gamma Delta Theta Lambda ' +
    'Xi Pi Sigma Upsilon Phi Psi Omega digamma ell'
  )
    .split(' ')
    .map((g) => `\\${g}`),
);

/** Scripts whose characters in math are words the author left outside `\text{…}` (`m \to 样本数`), never a symbol. */
const TEXT_SCRIPTS = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Arabic}\p{Script=Devanagari}]$/u;

export function isLetterText(t: string): boolean {
  return /^[A-Za-z]$/.test(t) || GREEK.has(t) || (/^\p{L}$/u.test(t) && !TEXT_SCRIPTS.test(t));
}

/** Keys of a sequence, spaces dropped: the unit of comparison for runs. */
export function listKey(list: SNode[]): string {
  return list
    .filter((n) => n.role !== 'space')
    .map((n) => n.key)
    .join(' ');
}

export function solid(list: SNode[]): SNode[] {
  return list.filter((n) => n.role !== 'space');
}

/** Every node of a tree, depth first (base before scripts, in source order). */
export function* walk(list: SNode[]): Generator<SNode> {
  for (const n of list) {
    yield n;
    if (n.base) yield* walk([n.base]);
    if (n.sub) yield* walk(n.sub);
    if (n.sup) yield* walk(n.sup);
    for (const l of n.lists) yield* walk(l);
  }
}

/** Every sequence of siblings in a tree (the places a run of nodes can match). */
export function* sequences(list: SNode[]): Generator<SNode[]> {
  yield list;
  for (const n of list) {
    // A base is no sequence of its own (a run cannot end inside `x` of `x^2`), but its parts are.
    if (n.base) for (const l of n.base.lists) yield* sequences(l);
    if (n.sub) yield* sequences(n.sub);
    if (n.sup) yield* sequences(n.sup);
    for (const l of n.lists) yield* sequences(l);
  }
}

/**
 * A superscript that is one lowercase Greek letter, as in `k_t^{\alpha}`, `(k^*)^{\alpha}`: an
 * exponent, so the letter is a symbol of the formula and the base keeps its identity. Not `\pi`
 * (`V^\pi` names a policy's value) nor the letters physics writes as tensor indices (`x^\mu`,
 * `p^\nu`, `T^\rho`, `\sigma`, `\tau`).
 */
export function isPowerLetter(sup: SNode[] | undefined): boolean {
  const t = solid(sup ?? []);
  return t.length === 1 && t[0]!.role === 'letter' && EXPONENT_LETTERS.has(t[0]!.key);
}

const EXPONENT_LETTERS = new Set(
  'alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta kappa lambda xi phi varphi chi psi omega'.split(' ').map((g) => `\\${g}`),
);
