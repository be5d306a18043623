/**
 * What a screen reader hears of an equation: its spoken form (the formula's accessible name) and
 * a "Read the equation" sentence that follows it with each where-list symbol, spoken, and its
 * meaning ("… where eta is the learning rate; …").
 */
import type { Speaker } from '../../latex/speech.js';
import type { Equation, Variable } from '../../types.js';
import type { SiteEquation } from '../model.js';
import { markdownText } from './markdown.js';

export interface EquationReading {
  spoken: string;
  sentence: string;
}

const MATH = /\$([^$]+)\$/g;

/** Has a meaning to read after its symbols ("$\\eta$ is the learning rate"); else the item is read whole. */
function hasMeaning(v: Variable): boolean {
  return v.symbols.length > 0 && v.description.trim() !== '';
}

/** Every piece of LaTeX the reading speaks, in order (the build checks the speech cache with it). */
export function speechPieces(eq: Equation): Array<{ latex: string; display: boolean }> {
  const out = [{ latex: eq.latex, display: true }];
  const inline = (latex: string): void => void out.push({ latex, display: false });
  for (const v of eq.variables) {
    if (hasMeaning(v)) {
      v.symbols.forEach(inline);
      for (const m of v.description.matchAll(MATH)) inline(m[1]!);
    } else {
      for (const m of v.item.matchAll(MATH)) inline(m[1]!);
    }
  }
  return out;
}

/** Text of markdown with each `$…$` spoken (kept as LaTeX when it cannot be). */
function speakText(md: string, speak: Speaker): string {
  const spoken = md.replace(MATH, (_m, tex: string) => speak(tex, false) ?? tex);
  return markdownText(spoken).replace(/\s+/g, ' ').trim();
}

export function equationReading(se: SiteEquation, speak: Speaker): EquationReading | null {
  const spoken = speak(se.eq.latex, true);
  // "eta: the learning rate"; an item that is a definition by formula ("$p = \\frac{TP}{TP+FP}$") is read whole.
  const items = se.eq.variables
    .map((v) => (hasMeaning(v) ? `${v.symbols.map((s) => speak(s, false) ?? s).join(' and ')}: ${speakText(v.description, speak)}` : speakText(v.item, speak)))
    .map((t) => t.replace(/[.;\s]+$/, ''))
    .filter(Boolean);
  if (!spoken) return null;
  const sentence = items.length ? `${spoken}; where ${items.join('; ')}.` : `${spoken}.`;
  return { spoken, sentence };
}
