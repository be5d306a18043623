/**
 * Differentials and derivative signs a formula writes without an integral (issue 24, trial 7 P4),
 * added to those symbols/bound.ts finds:
 * - the author's derivative sign `\delta` in a fraction `\frac{\delta V}{\delta t}`, `\frac{\delta^2 V}{\delta S^2}`
 *   (the partial derivative of a blog post): a sign, not a quantity; a time derivative leaves `t` nothing to define,
 *   as `\frac{\partial T}{\partial t}` does;
 * - `d` before a symbol (`dS`, `dV`, `d W`) when the formula also writes that symbol on its own (`\Delta S … \Delta dS`),
 *   the where-list defines it, or the formula writes another differential: one formula reads its `d`s one way, so
 *   `r (V - \Delta S) dt = dV - \Delta dS` has three differentials, never an undefined `d` or a name `dS`; the
 *   time step `dt` leaves `t`, time, nothing to define.
 * A `d` or `\delta` the where-list defines bare is that quantity, never a sign.
 */
import { sequences, solid, walk, type SNode } from './tree.js';
import { symOf } from './sym.js';

const DIFFERENTIAL = new Set(['d', '\\mathrm{d}', '\\text{d}']);
const DELTA = '\\delta';

/** `\delta` or `\delta^2` (a higher-order derivative's sign). */
function isDeltaSign(n: SNode | undefined): n is SNode {
  if (!n) return false;
  if (n.role === 'supsub' && n.base && !n.sub) return n.base.key === DELTA;
  return n.key === DELTA;
}

/** The time variable `t` or `t^2` of a denominator `\delta t`, `\delta t^2`. */
function isTime(n: SNode | undefined): boolean {
  return n !== undefined && (n.key === 't' || (n.role === 'supsub' && n.base?.key === 't' && !n.sub));
}

/** `\frac{\delta V}{\delta t}`: both signs are derivative signs; `t` of a time derivative is bound. */
function deltaFractions(nodes: SNode[], bound: Set<string>, diffs: Set<SNode>, defined: ReadonlySet<string>): void {
  if (defined.has(DELTA)) return;
  for (const n of walk(nodes)) {
    if (n.type !== 'genfrac') continue;
    const num = solid(n.lists[0] ?? []);
    const den = solid(n.lists[1] ?? []);
    if (!isDeltaSign(num[0]) || !isDeltaSign(den[0]) || den.length < 2) continue;
    diffs.add(num[0]);
    diffs.add(den[0]);
    if (isTime(den[1])) bound.add('t');
  }
}

/** A `d` (not defined bare, not a sign yet) directly before a symbol, with that symbol's node. */
function dBeforeSymbol(nodes: SNode[], diffs: Set<SNode>, defined: ReadonlySet<string>): Array<[SNode, SNode]> {
  const out: Array<[SNode, SNode]> = [];
  for (const seq of sequences(nodes)) {
    const parts = solid(seq);
    parts.forEach((n, i) => {
      const next = parts[i + 1];
      if (n.role === 'letter' && DIFFERENTIAL.has(n.key) && !defined.has(n.key) && !diffs.has(n) && next && symOf(next)) out.push([n, next]);
    });
  }
  return out;
}

/** The core letter of a symbol node (`S` of `S`, `X` of `X_t`). */
function coreOf(n: SNode): string {
  return symOf(n)?.core ?? n.key;
}

/** `d` before a symbol the formula writes on its own, the where-list defines, or next to another differential. */
export function moreDifferentials(nodes: SNode[], bound: Set<string>, diffs: Set<SNode>, defined: ReadonlySet<string>): void {
  deltaFractions(nodes, bound, diffs, defined);
  const pairs = dBeforeSymbol(nodes, diffs, defined);
  if (pairs.length === 0) return;
  const after = new Set<SNode>();
  for (const [, next] of pairs) for (const n of walk([next])) after.add(n);
  const alone = new Set<string>();
  for (const n of walk(nodes)) if (n.role === 'letter' && !after.has(n)) alone.add(n.key);
  const signs = [...diffs].some((n) => DIFFERENTIAL.has(n.key) || DIFFERENTIAL.has(n.base?.key ?? ''));
  const differential = ([, next]: [SNode, SNode]) => signs || alone.has(coreOf(next)) || defined.has(coreOf(next)) || defined.has(next.key);
  if (!pairs.some(differential)) return;
  // One differential read so makes every `d` before a symbol one: the formula writes them alike.
  // `dt` is the time step: t, time, needs no definition (as in `\frac{di}{dt}`, symbols/bound.ts).
  for (const [d, next] of pairs) {
    diffs.add(d);
    if (isTime(next)) bound.add('t');
  }
}
