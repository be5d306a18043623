/**
 * Letters that are not symbols because of where they stand (symbols/scan.ts leaves them out of
 * a formula's symbol uses; the tree itself is unchanged, so where-list runs still match them):
 * - a temperature unit after a degree sign: `C` of `6.5^\circ C`;
 * - `\Delta` before a symbol, "the change in" (`\Delta U` with `U` defined), unless `\Delta`
 *   is defined on its own;
 * - a function name written in italics before its argument: `Var(X)`, `log_2(n)`, `A\,exp(-t)`;
 * - the expectation `E[X]` and the probability `P(X = k)`, `P(A \mid B)`, unless `E`/`P` is defined;
 * - named distributions and orders of growth (`\mathcal{N}`, `\mathcal{O}`, `N(\mu, \sigma^2)` after
 *   `\sim`, `Bernoulli(p)`), unless defined (symbols/named.ts);
 * - a transform applied to braces, `\mathcal{L}\{f(t)\}`, `\mathcal{F}\{x\}`, unless defined;
 * - a chemical species in concentration brackets written in italics: `[H^+]`, `[OH^-]`, `[HA]`,
 *   `[NH_3]` (two letters or more, a charge or a count; not `[A]`, nor `f[n]`, `E[XY]`).
 */
import { solid, type SNode } from './node.js';
import { DISTRIBUTION_NAMES, namedLetters } from './named.js';

/** `^\circ`: what follows it (`C`, `F`, `K` of `6.5^\circ C`) is a unit. */
const DEGREE = new Set(['\\circ', '\\degree', '°']);
const TEMPERATURE_UNITS = new Set(['C', 'F', 'K']);
/** Function names written in italics (`Var(X)`, `log(x)`, `exp(-t)`): letters of a name, not symbols. */
const FUNCTION_NAMES = new Set([
  ...(
    'exp log ln lg sin cos tan cot sec csc sinh cosh tanh arcsin arccos arctan max min sup inf arg argmax argmin ' +
    'sgn sign det tr Tr diag rank Var Cov Corr Pr softmax sigmoid erf mod gcd lcm lim Re Im ReLU var cov std'
  ).split(' '),
  // `Bernoulli(p)`, `Poisson(\lambda)` (symbols/named.ts).
  ...DISTRIBUTION_NAMES,
]);

/** True when letters written before a bracket end in a known function name (`Var`, `KL`, `Aexp`: `A` times `exp`). */
export function endsInFunctionName(letters: string): boolean {
  for (let k = 0; k + 2 <= letters.length; k++) if (FUNCTION_NAMES.has(letters.slice(k))) return true;
  return false;
}

/** `^\circ`, `6.5^\circ`: a degree sign, after which `C` is Celsius. */
function isDegree(n: SNode | undefined): boolean {
  if (!n) return false;
  if (DEGREE.has(n.key)) return true;
  const sup = n.role === 'supsub' && !n.sub ? solid(n.sup ?? []) : [];
  return sup.length === 1 && DEGREE.has(sup[0]?.key ?? '');
}

/** A letter-like node, alone or with scripts (what symbols/scan.ts's `symOf` accepts). */
function isSymbolNode(n: SNode | undefined): boolean {
  if (!n) return false;
  const core = n.role === 'supsub' ? n.base : n;
  return core !== undefined && (core.role === 'letter' || core.role === 'word');
}

function isPlainLatin(n: SNode | undefined): n is SNode {
  return n !== undefined && n.role === 'letter' && n.type === 'mathord' && /^[A-Za-z]$/.test(n.key);
}

function opensArgument(n: SNode | undefined): boolean {
  return n !== undefined && (n.role === 'open' || n.type === 'leftright');
}

/**
 * Letters that are not symbols by their place in a row: an italic function name before its
 * argument (`Var(X)`, `log(x)`, `log_2(n)`), the expectation `E[X]` when `E` is not defined.
 */
