/**
 * A command a document uses everywhere but never defines (a macro of its tool's KaTeX setup:
 * Slidev's `setup/katex.ts`, a theme, `book.toml`) fails every formula that uses it. Each of
 * those stays a `katex-error` (the formula does not compile), and the first one in the file
 * says, once, how many formulas share the cause and where to define the macro.
 */
import type { Diagnostic } from '../types.js';
import { katexError } from './katex-error.js';

const UNDEFINED = /^Undefined control sequence: (\\[A-Za-z]+)$/;

/** The diagnostics with the first error of each command undefined in two or more formulas worded with the hint. */
export function hintRepeatedUndefined(diagnostics: Diagnostic[]): Diagnostic[] {
  const byName = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (d.ruleId !== katexError.id) continue;
    const name = UNDEFINED.exec(d.message)?.[1];
    if (!name) continue;
    const list = byName.get(name);
    if (list) list.push(d);
    else byName.set(name, [d]);
  }
  const first = new Map<Diagnostic, string>();
  for (const [name, list] of byName) {
    if (list.length < 2) continue;
    const earliest = list.reduce((a, b) => (b.line < a.line || (b.line === a.line && b.column < a.column) ? b : a));
    first.set(earliest, katexError.messages.undefinedInMany(earliest.message, name, list.length));
  }
  if (first.size === 0) return diagnostics;
  return diagnostics.map((d) => (first.has(d) ? { ...d, message: first.get(d)! } : d));
}
