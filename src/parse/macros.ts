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
  // amsmath's multiple integrals and line breaking (trial 3, H3: `\idotsint` in a Typora note).
  '\\idotsint': { params: 0, body: '\\int\\cdots\\int' },
  '\\iiiint': { params: 0, body: '\\int\\kern-0.35em\\int\\kern-0.35em\\int\\kern-0.35em\\int' },
  '\\shoveleft': { params: 1, body: '#1' },
  '\\shoveright': { params: 1, body: '#1' },
  // mathtools, which MathJax loads on first use.
  '\\prescript': { params: 3, body: '{}^{#1}_{#2}{#3}' },
  '\\overunderset': { params: 3, body: '\\overset{#1}{\\underset{#2}{#3}}' },
  // MathJax's own markup commands: the formula without the styling (no CSS or ids from content).
  '\\class': { params: 2, body: '{#2}' },
  '\\cssId': { params: 2, body: '{#2}' },
  '\\style': { params: 2, body: '{#2}' },
  '\\enclose': { params: 2, body: '\\boxed{#2}' },
  '\\cancelto': { params: 2, body: '\\cancel{#2}^{\\,#1}' },
  '\\nonscript': { params: 0, body: '' },
  '\\Rule': { params: 3, body: '\\rule{#1}{#2}' },
  '\\overparen': { params: 1, body: '\\overgroup{#1}' },
  '\\underparen': { params: 1, body: '\\undergroup{#1}' },
  '\\Tiny': { params: 0, body: '\\tiny' },
  // LaTeX's text box, which MathJax reads as `\text` (trial 5, M1: `\frac{\mbox{favourable}}{…}`).
  '\\mbox': { params: 1, body: '\\text{#1}' },
  '\\textsl': { params: 1, body: '\\textit{#1}' },
  '\\textsc': { params: 1, body: '\\text{#1}' },
  '\\textdegree': { params: 0, body: '\\degree' },
  // gensymb.
  '\\celsius': { params: 0, body: '{}^{\\circ}\\mathrm{C}' },
  '\\ohm': { params: 0, body: '\\Omega' },
  '\\micro': { params: 0, body: '\\mu' },
  // unicode-math's alphabets, which MathJax 4 knows.
  '\\mathup': { params: 1, body: '\\mathrm{#1}' },
  '\\symup': { params: 1, body: '\\mathrm{#1}' },
  '\\symit': { params: 1, body: '\\mathit{#1}' },
  '\\symbf': { params: 1, body: '\\boldsymbol{#1}' },
  '\\mathbfit': { params: 1, body: '\\boldsymbol{#1}' },
  '\\symsf': { params: 1, body: '\\mathsf{#1}' },
  '\\symcal': { params: 1, body: '\\mathcal{#1}' },
  '\\symbb': { params: 1, body: '\\mathbb{#1}' },
  ...upgreek(),
};

/** upgreek's upright lowercase letters (`\upalpha`): KaTeX's letters, as close as it has. */
function upgreek(): MacroTable {
  const letters = 'alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu xi pi varpi rho varrho sigma varsigma tau upsilon phi varphi chi psi omega';
  return Object.fromEntries(letters.split(' ').map((l) => [`\\up${l}`, { params: 0, body: `\\${l}` }]));
}

const MATHJAX_ONLY = new RegExp(`\\\\(?:${Object.keys(MATHJAX_COMPAT).map((name) => name.slice(1)).join('|')})(?![A-Za-z])`);

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
