/**
 * What a screen reader hears of an equation: its spoken form (the formula's accessible name) and
 * a "Read the equation" sentence that follows it with each where-list symbol, spoken, and its
 * meaning ("… where eta is the learning rate; …").
 */
import type { Speaker } from '../../latex/speech.js';
import type { SiteEquation } from '../model.js';
import { markdownText } from './markdown.js';

export interface EquationReading {
  spoken: string;
  sentence: string;
}

/** Text of markdown with each `$…$` spoken (kept as LaTeX when it cannot be). */
function speakText(md: string, speak: Speaker): string {
  const spoken = md.replace(/\$([^$]+)\$/g, (_m, tex: string) => speak(tex, false) ?? tex);
  return markdownText(spoken).replace(/\s+/g, ' ').trim();
}

export function equationReading(se: SiteEquation, speak: Speaker): EquationReading | null {
  const spoken = speak(se.eq.latex, true);
  if (!spoken) return null;
  // "eta: the learning rate"; an item that is a definition by formula ("$p = \frac{TP}{TP+FP}$") is read whole.
  const items = se.eq.variables
    .map((v) =>
      v.symbols.length > 0 && v.description.trim()
        ? `${v.symbols.map((s) => speak(s, false) ?? s).join(' and ')}: ${speakText(v.description, speak)}`
        : speakText(v.item, speak),
    )
    .map((t) => t.replace(/[.;\s]+$/, ''))
    .filter(Boolean);
  const sentence = items.length ? `${spoken}; where ${items.join('; ')}.` : `${spoken}.`;
  return { spoken, sentence };
}
