/**
 * Math rules: every LaTeX string compiles (`katex-error`), no command from content is trusted
 * (`untrusted-command`), strict-mode complaints (`katex-strict`), and markdown escaping
 * artifacts inside math (`markdown-escape-in-math`), typical of pasted LLM output. Bounds
 * (src/katex/limits.ts): one formula's size (`formula-too-large`), one file's math (`too-much-math`).
 */
import type { Diagnostic, MathSource } from '../types.js';
import { compileLatex } from '../katex/compile.js';
import { diagnosticAt, diagnosticInMath, type FileContext } from '../diagnostics/diagnostic.js';
import { fileOffsetOf } from '../diagnostics/positions.js';
import { isFormulaTooLarge, type BudgetExceeded } from '../katex/limits.js';
import { formulaTooLarge } from './formula-too-large.js';
import { markdownEscapeInMath } from './markdown-escape-in-math.js';
import { katexError } from './katex-error.js';
import { untrustedCommand } from './untrusted-command.js';
import { katexStrict } from './katex-strict.js';
import { tooMuchMath as tooMuchMathRule } from './too-much-math.js';

/** Backslash-escapes that markdown needs but LaTeX reads differently, with what was meant. */
const ESCAPES: Array<{ pattern: RegExp; meant: (m: string) => string; why: string }> = [
  { pattern: /\\\*/g, meant: () => '*', why: 'a markdown escape; LaTeX has no `\\*` here' },
  { pattern: /\\_(?=[{a-zA-Z0-9\\])/g, meant: () => '_', why: 'a markdown escape of the subscript `_`' },
  { pattern: /\\(left|right|big|Big|bigg|Bigg)\\([[\]])/g, meant: (m) => m.replace(/\\([[\]])$/, '$1'), why: 'a markdown escape of the bracket' },
];

function isEscaped(latex: string, i: number): boolean {
  let n = 0;
  for (let j = i - 1; j >= 0 && latex[j] === '\\'; j--) n++;
  return n % 2 === 1;
}

const TEXT_COMMANDS = /\\(text|textrm|textit|textbf|texttt|textsf|mathrm|mathit|mathsf|mathtt|operatorname|mbox)\s*$/;

/** True when offset i lies inside the braces of a text command (`\text{cos\_sim}`), where `\_` is right. */
function insideText(latex: string, i: number): boolean {
  let depth = 0;
  for (let j = i - 1; j >= 0; j--) {
    const c = latex[j];
    if (isEscaped(latex, j)) continue;
    if (c === '}') depth++;
    else if (c === '{') {
      if (depth === 0) {
        if (TEXT_COMMANDS.test(latex.slice(0, j))) return true;
      } else depth--;
    }
  }
  return false;
}

/** `parseOnly`: math that is never shown (where-items past their bound) is parsed by KaTeX, not typeset. */
export function checkMath(math: MathSource, display: boolean, ctx: FileContext, equation: string | null, parseOnly = false): Diagnostic[] {
  const out: Diagnostic[] = [];
  const latex = math.latex;
  if (!latex.trim()) return out;
  if (isFormulaTooLarge(latex)) {
    // Nothing else runs on it: KaTeX's time grows faster than the length (see katex/limits.ts).
    out.push(diagnosticInMath(ctx, math, 0, formulaTooLarge, formulaTooLarge.messages.tooLarge(latex.length), equation));
    return out;
  }
  for (const { pattern, meant, why } of ESCAPES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(latex); m; m = pattern.exec(latex)) {
      if (isEscaped(latex, m.index) || insideText(latex, m.index)) continue;
      out.push(diagnosticInMath(ctx, math, m.index, markdownEscapeInMath, markdownEscapeInMath.messages.escape(m[0], why, meant(m[0])), equation));
    }
  }
  if (math.macroError) {
    // The collection's macros loop or explode here (src/parse/macro-expand.ts): one error at the call, nothing typeset.
    out.push(diagnosticInMath(ctx, math, math.macroError.at, katexError, math.macroError.message, equation));
    return out;
  }
  let result = compileLatex(latex, display, parseOnly);
  if (result.error && !display && /only in display mode/.test(result.error.message)) {
    // `$$\begin{align}…$$` inside a line: inline in kramdown, display in Obsidian and GitHub; KaTeX compiles it as display, so it is no error.
    const shown = compileLatex(latex, true, parseOnly);
    if (!shown.error) result = shown;
  }
  if (result.error) {
    const message = katexError.messages.compile(result.error.message);
    if (result.error.offset >= latex.length && latex.length > 0) {
      // "at end of input": point just past the last character (the closing delimiter).
      out.push(diagnosticAt(ctx, fileOffsetOf(math.map, latex.length - 1) + 1, katexError, message, equation));
    } else {
      out.push(diagnosticInMath(ctx, math, result.error.offset, katexError, message, equation));
    }
  }
  const seen = new Set<string>();
  for (const refusal of result.refusals) {
    if (seen.has(refusal.command)) continue;
    seen.add(refusal.command);
    const at = refusal.offset ?? Math.max(0, latex.indexOf(refusal.command));
    out.push(diagnosticInMath(ctx, math, at, untrustedCommand, untrustedCommand.messages.refused(refusal.command), equation));
  }
  // One warning per kind of complaint and formula, at its first place: a Chinese phrase in math
  // is one problem, not one per character.
  const byCode = new Map<string, { first: (typeof result.strict)[number]; more: number }>();
  for (const warning of result.strict) {
    const seenCode = byCode.get(warning.code);
    if (seenCode) seenCode.more++;
    else byCode.set(warning.code, { first: warning, more: 0 });
  }
  for (const { first, more } of byCode.values()) {
    out.push(diagnosticInMath(ctx, math, first.offset ?? 0, katexStrict, katexStrict.messages.strict(first.message, first.code, more), equation));
  }
  return out;
}

/** The one `too-much-math` error of a file, at the first math span over its budget. */
export function tooMuchMath(math: MathSource, reason: BudgetExceeded, ctx: FileContext, equation: string | null): Diagnostic {
  return diagnosticInMath(ctx, math, 0, tooMuchMathRule, tooMuchMathRule.messages.spent(reason), equation);
}
