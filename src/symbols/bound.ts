/**
 * Bound variables of a formula (summation indices, integration variables, quantified and
 * set-builder letters) and its differentials (`d` of `dx`, `\frac{d}{dx}`, `dU = T\,dS`).
 * Split from symbols/scan.ts, which documents the rules.
 */
import { sequences, solid, walk, type SNode } from './tree.js';
import { symOf, syms, type Sym } from './sym.js';
import { moreDifferentials } from './differentials.js';
import { boundByRanges } from './bound-ranges.js';

const BINDER_OPS = new Set([
  '\\sum', '\\prod', '\\coprod', '\\max', '\\min', '\\sup', '\\inf', '\\lim', '\\limsup', '\\liminf',
  '\\bigcup', '\\bigcap', '\\int', '\\iint', '\\iiint', '\\oint', '\\mathbb{E}', '\\argmax', '\\argmin',
]);
const DIFFERENTIAL = new Set(['d', '\\mathrm{d}', '\\text{d}']);
function isBinder(base: SNode): boolean {
  if (BINDER_OPS.has(base.key) || /^\\operatorname\{a r g/.test(base.key)) return true;
  // `\underset{\theta}{\arg\max}`: an op built of binder ops.
  return base.type === 'op' && (base.lists[0] ?? []).some((n) => BINDER_OPS.has(n.key));
}

function splitAtRel(list: SNode[]): { left: SNode[]; hasRel: boolean } {
  const parts = solid(list);
  const r = parts.findIndex((n) => n.role === 'rel');
  return r < 0 ? { left: parts, hasRel: false } : { left: parts.slice(0, r), hasRel: true };
}

/** `d`, `\mathrm{d}`, or a higher-order `d^2` of `\frac{d^2 x}{dt^2}`. */
function isDifferential(n: SNode | undefined): n is SNode {
  if (!n) return false;
  if (n.role === 'supsub' && n.base && !n.sub) return DIFFERENTIAL.has(n.base.key);
  return DIFFERENTIAL.has(n.key);
}

/** Letters of a binder's subscript: `i` of `i=1`, `(p,q)` of `(p,q) \in R`, `i` of `1 \le i \le n`. */
function boundIn(sub: SNode[]): SNode[] {
  const parts = solid(sub);
  const rels = parts.flatMap((n, i) => (n.role === 'rel' ? [i] : []));
  const [r1, r2] = rels;
  if (r1 !== undefined && r2 !== undefined && rels.length === 2) return parts.slice(r1 + 1, r2);
  return splitAtRel(sub).left;
}

/** What may stand before a differential `dU` outside integrals: nothing, a space, an operator. */
function opensTerm(prev: SNode | undefined): boolean {
  return !prev || ['space', 'bin', 'rel', 'open', 'punct', 'operator', 'number'].includes(prev.role);
}

export function findBound(nodes: SNode[], bound: Set<string>, diffs: Set<SNode>, defined: Set<string>): void {
  const all = [...walk(nodes)];
  const hasIntegral = all.some((n) => n.role === 'operator' && /^\\(i+|o)?int$/.test(n.key));
  for (const n of all) {
    if (n.role === 'supsub' && n.base && n.sub && isBinder(n.base)) {
      for (const s of syms(boundIn(n.sub))) bound.add(s.key);
    }
    if (n.type === 'genfrac') {
      const num = solid(n.lists[0] ?? [])[0];
      const den = solid(n.lists[1] ?? [])[0];
      if (isDifferential(num) && isDifferential(den)) {
        diffs.add(num);
        diffs.add(den);
        // `\frac{di}{dt}`: a time derivative; t, time, needs no definition. (Any other variable
        // of differentiation does: `\frac{dz}{dx}` leaves x to be defined.)
        const variable = solid(n.lists[1] ?? [])[1];
        if (variable?.key === 't') bound.add('t');
      }
      // `\frac{\partial T}{\partial t}`, `\frac{\partial^2 E}{\partial t^2}`: the same for a partial derivative in time.
      const [op, variable] = solid(n.lists[1] ?? []);
      if (op?.key === '\\partial' && (variable?.key === 't' || (variable?.role === 'supsub' && variable.base?.key === 't' && !variable.sub))) bound.add('t');
    }
  }
  for (const seq of sequences(nodes)) {
    const parts = solid(seq);
    parts.forEach((n, i) => {
      const next = parts[i + 1];
      // `\int … dx`: d is the differential and x the integration variable.
      if (hasIntegral && DIFFERENTIAL.has(n.key) && next && symOf(next)) {
        diffs.add(n);
        bound.add(next.key);
      }
      // `\forall i`, `\exists x, y`: the quantified letters are bound.
      if (n.key === '\\forall' || n.key === '\\exists') {
        for (let j = i + 1; j < parts.length; j += 2) {
          const s = symOf(parts[j] as SNode);
          if (!s) break;
          bound.add(s.key);
          if (parts[j + 1]?.key !== ',') break;
        }
      }
      // Set-builder `{ h_u : u \in N(v) }`: the letters between `:` and `\in` are bound.
      if (n.key === '\\in') {
        let j = i - 1;
        const names: Sym[] = [];
        while (j >= 0) {
          const p = parts[j];
          const s = p ? symOf(p) : null;
          if (s) names.push(s);
          else if (!p || (p.key !== ',' && p.role !== 'open' && p.role !== 'close')) break;
          j--;
        }
        const before = parts[j];
        if (before && (before.key === ':' || before.key === '\\mid') && names.length > 0) {
          for (const s of names) bound.add(s.key);
        }
      }
    });
  }
  // `dU = T\,dS - p\,dV`: an undefined `d` that opens a term before a symbol is a differential.
  for (const seq of sequences(nodes)) {
    seq.forEach((n, i) => {
      const next = seq[i + 1];
      if (n.role === 'letter' && DIFFERENTIAL.has(n.key) && !defined.has(n.key) && next && symOf(next) && opensTerm(seq[i - 1])) {
        diffs.add(n);
      }
    });
  }
  // `\frac{\delta V}{\delta t}`, and the `d`s of `r (V - \Delta S) dt = dV - \Delta dS` read alike (symbols/differentials.ts).
  moreDifferentials(nodes, bound, diffs, defined);
  // `\quad \text{for } k = 0, 1, \dots`; the axes `x, y, z` of `\sum_{a \in \{x, y, z\}}` (symbols/bound-ranges.ts).
  boundByRanges(nodes, bound);
}
