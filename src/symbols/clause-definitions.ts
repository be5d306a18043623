/**
 * Definitions written inside the display (issue 24, trial 7 P19; H11): after the formula, words that
 * introduce definitions (`\quad \text{where } \varepsilon_t = \frac{8}{\pi^2}, \; \varepsilon_{ph} = …`,
 * `\text{with } k = 2\pi/\lambda`) make the symbol on the left of each clause that follows (separated by
 * commas, semicolons or `\text{and}`) defined by the formula itself, like a left-hand side. What the
 * clauses' right-hand sides write is still the formula's to explain.
 */
import { sequences, solid, type SNode } from './tree.js';
import { symOf } from './sym.js';

/** `\text{where }`, `\text{with}`, `\text{wobei}`, `\text{où}`, `\text{其中}` … (a colon after it too). */
const INTRODUCES = /^\\(?:text|textrm|textit|textbf|mathrm)\{\s*(?:where|with|here|wobei|mit|où|avec|donde|con|dove|onde|com|где|其中|这里|此处|ここで|여기서)\s*[:,]?\s*\}$/i;
const AND = /^\\(?:text|textrm|mathrm)\{\s*(?:and|und|et|y|e|и|和)\s*\}$/i;
const DEFINING = new Set(['=', ':=', '\\coloneqq', '\\equiv', '\\triangleq', '\\approx']);

/** Adds to `heads` the left side of each clause after a `\text{where}` in the formula. */
export function whereClauses(nodes: SNode[], heads: Set<string>): void {
  for (const seq of sequences(nodes)) {
    const parts = solid(seq);
    const from = parts.findIndex((n) => INTRODUCES.test(n.key));
    if (from < 0) continue;
    for (let i = from; i < parts.length; i++) {
      const n = parts[i] as SNode;
      const opens = i === from || (n.role === 'punct' && (n.key === ',' || n.key === ';')) || AND.test(n.key);
      if (!opens) continue;
      const head = parts[i + 1];
      const rel = parts[i + 2];
      const s = head ? symOf(head) : null;
      if (s && rel?.role === 'rel' && DEFINING.has(rel.key)) heads.add(s.key);
    }
  }
}
