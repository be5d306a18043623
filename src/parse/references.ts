/**
 * References to equations as each tool writes them: LaTeX's `\eqref{x}` and `\ref{x}` (in prose
 * or math), MyST's `` {eq}`x` `` role, Quarto's `@eq-x`, pandoc-crossref's `@eq:x` (also in
 * `[@eq:x; @eq:y]`), bookdown's `\@ref(eq:x)` and Formulary's own `[[Adam Optimizer]]` / `[[adam]]` /
 * `[[17]]` (an equation's name, id or number, optionally `[[adam|shown text]]`; outside math), and the
 * links pandoc's LaTeX reader writes for `\eqref` (PANDOC_LINK). They become reference records on
 * the collection (target and file position) for the site to link; they are never an error.
 * Code (fenced and inline) holds none.
 */
import type { EquationReference } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { slugify } from '../slug.js';

const MYST_ROLE = /\{eq\}`([^`\n]{1,80})`/g;
const LATEX_REF = /\\(eqref|ref)[ \t]*\{([^{}\n]{1,80})\}/g;
const QUARTO_REF = /(?<![\w@.\\])@(eq[-:][A-Za-z0-9_-]{1,80}(?::[A-Za-z0-9_-]{1,80})*)/g;
const BOOKDOWN_REF = /\\@ref\((eq:[A-Za-z0-9_:.-]{1,80})\)/g;
/**
 * pandoc's LaTeX reader writes `\eqref{x}` as `[\[x\]](#x){reference-type="eqref" reference="x"}`
 * (`"ref"` for `\ref`, also for theorems and sections: only an `eq`-prefixed target is taken as
 * an equation's).
 */
const PANDOC_LINK = /\[(?:\\.|[^\]\\\n]){0,200}\]\(#[^()\s]{1,80}\)\{reference-type="(eqref|ref)[^"\n]{0,20}"[ \t]+reference="([^"\n]{1,80})"\}/g;
/** Formulary's own form: `[[name, id or number]]` or `[[target|shown text]]`. */
const WIKI_REF = /\[\[([A-Za-z0-9][^[\]$\\|\n]{0,79}?)(?:\|[^[\]\n]{0,120})?\]\]/g;
const DOLLAR_MATH = /\$[^$\n]*\$/g;
const CODE_SPAN = /(`+)[^`]*?\1/g;
/** References one file records at most. */
const MAX_REFERENCES = 10_000;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** MyST directives whose content is markdown (admonitions, notes, exercises), unlike code, math and raw blocks. */
const MARKDOWN_DIRECTIVE = /^[ \t]*\{(?!code|math|literalinclude|raw|eval-rst|glue)[\w:-]+\}/;

/** Code fences, line by line: `enter(line)` is true for a line of code (a fence line counts), false inside a MyST markdown directive. */
class MystFences {
  private fence: string | null = null;
  private markdown = false;

  enter(line: string): boolean {
    const marker = FENCE.exec(line)?.[1];
    if (this.fence) {
      if (marker && marker.startsWith(this.fence[0]!) && marker.length >= this.fence.length && line.trim() === marker) {
        this.fence = null;
        return true;
      }
      return !this.markdown;
    }
    if (marker) {
      this.fence = marker;
      this.markdown = MARKDOWN_DIRECTIVE.test(line.slice(line.indexOf(marker) + marker.length));
      return true;
    }
    return false;
  }
}

export function readReferences(text: string, lines: LineIndex): EquationReference[] {
  if (!/\\(?:eq)?ref|\{eq\}|@eq[-:]|\\@ref|\[\[|reference-type="/.test(text)) return [];
  const out: EquationReference[] = [];
  const fences = new MystFences();
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
      if (line.includes('reference-type="')) {
        line = line.replace(PANDOC_LINK, (whole: string, kind: string, target: string, index: number) => {
          if (kind === 'eqref' || /^eq[:._-]/i.test(target)) found.push([ls + index, () => add(target.trim(), kind as 'eqref' | 'ref', ls + index, ls + index + whole.length)]);
          return ' '.repeat(whole.length);
        });
      }
      if (line.includes('ref')) {
        for (const m of line.matchAll(LATEX_REF)) {
          const at = ls + m.index;
          found.push([at, () => add(m[2]!.trim(), m[1] as 'eqref' | 'ref', at, at + m[0].length)]);
        }
      }
      if (line.includes('@eq')) {
        for (const m of line.matchAll(QUARTO_REF)) {
          const at = ls + m.index;
          found.push([at, () => add(m[1]!, m[1]!.startsWith('eq:') ? 'pandoc' : 'quarto', at, at + m[0].length)]);
        }
      }
      if (line.includes('\\@ref')) {
        for (const m of line.matchAll(BOOKDOWN_REF)) {
          const at = ls + m.index;
          found.push([at, () => add(m[1]!, 'bookdown', at, at + m[0].length)]);
        }
      }
      if (line.includes('[[')) {
        for (const m of line.replace(DOLLAR_MATH, (s) => ' '.repeat(s.length)).matchAll(WIKI_REF)) {
          const at = ls + m.index;
          found.push([at, () => add(m[1]!.trim(), 'wiki', at, at + m[0].length)]);
        }
      }
      for (const [, f] of found.sort((a, b) => a[0] - b[0])) f();
    }
    if (le === text.length) break;
    ls = le + 1;
  }
  return out;
}
