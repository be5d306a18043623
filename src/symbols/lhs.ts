/**
 * What a formula's left-hand sides define: the heads of its statements (`L_{\text{MSE}} = …`,
 * `\sigma(z) = …`), the parameters of a function it defines, and the multi-letter names it
 * writes as one quantity (`MAE = …`, `RSS`, `SD(u_i)`). Split from symbols/scan.ts.
 */
import { sequences, solid, walk, type SNode } from './tree.js';
import { nameOf, type Name } from './names.js';
import { endsInFunctionName } from './context.js';
import { symOf, syms } from './sym.js';

/** `\ln p(x) = …`: a log on the left-hand side is applied to what the statement defines. */
const LOGS = new Set(['\\ln', '\\log']);
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

export function findLhsHeads(nodes: SNode[], heads: Set<string>, params: Set<string>, defined: ReadonlySet<string>): void {
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
export function lhsNames(nodes: SNode[], defined: ReadonlySet<string>): Name[] {
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
 * function name (`Var(X)`, `KL(p, q)`: symbols/context.ts); two capitals applied, the second
 * carrying the name's subscript (`IC_{1-\alpha}[…]`). One name, reported once when
 * undefined, not one letter each. (`AB` with `A` and `B` defined stays their product.)
 */
export function acronyms(nodes: SNode[], defined: ReadonlySet<string>): Name[] {
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
      // `IC_{1-\alpha}[\bar{h}_n]`: two capitals applied to an argument, the second with the name's subscript (trial 5, M15).
      const scripted = seq[j];
      if (k === j && caps.length === 1 && scripted?.role === 'supsub' && scripted.sub && !scripted.sup && capital(scripted.base) && isOpening(seq[j + 1])) {
        const name = [caps[0]!, scripted.base!.key];
        if (!name.some((c) => defined.has(c)) && !endsInFunctionName(name.join(''))) out.push(name);
        i = j;
        continue;
      }
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
