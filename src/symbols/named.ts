/**
 * Named distributions, sets and operators a reader never asks to be defined (issue 24). Each is
 * left out of a formula's symbol uses unless the where-list defines that very letter, when it is a
 * symbol like any other (`$\mathcal{N}$ is the set of neighbours`).
 *
 * Already not symbols by their font or command (symbols/tree.ts): `\mathbb{R}`, `\mathbb{N}`,
 * `\mathbb{Z}`, `\mathbb{C}`, `\mathbb{E}`, `\mathbb{P}` (blackboard letters are constants),
 * `\operatorname{Var}`, `\Pr` (operators), `\mathrm{Cov}`, `\mathrm{KL}`, `\text{Bernoulli}`
 * (upright words). This module adds, deliberately few:
 * - big-O, `\mathcal{O}`, and the calligraphic normal and uniform distributions applied to
 *   their parameters: `\mathcal{N}(\mu, \sigma^2)`, `\mathcal{N}(x \mid \mu, \Sigma)`, `\mathcal{U}(a, b)`,
 *   or after `\sim` (a lone `\mathcal{N}(v)` is a set, such as the neighbours of `v`, and wants a
 *   definition);
 * - a distribution written in italics and applied to its parameters: `N(\mu, \sigma^2)` or
 *   `U(a, b)` after `\sim`, `N(x; \mu, \sigma^2)` and `N(x \mid \mu, \Sigma)` anywhere, with or
 *   without a dimension (`N_n(X\beta, \sigma^2 I_n)`);
 * - distribution names spelled in italics before their parameters (`Bernoulli(p)`, `Poisson(\lambda)`),
 *   as symbols/context.ts reads function names (`Var(X)`).
 */
import { solid, type SNode } from './node.js';

/** Calligraphic letters that always name an order of growth. */
const NAMED_LETTERS: ReadonlySet<string> = new Set(['\\mathcal{O}']);

/** Italic distribution names (letters of a name, like `Var` in symbols/context.ts). */
export const DISTRIBUTION_NAMES: readonly string[] = (
  'Normal Bernoulli Bern Ber Binomial Bin Poisson Pois Beta Gamma Uniform Unif Exp Exponential Categorical Cat ' +
  'Dir Dirichlet Multinomial Mult Geometric Geom Laplace Cauchy Wishart Lognormal LogNormal Gumbel Weibull IG KL'
).split(' ');

/** Letters that stand for a distribution when applied to its parameters. */
const DISTRIBUTION_LETTERS = new Set(['N', 'U', '\\mathcal{N}', '\\mathcal{U}']);

function coreKey(n: SNode): string {
  return (n.role === 'supsub' ? n.base?.key : n.key) ?? '';
}

/** `( … )` at `parts[i]`: its content (a `\left(…\right)` group or the nodes up to the matching `)`). */
function argumentAt(parts: SNode[], i: number): SNode[] | null {
  const open = parts[i];
  if (!open) return null;
  if (open.type === 'leftright' && open.key.startsWith('\\left(')) return solid(open.lists[0] ?? []);
  if (open.key !== '(') return null;
  let depth = 0;
  for (let j = i; j < parts.length; j++) {
    const m = parts[j] as SNode;
    if (m.role === 'open') depth++;
    else if (m.role === 'close' && --depth === 0) return parts.slice(i + 1, j);
  }
  return null;
}

/** A density's argument: `x; \mu, \sigma^2` or `x \mid \mu, \Sigma`; with `commas`, also parameters `\mu, \sigma^2`. */
const isDensityArgument = (arg: SNode[], commas: boolean): boolean =>
  arg.some((m) => m.key === ';' || m.key === '|' || m.key === '\\mid' || m.key === '\\vert' || (commas && m.key === ','));

/** The nodes of one sibling row that name a distribution, a set or an order of growth (see the module comment). */
export function namedLetters(parts: SNode[], defined: ReadonlySet<string>): Set<SNode> {
  const out = new Set<SNode>();
  parts.forEach((n, i) => {
    const core = coreKey(n);
    if (defined.has(core) || (n.role !== 'letter' && n.role !== 'supsub')) return;
    if (NAMED_LETTERS.has(core)) {
      out.add(n);
      return;
    }
    if (!DISTRIBUTION_LETTERS.has(core) || n.sup) return;
    const arg = argumentAt(parts, i + 1);
    // `N(\mu, \sigma^2)` alone may be a function of two arguments; `\mathcal{N}(\mu, \sigma^2)` is not.
    if (arg && (parts[i - 1]?.key === '\\sim' || isDensityArgument(arg, core.startsWith('\\')))) out.add(n);
  });
  return out;
}
