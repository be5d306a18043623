/**
 * Finds the symbol occurrences of one formula and the context the rules need: which letters
 * are bound (summation indices, integration variables…), which `d`s are differentials, which
 * symbols a statement's left-hand side defines.
 *
 * A symbol is a letter-like node (`y`, `\beta`, `\hat{y}`, `\mathbf{m}`, `\text{precision}`)
 * together with its sub/superscripts and primes: `\hat{y}^{(i)}` is one symbol. Letters inside a
 * symbol's scripts are recorded too, as `index` occurrences (`t` in `\beta_1^t`), so a defined
 * `t` can be found there, but they are never reported as undefined on their own.
 *
 * Bound variables are in scope for the whole formula (simple and good enough for reference
 * sheets): `\sum_{i=1}`, `\prod_j`, `\max_{a'}`, `\max_{(p,q)\in R}`, `\max_{1 \le i \le n}`,
 * `\mathbb{E}_{x\sim p}`, `\int … dx`, and set-builder `\{ … : u \in N(v)\}`.
 *
 * Not symbols: the constants `e`, `\pi`, `i`, `j` (unless the where-list defines them bare);
 * differentials (`d` of `dx` in an integral, of `\frac{d}{dx}`, `\frac{d^2x}{dt^2}`, and an
 * undefined `d` opening a term before a symbol, `dU = T\,dS`); the letters symbols/context.ts
 * names (units after `^\circ`, `\Delta` as "the change in", italic function names, `E[X]`,
 * `P(X = k)`). The multi-letter names a where-list defines are joined first (symbols/names.ts).
 */
import { isLetterText, sequences, solid, walk, type ParsedMath, type SNode } from './tree.js';
import { isPowerLetter } from './node.js';
import { mergeNames, nameOf, type Name } from './names.js';
import { endsInFunctionName, notSymbols } from './context.js';

export interface Sym {
  /** Normalised key of the whole symbol (`\hat{y}_{c}^{( i )}`). */
  key: string;
  /** Key of the base (`\hat{y}`, `W`, `\text{head}`). */
  core: string;
  coreRole: 'letter' | 'word';
  sub: SNode[] | null;
  sup: SNode[] | null;
}

export interface Occurrence {
  sym: Sym;
  node: SNode;
  /** Inside another symbol's scripts (`t` in `\beta_1^t`). */
  index: boolean;
}

export interface Analysis {
  parsed: ParsedMath;
  /** The parsed tree with defined multi-letter names joined (symbols/names.ts). */
  nodes: SNode[];
  /** In source order. Constants (`e`, `\pi` when not defined) and differential `d`s are left out. */
  occurrences: Occurrence[];
  /** Keys of bound variables. */
  bound: Set<string>;
  /** Keys of symbols that a statement's left-hand side defines (`L_{\text{MSE}} = …`, `\sigma(z) = …`). */
  lhsHeads: Set<string>;
  /** Keys of the parameters of a function a left-hand side defines (`t`, `x` of `h(t \mid x) = …`): bound in the formula. */
  params: Set<string>;
  /** Every letter key anywhere in the formula, scripts included. */
  letters: Set<string>;
}

const BINDER_OPS = new Set([
  '\\sum', '\\prod', '\\coprod', '\\max', '\\min', '\\sup', '\\inf', '\\lim', '\\limsup', '\\liminf',
  '\\bigcup', '\\bigcap', '\\int', '\\iint', '\\iiint', '\\oint', '\\mathbb{E}', '\\argmax', '\\argmin',
]);
/** `\ln p(x) = …`: a log on the left-hand side is applied to what the statement defines. */
const LOGS = new Set(['\\ln', '\\log']);
const DIFFERENTIAL = new Set(['d', '\\mathrm{d}', '\\text{d}']);
/** Euler's number, π and the imaginary unit (`i`, or `j` in engineering): constants unless defined. */
export const CONSTANTS: ReadonlySet<string> = new Set(['e', '\\pi', 'i', 'j']);

export function symOf(n: SNode): Sym | null {
  if (n.role === 'letter' || n.role === 'word') return { key: n.key, core: n.key, coreRole: n.role, sub: null, sup: null };
  const b = n.base;
  if (n.role === 'supsub' && b && (b.role === 'letter' || b.role === 'word')) {
    return { key: n.key, core: b.key, coreRole: b.role, sub: n.sub ?? null, sup: n.sup ?? null };
  }
  return null;
}

