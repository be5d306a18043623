/**
 * LaTeX's cross-reference commands inside math, which KaTeX does not know (MathJax and LaTeX
 * do): `\label{…}` names an equation, `\tag{…}` numbers it, `\eqref{…}`/`\ref{…}` point at
 * one. The label and tag are read by the section reader (the equation's id and number) and
 * removed here before KaTeX sees the formula; a reference is shown as plain text, `(x)` for
 * `\eqref{x}`. LaTeX's `eqnarray` environment, which MathJax renders and KaTeX lacks, becomes
 * KaTeX's display-style array with eqnarray's three columns (`rcl`): a MathJax document is no
 * error (trial 5, M1). The map keeps every kept character's file position.
 */
import type { MathSource } from '../types.js';
import { trimSource } from './contained-math.js';

/**
 * `\label{x}`, `\tag{x}`, `\tag*{x}`, `\eqref{x}`, `\ref{x}` (no nested braces in x); bookdown's
 * label `(\#eq:x)`; the `equation`/`equation*` wrapper, which only numbers its body; and the
 * `eqnarray`/`eqnarray*` environment's markers.
 */
const COMMAND = /\\(label|tag\*?|eqref|ref)[ \t]*\{([^{}\n]{0,200})\}|\(\\#(eq:[A-Za-z0-9_:.-]{1,80})\)|\\(begin|end)\{equation\*?\}|\\(begin|end)\{eqnarray\*?\}/g;

export interface MathLabels {
  labels: string[];
  tags: string[];
}

/** The labels and tags a formula's LaTeX gives it (in order); prose tags (`proseTags`) are none. */
export function labelsOf(latex: string): MathLabels {
  const out: MathLabels = { labels: [], tags: [] };
  if (!latex.includes('\\')) return out;
  for (const m of latex.matchAll(COMMAND)) {
    if (m[3]) out.labels.push(m[3]);
    else if (m[1] === 'label') out.labels.push(m[2]!.trim());
    else if (m[1]?.startsWith('tag')) out.tags.push(m[2]!.trim());
  }
  if (proseTags(out.tags)) out.tags = [];
  return out;
}

/**
 * True when a formula's `\tag`s annotate it rather than number it (trial 3, H13): several in one
 * display (a derivation justifying each `align*` row, `\tag*{linearity of E[]}`), or one whose
 * text is prose (words with spaces, or math). They stay in the formula (KaTeX renders them) and
 * are no id; a single short tag (`\tag{3}`, `\tag{A.1}`) numbers the equation and is removed.
 */
function proseTags(tags: readonly string[]): boolean {
  return tags.length > 1 || tags.some((t) => /\s|\$/.test(t));
}

/** Text KaTeX shows as is inside `\text{…}`. */
function asText(s: string): string {
  return s.replace(/[^A-Za-z0-9:.,;()\-+ ]/g, (c) => (c === '_' ? '\\_' : ''));
}

/** The formula without its labels and tags, its references as text, an `eqnarray` as KaTeX's `darray`. Unchanged (same object) when it has none. */
export function withoutLabels(src: MathSource): MathSource {
  if (!/\\(?:label|tag|eqref|ref)\b|\(\\#eq:|\{equation\*?\}|\{eqnarray\*?\}/.test(src.latex)) return src;
  let latex = '';
  const pieces: MathSource['map']['pieces'] = [];
  let from = 0;
  const tags = [...src.latex.matchAll(COMMAND)].filter((m) => m[1]?.startsWith('tag')).map((m) => m[2]!.trim());
  const keepTags = proseTags(tags);
  const keep = (a: number, b: number): void => {
    for (const p of src.map.pieces) {
      const s = Math.max(a, p.at);
      const e = Math.min(b, p.at + p.length);
      if (e > s) pieces.push({ at: latex.length + (s - a), offset: p.offset + (s - p.at), length: e - s });
    }
    latex += src.latex.slice(a, b);
  };
  for (const m of src.latex.matchAll(COMMAND)) {
    if (keepTags && m[1]?.startsWith('tag')) continue;
    const at = m.index;
    keep(from, at);
    if (m[1] === 'eqref') latex += `\\text{(${asText(m[2]!)})}`;
    else if (m[1] === 'ref') latex += `\\text{${asText(m[2]!)}}`;
    else if (m[5] === 'begin') latex += '\\begin{darray}{rcl}';
    else if (m[5] === 'end') latex += '\\end{darray}';
    from = at + m[0].length;
  }
  keep(from, src.latex.length);
  return trimSource({ latex, map: { pieces } });
}
