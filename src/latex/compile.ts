/**
 * Compiles one LaTeX string with the safe KaTeX options and reports what went wrong: a parse
 * error (with its offset in the LaTeX), commands refused by trust, and strict-mode complaints.
 * Shares the memoised typesetting of render.ts, so a build typesets each formula once.
 */
import type { TrustRefusal } from './katex-options.js';
import { typeset } from './render.js';

export interface CompileResult {
  error: { offset: number; message: string } | null;
  refusals: TrustRefusal[];
  strict: Array<{ code: string; message: string; offset?: number }>;
}

export function compileLatex(latex: string, displayMode: boolean): CompileResult {
  const { error, refusals, strict } = typeset(latex, { display: displayMode });
  return { error, refusals, strict };
}