function isBinder(base: SNode): boolean {
  if (BINDER_OPS.has(base.key) || /^\\operatorname\{a r g/.test(base.key)) return true;
  // `\underset{\theta}{\arg\max}`: an op built of binder ops.
  return base.type === 'op' && (base.lists[0] ?? []).some((n) => BINDER_OPS.has(n.key));
}

/** `e`, `\pi`, `i`, `j` without a subscript are the constants unless the where-list defines them bare. */
function isConstant(n: SNode, definedCores: Set<string>): boolean {
  const core = n.role === 'supsub' ? n.base?.key : n.key;
  // `$\pi^e$ is expected inflation` defines that very use.
  if (!core || !CONSTANTS.has(core) || definedCores.has(core) || definedCores.has(n.key)) return false;
  return n.role !== 'supsub' || !n.sub;
}

function syms(list: SNode[]): Sym[] {
  const out: Sym[] = [];
  for (const n of walk(list)) {
    const s = symOf(n);
    if (s) out.push(s);
  }
  return out;
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

function findBound(nodes: SNode[], bound: Set<string>, diffs: Set<SNode>, defined: Set<string>): void {
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
}

/** Statements: the top level split at `, \quad`, and each row of an alignment environment. */
function statements(nodes: SNode[]): SNode[][] {
  const rows: SNode[][] = [];
  for (const n of nodes) if (n.rows) rows.push(...n.rows);
  if (rows.length === 0) rows.push(nodes);
  const out: SNode[][] = [];
  for (const row of rows) {
    let current: SNode[] = [];
    row.forEach((n, i) => {
      if (n.key === ',' && row[i + 1]?.role === 'space') {
        out.push(current);
        current = [];
      } else current.push(n);
    });
    out.push(current);
  }
  return out;
}

/** `x \sim \mathcal{N}(…)` states how x is distributed, not what it is. */
const NOT_DEFINING = new Set(['\\sim']);
/** Assignments: they define what they assign (`\hat{m} \leftarrow m / (1 - \beta_1^t)`) unless it is an update of it (`w \leftarrow w - \eta g`). */
const ASSIGNMENTS = new Set(['\\leftarrow', '\\gets', '\\longleftarrow']);

/** Index of the first relation outside brackets (`p(y = 1 \mid x) = …`: the `=` after the `)`), or -1. */
export function topRelation(parts: SNode[]): number {
  let depth = 0;
  for (let i = 0; i < parts.length; i++) {
    const n = parts[i] as SNode;
    if (n.role === 'open') depth++;
    else if (n.role === 'close' || (n.role === 'supsub' && n.base?.role === 'close')) depth = Math.max(0, depth - 1);
    else if (depth === 0 && n.role === 'rel') return i;
  }
  return -1;
}

/** Probability, expectation and moments: what they are applied to is a random variable or an event to define, not a parameter. */
const STATISTICS = new Set(['P', 'E', 'Pr', 'Var', 'Cov', 'Corr', 'Cor', 'Std', 'SD']);

/** `P(X = k)`, `\mathrm{Var}(X)`, `Cov(X, Y)`, `\Pr(A)`: the nodes before the bracket name a statistic (unless `P`/`E` is defined). */
function isStatistic(before: SNode[], defined: ReadonlySet<string>): boolean {
  const last = before[before.length - 1];
  if (!last) return false;
  const word = /^\\(?:text|operatorname|mathbb)\{([^{}]*)\}$/.exec(last.key)?.[1]?.replace(/\s+/g, '') ?? last.key.replace(/^\\/, '');
  if (STATISTICS.has(word) && !defined.has(last.key)) return true;
  // `Var(X)` in italics: the letters before the bracket.
  let letters = '';
  for (let i = before.length - 1; i >= 0 && /^[A-Za-z]$/.test(before[i]?.key ?? ''); i--) letters = (before[i]?.key ?? '') + letters;
  return letters.length > 1 && STATISTICS.has(letters);
}

/**
 * The arguments of a function the left-hand side defines: `(t \mid x)` of `h(t \mid x)`, `(Q, K, V)`
 * of `\mathrm{Attention}(Q, K, V)`, `(t)` of `\langle E \rangle (t)`. The bracket must follow a
 * name or a closing bracket (`(1 + s_2)^2 = …` is no function of `s_2`).
 */
function lhsArguments(lhs: SNode[], defined: ReadonlySet<string>): SNode[] {
  const last = lhs[lhs.length - 1];
  if (!last) return [];
  if (last.type === 'leftright' && last.key.startsWith('\\left(') && lhs.length >= 2) return last.lists[0] ?? [];
  const closes = last.role === 'close' || (last.role === 'supsub' && last.base?.role === 'close');
  if (!closes) return [];
  let depth = 0;
  for (let i = lhs.length - 1; i >= 0; i--) {
    const n = lhs[i] as SNode;
    if (n.role === 'close' || (n.role === 'supsub' && n.base?.role === 'close')) depth++;
    else if (n.role === 'open' && --depth === 0) {
      const before = lhs[i - 1];
      const named = before !== undefined && (symOf(before) !== null || before.role === 'close' || before.role === 'operator');
      return named && n.key === '(' && !isStatistic(lhs.slice(0, i), defined) ? lhs.slice(i + 1, lhs.length - 1) : [];
    }
  }
  return [];
}

/** `w \leftarrow w - \eta g`: the assigned symbol is also on the right. */
function isUpdate(lhs: SNode[], rhs: SNode[]): boolean {
  const head = lhs[0] ? symOf(lhs[0]) : null;
  return head !== null && [...walk(rhs)].some((n) => symOf(n)?.key === head.key);
}

function findLhsHeads(nodes: SNode[], heads: Set<string>, params: Set<string>, defined: ReadonlySet<string>): void {
  for (const st of statements(nodes)) {
    const parts = solid(st);
    const r = topRelation(parts);
    if (r <= 0 || NOT_DEFINING.has(parts[r]?.key ?? '')) continue;
    if (ASSIGNMENTS.has(parts[r]?.key ?? '') && isUpdate(parts.slice(0, r), parts.slice(r + 1))) continue;
    // `\ln p(X \mid \theta) = …` defines the log of `p`, and so `p`; `\Delta S = …` the change in `S`, and so `S`.
    // `\%OS = …` defines `OS` (the percent sign is not part of the name).
    const skip = (LOGS.has(parts[0]?.key ?? '') || parts[0]?.key === '\\%' || (parts[0]?.key === '\\Delta' && !defined.has('\\Delta'))) && r > 1 ? 1 : 0;
    const lhs = parts.slice(skip, r);
    for (const s of syms(lhsArguments(lhs, defined))) params.add(s.key);
    const head = lhs[0] ? symOf(lhs[0]) : null;
    if (!head) continue;
    // `\sigma(z) = …`, and `\sigma(\mathbf{z})_i = …` (the closing bracket carries the index).
    const last = lhs[lhs.length - 1];
    const closes = last?.role === 'close' || (last?.role === 'supsub' && last.base?.role === 'close');
    const applied = lhs.length >= 3 && lhs[1]?.role === 'open' && closes;
    if (lhs.length === 1 || applied) heads.add(head.key);
  }
}

/**
 * Multi-letter names an equation defines on its left-hand side (`MAE = …`, `ROI_t = …`, `pH = …`),
 * unless its letters are defined on their own (`PV = nRT` with `P` and `V` defined is a product).
 */
function lhsNames(nodes: SNode[], defined: ReadonlySet<string>): Name[] {
  const out: Name[] = [];
  for (const st of statements(nodes)) {
    const parts = solid(st);
    const r = parts.findIndex((n) => n.role === 'rel');
    // `\%OS = …`: the percent sign is not part of the name.
    const lhs = parts.slice(0, Math.max(r, 0)).filter((n, i) => i > 0 || n.key !== '\\%');
    const name = lhs.length >= 2 ? nameOf(lhs) : null;
    // Latin runs only: `\Delta U = …` with `U` defined is the change in `U`. An acronym
    // (`MAE`, `ROI`) or letters none of which is defined (`pH`); `mv = p` with `v` defined is a product.
    if (!name || !/^[A-Za-z]$/.test(name[0] ?? '')) continue;
    const acronym = name.every((k) => /^[A-Z]$/.test(k));
    if (acronym ? !name.every((k) => defined.has(k)) : !name.some((k) => defined.has(k))) out.push(name);
  }
  return out;
}

/**
 * Runs of letters read as one name when none of them is defined on its own: three or more
 * capitals (`RSS`, `TSS`, `GDP` in `R^2 = 1 - RSS / TSS`), and a function's name applied to its
 * argument — two capitals (`SD(u_i)`, `SE(\hat{\beta})`) or a capital and two or more small
 * letters (`Bias(\hat{\theta})`, `Cost[x]`) right before a bracket, unless it ends in a known
 * function name (`Var(X)`, `KL(p, q)`: symbols/context.ts). One name, reported once when
 * undefined, not one letter each. (`AB` with `A` and `B` defined stays their product.)
 */
function acronyms(nodes: SNode[], defined: ReadonlySet<string>): Name[] {
  const out: Name[] = [];
  const latin = (n: SNode | undefined) => n !== undefined && n.role === 'letter' && n.type === 'mathord' && /^[A-Za-z]$/.test(n.key);
  const capital = (n: SNode | undefined) => latin(n) && /^[A-Z]$/.test(n!.key);
  for (const seq of sequences(nodes)) {
    for (let i = 0; i < seq.length; i++) {
      if (!capital(seq[i])) continue;
      let j = i;
      while (capital(seq[j])) j++;
      let k = j;
      while (latin(seq[k]) && !capital(seq[k])) k++;
      const caps = seq.slice(i, j).map((n) => n.key);
      const word = seq.slice(i, k).map((n) => n.key);
      // `Var(X)`, `KL(p, q)`, `Aexp(-t)`: a known function name is no symbol at all (symbols/context.ts).
      const applied = isOpening(seq[k]) && !endsInFunctionName(word.join(''));
      if (caps.length >= 3 && !caps.some((c) => defined.has(c))) out.push(caps);
      else if (applied && k === j && caps.length === 2 && !caps.some((c) => defined.has(c))) out.push(caps);
      else if (applied && j === i + 1 && k - j >= 2 && !word.some((c) => defined.has(c))) out.push(word);
      i = j - 1;
    }
  }
  return out;
}

/** An opening bracket (`(`, `[`, `\left(`): what follows a function's name applied to an argument. */
function isOpening(n: SNode | undefined): boolean {
  if (!n) return false;
  if (n.role === 'open') return n.key === '(' || n.key === '[';
  return n.type === 'leftright' && /^\\left[([]/.test(n.key);
}

function collect(list: SNode[], index: boolean, ctx: { defined: Set<string>; diffs: Set<SNode>; out: Occurrence[] }): void {
  const parts = solid(list);
  const skipped = notSymbols(parts, ctx.defined);
  for (const n of parts) {
    if (ctx.diffs.has(n)) continue;
    if (skipped.has(n)) {
      // log_2(n): the base is ordinary content.
      if (n.sub) collect(n.sub, index, ctx);
      continue;
    }
    if (isConstant(n, ctx.defined)) {
      // e^{-z}: the exponent is ordinary content.
      if (n.sup) collect(n.sup, index, ctx);
      continue;
    }
    const s = symOf(n);
    if (s) {
      ctx.out.push({ sym: s, node: n, index });
      // `mc^2` defined with `m` and `c` defined too: the name is also their product.
      const letters = (n.base ?? n).type === 'name' ? ((n.base ?? n).lists[0] ?? []) : [];
      if (letters.length > 0 && letters.every((l) => ctx.defined.has((l.base ?? l).key))) collect(letters, true, ctx);
      if (n.sub) collect(n.sub, true, ctx);
      // `k_t^{\alpha}`: an exponent's letter is a symbol of the formula, not a label.
      if (n.sup) collect(n.sup, index || !isPowerLetter(n.sup), ctx);
      continue;
    }
    if (n.role === 'supsub' && n.base) {
      collect([n.base], index, ctx);
      // Scripts of an operator or number (∇_θ, \sum^N, 10000^{2i/d}) are ordinary content;
      // scripts of a bracket or group ((AB)_{ij}, \|A\|_F, (…)^p) are indices and exponents.
      const b = n.base.role;
      const free = b === 'operator' || b === 'number' || b === 'const';
      if (n.sub) collect(n.sub, index || !free, ctx);
      if (n.sup) collect(n.sup, index || (!free && !isPowerLetter(n.sup)), ctx);
      continue;
    }
    for (const l of n.lists) collect(l, index, ctx);
  }
}

/**
 * Analyses a parsed formula. `definedCores`: bare keys the where-list defines (decides `e`, `\pi`,
 * `i`, `j`, `\Delta`, `d`); `names`: the multi-letter names it defines (joined first).
 */
export function analyse(parsed: ParsedMath, definedCores: ReadonlySet<string> = new Set(), names: Name[] = []): Analysis {
  const defined = new Set(definedCores);
  const nodes = mergeNames(parsed.nodes, [...names, ...lhsNames(parsed.nodes, defined), ...acronyms(parsed.nodes, defined)]);
  const bound = new Set<string>();
  const diffs = new Set<SNode>();
  findBound(nodes, bound, diffs, defined);
  const lhsHeads = new Set<string>();
  const params = new Set<string>();
  findLhsHeads(nodes, lhsHeads, params, defined);
  const occurrences: Occurrence[] = [];
  collect(nodes, false, { defined, diffs, out: occurrences });
  const letters = new Set<string>();
  for (const n of walk(parsed.nodes)) if (n.role === 'letter' && isLetterText(n.key)) letters.add(n.key);
  return { parsed, nodes, occurrences, bound, lhsHeads, params, letters };
}
