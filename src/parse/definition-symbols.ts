/**
 * The part of a definition's math that names its symbol: `m \longrightarrow` (an arrow meaning
 * "stands for", trial 1 F15) names `m`; a map with its signature, `g:\mathbb{R}^n\rightarrow\mathbb{R}^n`
 * (trial 1 F25), names `g`.
 */
import type { MathSource } from '../types.js';
import { isCompound } from './latex-split.js';

/** Arrows that mean "stands for" after a symbol (`m \longrightarrow` number of samples). */
const ARROW_END = /\s*(?:\\(?:longrightarrow|rightarrow|Rightarrow|Longrightarrow|to|mapsto|longmapsto)(?![A-Za-z])|→|⟶)\s*$/;

export function endsWithArrow(latex: string): boolean {
  return ARROW_END.test(latex) && latex.replace(ARROW_END, '').trim().length > 0;
}

/** `\alpha\longrightarrow学习率`, `m \to \text{number of samples}`: a symbol, an arrow, then words (not math). */
const ARROW_MEANING = /^([^]{1,30}?)\s*(?:\\(?:longrightarrow|rightarrow|Rightarrow|Longrightarrow|to|mapsto)(?![A-Za-z])|→|⟶)\s*((?:\\text\{[^{}]*\}|\\mathrm\{[^{}]*\}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}，、\s])+)$/u;

/** The symbol and the meaning of math that holds both (trial 1, F15: "其中$\alpha\longrightarrow学习率$"), or null. */
export function arrowMeaning(latex: string): { symbol: string; meaning: string } | null {
  const m = ARROW_MEANING.exec(latex.trim());
  if (!m || isCompound(m[1]!) || /[=<>]/.test(m[1]!)) return null;
  const meaning = m[2]!.replace(/\\(?:text|mathrm)\{([^{}]*)\}/g, '$1').replace(/\s+/g, ' ').trim();
  return /\p{L}{2}/u.test(meaning) ? { symbol: m[1]!.trim(), meaning } : null;
}

/** True when the math holds an arrow (`x \to 0`, `m \longrightarrow 样本数`): never joined to the next symbol as one item. */
export function hasArrow(latex: string): boolean {
  return /\\(?:longrightarrow|rightarrow|Rightarrow|Longrightarrow|to|mapsto|longmapsto)(?![A-Za-z])|→|⟶/.test(latex);
}

/** A map's signature: `g:\mathbb{R}^n\rightarrow\mathbb{R}^n`, `f \colon A \to B` → its name's length. */
const SIGNATURE = /^([^:=]{1,30}?)\s*(?::|\\colon(?![A-Za-z]))(?!=)\s*\S[\s\S]*?\\(?:to|rightarrow|longrightarrow|mapsto)(?![A-Za-z])/;

/** The part of a definition's math that names the symbol: without a trailing arrow, and a map without its signature. */
export function symbolPart(src: MathSource): MathSource {
  let latex = src.latex;
  const inMath = arrowMeaning(latex);
  if (inMath) latex = latex.slice(0, latex.indexOf(inMath.symbol) + inMath.symbol.length);
  else if (endsWithArrow(latex)) latex = latex.replace(ARROW_END, '');
  const signature = SIGNATURE.exec(latex);
  if (signature && !isCompound(signature[1]!.trim())) latex = signature[1]!.trimEnd();
  if (latex === src.latex) return src;
  // The kept part is a prefix: its pieces are the original's, cut at its end.
  const pieces = src.map.pieces.filter((p) => p.at < latex.length).map((p) => ({ ...p, length: Math.min(p.length, latex.length - p.at) }));
  return { latex, map: { pieces } };
}
