/**
 * Chemistry (`\ce{…}`, `\pu{…}` of mhchem) in symbol analysis. The content of these commands is
 * a chemical formula or a physical unit, never variables: symbol analysis sees each command as
 * one word, keyed by its normalised content (`\ce{2H2 + O2 -> 2H2O}`), so a where-list item
 * `$\ce{H2O}$` matches an identical `\ce{H2O}` and H, O, K… are never undefined symbols.
 *
 * How: before KaTeX parses the formula for analysis, each command's body is masked (same length,
 * so every offset stays valid) and `\ce`/`\pu` are read as `\text{#1}`; the text node that
 * results spans exactly the command, and `chemistryKeys` gives its key from the original body.
 */
import type { Lexed } from './lex.js';

const COMMANDS = new Set(['\\ce', '\\pu']);

/** KaTeX macros that turn a masked `\ce{xxxx}` into a plain text node. */
export const CHEMISTRY_MACROS: Record<string, string> = { '\\ce': '\\text{#1}', '\\pu': '\\text{#1}' };

export interface Masked {
  /** The LaTeX with every chemistry body replaced by `x`s (same length). */
  masked: string;
  /** Offset of each command (`\ce`) → its key (`\ce{H2O}`). */
  keys: Map<number, string>;
}

export function maskChemistry(latex: string, lx: Lexed): Masked {
  const keys = new Map<number, string>();
  if (!latex.includes('\\ce') && !latex.includes('\\pu')) return { masked: latex, keys };
  let masked = latex;
  for (let k = 0; k < lx.tokens.length; k++) {
    const t = lx.tokens[k];
    if (!t || !COMMANDS.has(t.text)) continue;
    let j = k + 1;
    while (lx.tokens[j]?.text === ' ') j++;
    const open = lx.tokens[j];
    const close = open?.text === '{' ? lx.braceMatch.get(open.start) : undefined;
    if (!open || close === undefined) continue;
    const body = latex.slice(open.end, close);
    keys.set(t.start, `${t.text}{${body.replace(/\s+/g, ' ').trim()}}`);
    masked = masked.slice(0, open.end) + 'x'.repeat(Math.max(body.length, 0)) + masked.slice(close);
    while (k < lx.tokens.length && (lx.tokens[k]?.start ?? 0) < close) k++;
  }
  return { masked, keys };
}

function bodyOf(key: string): string | null {
  const m = /^\\(?:ce|pu)\{(.*)\}$/s.exec(key);
  return m ? (m[1] ?? '') : null;
}

/**
 * A where-list formula (`\ce{H2}`) written inside a larger one of the equation
 * (`\ce{2H2 + O2 -> 2H2O}`): it occurs there, though it cannot be linked on its own.
 */
export function chemistryWithin(defKey: string, useKey: string): boolean {
  const def = bodyOf(defKey);
  const use = bodyOf(useKey);
  return def !== null && use !== null && def.length > 0 && defKey.slice(0, 3) === useKey.slice(0, 3) && use.includes(def);
}
