/**
 * References to equations as each tool writes them: LaTeX's `\eqref{x}` and `\ref{x}` (in prose
 * or math), MyST's `` {eq}`x` `` role and Quarto's `@eq-x`. They become reference records on
 * the collection (target and file position) for the site to link; they are never an error.
 * Code (fenced and inline) holds none.
 */
import type { EquationReference } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { FenceTracker } from './text-edits.js';
import { slugify } from './slug.js';

const MYST_ROLE = /\{eq\}`([^`\n]{1,80})`/g;
const LATEX_REF = /\\(eqref|ref)[ \t]*\{([^{}\n]{1,80})\}/g;
const QUARTO_REF = /(?<![\w@.])@(eq-[A-Za-z0-9_-]{1,80})/g;
const CODE_SPAN = /(`+)[^`]*?\1/g;
/** References one file records at most. */
const MAX_REFERENCES = 10_000;

export function readReferences(text: string, lines: LineIndex): EquationReference[] {
  if (!/\\(?:eq)?ref|\{eq\}|@eq-/.test(text)) return [];
  const out: EquationReference[] = [];
  const fences = new FenceTracker();
  const add = (target: string, syntax: EquationReference['syntax'], start: number, end: number): void => {
    if (out.length < MAX_REFERENCES) out.push({ target, id: slugify(target), syntax, position: lines.span(start, end) });
  };
  for (let ls = 0; ls <= text.length; ) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    let line = text.slice(ls, le);
    if (!fences.enter(line)) {
      const found: Array<[number, () => void]> = [];
      if (line.includes('{eq}')) {
        line = line.replace(MYST_ROLE, (whole: string, target: string, index: number) => {
          found.push([ls + index, () => add(target.trim(), 'myst', ls + index, ls + index + whole.length)]);
          return ' '.repeat(whole.length);
        });
      }
      if (line.includes('`')) line = line.replace(CODE_SPAN, (s) => ' '.repeat(s.length));
      if (line.includes('ref')) {
        for (const m of line.matchAll(LATEX_REF)) {
          const at = ls + m.index;
          found.push([at, () => add(m[2]!.trim(), m[1] as 'eqref' | 'ref', at, at + m[0].length)]);
        }
      }
      if (line.includes('@eq-')) {
        for (const m of line.matchAll(QUARTO_REF)) {
          const at = ls + m.index;
          found.push([at, () => add(m[1]!, 'quarto', at, at + m[0].length)]);
        }
      }
      for (const [, f] of found.sort((a, b) => a[0] - b[0])) f();
    }
    if (le === text.length) break;
    ls = le + 1;
  }
  return out;
}
