/**
 * Compiles one LaTeX string with the safe KaTeX options and reports what went wrong:
 * a parse error (with its offset in the LaTeX), commands refused by trust, and strict-mode
 * complaints. Used by `check`; rendering for the site lives in render.ts.
 */
import katex from 'katex';
import { safeKatexOptions, type TrustRefusal } from './katex-options.js';

export interface CompileResult {
  error: { offset: number; message: string } | null;
  refusals: TrustRefusal[];
  strict: Array<{ code: string; message: string }>;
}

export function compileLatex(latex: string, displayMode: boolean): CompileResult {
  const refusals: TrustRefusal[] = [];
  const strict: Array<{ code: string; message: string }> = [];
  try {
    katex.renderToString(latex, safeKatexOptions({ displayMode, refusals, strictWarnings: strict, output: 'html' }));
    return { error: null, refusals, strict };
  } catch (err) {
    if (err instanceof katex.ParseError) {
      const offset = typeof err.position === 'number' ? err.position : 0;
      return { error: { offset, message: err.rawMessage || err.message }, refusals, strict };
    }
    // KaTeX limits (maxExpand) and internal failures: report, never crash.
    const message = err instanceof Error ? err.message : String(err);
    return { error: { offset: 0, message }, refusals, strict };
  }
}
