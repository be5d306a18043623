/**
 * Variables a formula binds by stating their range itself (issue 24, trial 7 P12 and P10), added to
 * the binders symbols/bound.ts reads (`\sum_{k}`, `\int … dx`, `\forall`):
 * - a clause after the formula that gives a letter its values: `\quad \text{for } k = 0, 1, 2, \dots`,
 *   `, \; k = 1, \dots, K`, `\quad k \in \{1, \dots, K\}`, `, \; n \in \mathbb{N}`. The clause follows a
 *   space, a comma or words (`\text{for}`); the values are a list with a comma and an ellipsis (or numbers
 *   only), a literal set, or the integers. The letter is an index, like `\sum_{k}`'s; what its range
 *   writes (`K`) is still a symbol of the formula.
 * - the members of a literal set of single letters a bound index runs over: `\sum_{a \in \{x, y, z\}}` sums
 *   over the axes `x`, `y`, `z`, values of `a`, not quantities. A set with numbers or an ellipsis
 *   (`\{1, \dots, K\}`) is a range, and its letters stay symbols.
 */
import { sequences, solid, type SNode } from './tree.js';

const DOTS = new Set(['\\ldots', '\\dots', '\\cdots', '\\dotsc', '\\dotsb', '\\dotso']);
const INTEGERS = /^\\mathbb\{[NZ]\}$/;

/** The first solid node after index `i` of `seq`, with its index. */
function nextSolid(seq: SNode[], i: number): [SNode, number] | null {
  for (let j = i + 1; j < seq.length; j++) {
    const n = seq[j] as SNode;
    if (n.role !== 'space') return [n, j];
  }
  return null;
}

/** A clause begins at `i`: after a space, a comma or a semicolon, or words (`\text{for }`), never the formula's start. */
function opensClause(seq: SNode[], i: number): boolean {
  const prev = seq[i - 1];
  if (!prev) return false;
  if (prev.role === 'space') return seq.slice(0, i).some((n) => n.role !== 'space');
  return (prev.role === 'punct' && (prev.key === ',' || prev.key === ';')) || (prev.role === 'word' && prev.type === 'text');
}

/** A bare letter (`k`), not a symbol with scripts. */
function isIndexLetter(n: SNode | undefined): n is SNode {
  return n !== undefined && n.role === 'letter';
}

/** `= 0, 1, 2, \dots` or `= 1, \dots, K` (up to the next space or words): a list of values. */
function isValueList(seq: SNode[], from: number): boolean {
  const items: SNode[] = [];
  for (let j = from; j < seq.length; j++) {
    const n = seq[j] as SNode;
    if (n.role === 'space' || n.role === 'word' || n.role === 'rel') break;
    items.push(n);
  }
  while (items.length > 0 && items[items.length - 1]?.role === 'punct') items.pop();
  if (!items.some((n) => n.key === ',')) return false;
  const values = items.filter((n) => n.key !== ',');
  if (values.some((n) => DOTS.has(n.key))) return values.every((n) => DOTS.has(n.key) || ['number', 'letter', 'bin', 'supsub'].includes(n.role));
  return values.every((n) => n.role === 'number');
}

/** The members of the literal set opening at `seq[from]` (`\{x, y, z\}`), or null when no set opens there. */
function literalSet(seq: SNode[], from: number): SNode[] | null {
  if (seq[from]?.key !== '\\{') return null;
  const members: SNode[] = [];
  for (let j = from + 1; j < seq.length; j++) {
    const n = seq[j] as SNode;
    if (n.key === '\\}') return members;
    members.push(n);
  }
  return null;
}

/** `k = 0, 1, \dots` / `k \in \{…\}` / `k \in \mathbb{N}` in a clause: `k` is bound. */
function rangeClauses(nodes: SNode[], bound: Set<string>): void {
  for (const seq of sequences(nodes)) {
    seq.forEach((n, i) => {
      if (!isIndexLetter(n) || !opensClause(seq, i)) return;
      const rel = nextSolid(seq, i);
      if (!rel) return;
      const [relNode, r] = rel;
      const value = nextSolid(seq, r);
      if (!value) return;
      const [first, v] = value;
      const range =
        (relNode.key === '=' && isValueList(seq, v)) ||
        (relNode.key === '\\in' && (literalSet(seq, v) !== null || INTEGERS.test(first.key) || INTEGERS.test(first.base?.key ?? '')));
      if (range) bound.add(n.key);
    });
  }
}

/** `a \in \{x, y, z\}` with `a` bound: the single-letter members are its values. */
function setMembers(nodes: SNode[], bound: Set<string>): void {
  for (const seq of sequences(nodes)) {
    const parts = solid(seq);
    parts.forEach((n, i) => {
      if (n.key !== '\\in' || !isIndexLetter(parts[i - 1]) || !bound.has(parts[i - 1]!.key)) return;
      const members = literalSet(parts, i + 1);
      if (!members) return;
      const values = members.filter((m) => m.key !== ',');
      if (values.length < 2 || !values.every((m) => m.role === 'letter') || values.length !== members.length - values.length + 1) return;
      for (const m of values) bound.add(m.key);
    });
  }
}

/** Adds to `bound` the letters a formula's own range clauses bind and the members of the sets its indices run over. */
export function boundByRanges(nodes: SNode[], bound: Set<string>): void {
  rangeClauses(nodes, bound);
  setMembers(nodes, bound);
}
