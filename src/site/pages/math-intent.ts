/**
 * MathML `intent` on the identifiers whose meaning the where-list gives (issue 25): in an
 * equation page's formula, each occurrence of a defined symbol's MathML (`<mi>η</mi>`,
 * `<msub><mi>W</mi>…</msub>`) gets `intent="learning-rate"`, so a screen reader with MathCAT can
 * say the meaning while it navigates the formula. The accessible name (the spoken sentence) is
 * unchanged; only KaTeX's MathML gets the attribute.
 *
 * A symbol is found by its own MathML, typeset alone; two items that typeset alike name nothing,
 * and a longer symbol is placed first, so `h` is not marked inside `W_{hh}`.
 */
import type { ElementContent } from 'hast';
import type { Variable } from '../../types.js';
import { katexRaw } from './hast.js';
import { symbolMathmlOf } from '../../katex/render.js';

const ARTICLES = /^(?:the|a|an|is|are)$/i;

/** The intent name of a meaning: its first words, lower case, joined by hyphens ("the learning rate" → "learning-rate"); null when it has none. */
export function intentName(description: string): string | null {
  const words = description
    .replace(/\$[^$]*\$/g, ' ')
    .replace(/\([^)]*\)/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !ARTICLES.test(w))
    .slice(0, 4)
    .map((w) => w.toLowerCase());
  const name = words.join('-');
  return /^\p{L}[\p{L}\p{N}-]*$/u.test(name) ? name : null;
}

/** A symbol's MathML element, typeset alone (no `<math>`, `<semantics>` or outer `<mrow>`). */
function symbolMathml(latex: string): string | null {
  const inner = symbolMathmlOf(latex);
  return inner && /^<(mi|msub|msup|msubsup|mover|munder)[\s>]/.test(inner) ? inner : null;
}

/** The formula's raw KaTeX node with `intent` on each defined symbol's MathML (the same node when none applies). */
export function withIntents(node: ElementContent, variables: Variable[]): ElementContent {
  const raw = node as unknown as { type: string; value: string };
  if (raw.type !== 'raw' || !raw.value.includes('<math')) return node;
  const byMathml = new Map<string, string | null>();
  for (const v of variables.slice(0, 200)) {
    if (v.symbols.length !== 1 || v.inherited) continue;
    const name = intentName(v.description);
    const mathml = name ? symbolMathml(v.symbols[0]!) : null;
    if (!mathml || !name) continue;
    byMathml.set(mathml, byMathml.has(mathml) && byMathml.get(mathml) !== name ? null : name);
  }
  const keys = [...byMathml].filter((e): e is [string, string] => e[1] !== null).sort((a, b) => b[0].length - a[0].length);
  if (keys.length === 0) return node;
  const start = raw.value.indexOf('<math');
  const end = raw.value.indexOf('</math>', start);
  if (end < 0) return node;
  let mathml = raw.value.slice(start, end);
  const placed: string[] = [];
  for (const [element, name] of keys) {
    if (!mathml.includes(element)) continue;
    const marked = element.replace(/^<(\w+)/, `<$1 intent="${name}"`);
    mathml = mathml.split(element).join(`\u0001${placed.length}\u0001`);
    placed.push(marked);
  }
  if (placed.length === 0) return node;
  mathml = mathml.replace(/\u0001(\d+)\u0001/g, (_, i: string) => placed[Number(i)]!);
  return katexRaw(raw.value.slice(0, start) + mathml + raw.value.slice(end));
}
