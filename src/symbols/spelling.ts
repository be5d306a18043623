/**
 * One symbol, several spellings (used by symbols/match.ts, only to compare a definition with a use):
 * - glyph variants of a letter: `\varepsilon`, `ϵ`, `ε` are `\epsilon`; `μ` is `\mu`;
 * - spellings of one mark: `\overline{x}` is `\bar{x}`, `\widehat{y}` is `\hat{y}`,
 *   `\boldsymbol{x}` is `\mathbf{x}`;
 * - a label subscript however it is set: `max`, `\text{max}`, `\mathrm{max}`, `\max`.
 */
import { solid, type SNode } from './node.js';

const VAR_GREEK = /\\var(epsilon|theta|phi|rho|sigma|pi|kappa)(?![A-Za-z])/g;
const GREEK_PAIRS = (
  'α alpha β beta γ gamma δ delta ε epsilon ϵ epsilon ζ zeta η eta θ theta ϑ theta ι iota κ kappa λ lambda μ mu ' +
  'ν nu ξ xi π pi ρ rho σ sigma ς sigma τ tau υ upsilon φ phi ϕ phi χ chi ψ psi ω omega Γ Gamma Δ Delta ' +
  'Θ Theta Λ Lambda Ξ Xi Π Pi Σ Sigma Υ Upsilon Φ Phi Ψ Psi Ω Omega'
).split(' ');
const UNICODE_GREEK = new Map<string, string>();
for (let i = 0; i + 1 < GREEK_PAIRS.length; i += 2) UNICODE_GREEK.set(GREEK_PAIRS[i] ?? '', `\\${GREEK_PAIRS[i + 1] ?? ''}`);

/** Spellings of one accent or font: `\overline{x}` is `\bar{x}`, `\widehat{y}` is `\hat{y}`. */
const SAME_MARKS: Array<[RegExp, string]> = [
  [/\\overline\{/g, '\\bar{'],
  [/\\widehat\{/g, '\\hat{'],
  [/\\widetilde\{/g, '\\tilde{'],
  [/\\boldsymbol\{/g, '\\mathbf{'],
];

/**
 * One spelling for variants of a letter: `\varepsilon`, `ϵ`, `ε` → `\epsilon`; `μ` → `\mu`;
 * `\overline{x}` → `\bar{x}`; `\boldsymbol{x}` → `\mathbf{x}`.
 */
export function glyphs(key: string): string {
  let out = key.replace(VAR_GREEK, '\\$1').replace(/[\u0370-\u03ff]/g, (c) => UNICODE_GREEK.get(c) ?? c);
  for (const [re, to] of SAME_MARKS) out = out.replace(re, to);
  return out;
}

/**
 * A script that is a label word, however set: `max` ~ `\text{max}` ~ `\mathrm{max}` ~ `\max`
 * (`T_{max}`, `T_\text{max}`, `T_{\max}`); null for anything else.
 */
export function labelOf(list: SNode[]): string | null {
  const t = solid(list);
  if (t.length >= 2 && t.every((n) => n.role === 'letter' && n.type === 'mathord' && /^[A-Za-z]$/.test(n.key))) {
    return t.map((n) => n.key).join('');
  }
  const only = t.length === 1 ? t[0] : undefined;
  if (!only) return null;
  const m = /^\\(?:text|mathrm|textrm|textnormal|mathit|textit|mathnormal)?\{([A-Za-z]{2,})\}$|^\\([A-Za-z]{2,})$/.exec(only.key);
  const word = m?.[1] ?? (only.role === 'operator' ? m?.[2] : undefined);
  return word ?? null;
}