function operatorLetters(parts: SNode[], defined: ReadonlySet<string>): Set<SNode> {
  const out = new Set<SNode>();
  for (let i = 0; i < parts.length; i++) {
    if (!isPlainLatin(parts[i]) || isPlainLatin(parts[i - 1])) continue;
    // A maximal run of letters; `log_2(n)`: the last letter may carry the base.
    let j = i;
    while (isPlainLatin(parts[j])) j++;
    const scripted = parts[j]?.role === 'supsub' && isPlainLatin(parts[j]?.base) ? parts[j] : undefined;
    const run = parts.slice(i, j).concat(scripted?.base ? [scripted.base] : []);
    const after = parts[scripted ? j + 1 : j];
    if (!opensArgument(after)) continue;
    const letters = run.map((n) => n.key).join('');
    // The name ends the run (`A\,exp(-t)`, `2 a sin(x)`): the longest such name.
    for (let k = 0; k < letters.length; k++) {
      const name = letters.slice(k);
      const isName = name.length >= 2 ? FUNCTION_NAMES.has(name) : name === 'E' && !scripted && after?.key === '[' && !defined.has('E');
      if (!isName) continue;
      for (let m = i + k; m < j; m++) out.add(parts[m] as SNode);
      if (scripted) out.add(scripted);
      break;
    }
  }
  // `P(X = k)`, `P(A \mid B)`: an undefined P applied to an event is the probability.
  parts.forEach((n, i) => {
    if (n.key === 'P' && isPlainLatin(n) && !defined.has('P') && isEvent(parts, i + 1)) out.add(n);
  });
  return out;
}

/** An argument in brackets at `parts[i]` that states an event: it holds a relation or a `|`. */
function isEvent(parts: SNode[], i: number): boolean {
  const open = parts[i];
  if (!open) return false;
  const inner = (list: SNode[]) => list.some((m) => m.role === 'rel' || m.key === '|' || m.key === '\\mid');
  if (open.type === 'leftright') return inner(solid(open.lists[0] ?? []));
  if (open.key !== '(') return false;
  let depth = 0;
  for (let j = i; j < parts.length; j++) {
    const m = parts[j] as SNode;
    if (m.role === 'open') depth++;
    else if (m.role === 'close' && --depth === 0) return inner(parts.slice(i + 1, j));
  }
  return false;
}

/** The nodes of one sibling row (spaces dropped) that are not symbols there. */
export function notSymbols(parts: SNode[], defined: ReadonlySet<string>): Set<SNode> {
  const out = operatorLetters(parts, defined);
  // `\mathcal{N}`, `N(\mu, \sigma^2)` after `\sim`: named distributions (symbols/named.ts).
  for (const m of namedLetters(parts, defined)) out.add(m);
  parts.forEach((n, i) => {
    if (n.key === '[' && !isSymbolNode(parts[i - 1])) for (const m of species(parts, i + 1)) out.add(m);
    if (n.role !== 'letter') return;
    if (TEMPERATURE_UNITS.has(n.key) && isDegree(parts[i - 1])) out.add(n);
    if (n.key === '\\Delta' && !defined.has(n.key) && isSymbolNode(parts[i + 1])) out.add(n);
    if (TRANSFORMS.has(n.key) && !defined.has(n.key) && opensBraces(parts[i + 1])) out.add(n);
  });
  return out;
}

const TRANSFORMS = new Set(['\\mathcal{L}', '\\mathcal{F}', '\\mathcal{Z}']);

function opensBraces(n: SNode | undefined): boolean {
  return n !== undefined && (n.key === '\\{' || n.key === '\\lbrace' || (n.type === 'leftright' && n.key.startsWith('\\left\\{')));
}

/** A charge (`+`, `-`, `2+`, `3-`) or a count (`2`, `3`). */
function isCharge(list: SNode[] | undefined): boolean {
  const t = solid(list ?? []);
  return t.length > 0 && t.every((m) => m.role === 'number' || m.key === '+' || m.key === '-' || m.key === '\\cdot');
}

/** `H^+`, `O_2`, `NH_4^+`'s `H_4^+`: a letter with a count or a charge. */
function isMarkedLetter(m: SNode): boolean {
  return m.role === 'supsub' && isPlainLatin(m.base) && (!m.sub || isCharge(m.sub)) && (!m.sup || isCharge(m.sup));
}

/** The letters of an italic species `H^+`, `OH^-`, `NH_3` from `parts[i]` to the closing `]`, else none. */
function species(parts: SNode[], i: number): SNode[] {
  const inner: SNode[] = [];
  let letters = 0;
  let marked = false;
  for (let j = i; j < parts.length; j++) {
    const m = parts[j] as SNode;
    if (m.key === ']') {
      const first = inner[0];
      const firstKey = first?.base?.key ?? first?.key ?? '';
      return /^[A-Z]$/.test(firstKey) && (letters >= 2 || marked) ? inner : [];
    }
    if (isPlainLatin(m)) letters++;
    else if (isMarkedLetter(m)) {
      letters++;
      marked = true;
    } else return [];
    inner.push(m);
  }
  return [];
}
