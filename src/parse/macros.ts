/**
 * The macros one document's formulas are expanded with: the config's `macros`, then the
 * document's own (its front matter's `math:`, `macros:` and preamble strings, preamble blocks of `\newcommand`/`\def`…,
 * macro-definitions.ts), a later definition of a name replacing an earlier one. A document's
 * definition of a name KaTeX already has is reported (`macro-redefines-builtin`) at the name.
 */
import type { Diagnostic, MacroTable } from '../types.js';
import { diagnosticAt, type FileContext } from '../diagnostics/diagnostic.js';
import { LineIndex } from '../diagnostics/positions.js';
import { redefinesBuiltin } from '../katex/builtins.js';
import { macroRedefinesBuiltin } from '../rules/macro-redefines-builtin.js';
import { preambleDefinitions } from './macro-definitions.js';
import { frontMatterMacros } from './front-matter-macros.js';

/** The table for a document (`text`: preprocessed, same offsets as the file), or undefined when it has no macros. */
/**
 * MathJax commands KaTeX lacks, which documents written for MathJax (Obsidian, Jupyter, Jekyll or
 * Hugo with MathJax) use: each typesets as close as KaTeX can, so such a document is no error.
 * The config and the document may define them otherwise.
 */
const MATHJAX_COMPAT: MacroTable = {
  '\\displaylines': { params: 1, body: '\\begin{gathered}#1\\end{gathered}' },
  // `\require{cancel}` loads a MathJax extension; KaTeX has them built in.
  '\\require': { params: 1, body: '' },
  '\\bbox': { params: 2, optional: '', body: '\\boxed{#2}' },
  '\\iddots': { params: 0, body: '\\mathinner{\\mkern1mu\\raisebox{0.1em}{.}\\mkern2mu\\raisebox{0.4em}{.}\\mkern2mu\\raisebox{0.7em}{.}\\mkern1mu}' },
};
const MATHJAX_ONLY = /\\(?:displaylines|require|bbox|iddots)(?![A-Za-z])/;

export function documentMacros(text: string, config: MacroTable | undefined, fctx: FileContext, diagnostics: Diagnostic[]): MacroTable | undefined {
  const table: MacroTable = { ...(MATHJAX_ONLY.test(text) ? MATHJAX_COMPAT : {}), ...config };
  for (const d of [...frontMatterMacros(text), ...preambleDefinitions(text)]) {
    if (redefinesBuiltin(d.name, d.definition.params, d.definition.body)) {
      diagnostics.push(diagnosticAt(fctx, d.at, macroRedefinesBuiltin, macroRedefinesBuiltin.messages.document(d.name), null));
    }
    table[d.name] = d.definition;
  }
  return Object.keys(table).length > 0 ? table : undefined;
}

/** The config's macros that replace a KaTeX command: one warning each, on the config file. */
export function configMacroDiagnostics(macros: MacroTable, file = 'formulary.config.json'): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [name, d] of Object.entries(macros)) {
    if (!redefinesBuiltin(name, d.params, d.body)) continue;
    out.push(diagnosticAt({ file, lines: new LineIndex('') }, 0, macroRedefinesBuiltin, macroRedefinesBuiltin.messages.config(name), null));
  }
  return out;
}
