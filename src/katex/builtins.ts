/**
 * Whether a macro's name is one KaTeX already knows (`\vec`, `\R`, `\frac`): a collection that
 * defines it replaces KaTeX's meaning everywhere it is used (`macro-redefines-builtin`). A
 * definition that typesets exactly like the builtin (`\newcommand{\R}{\mathbb{R}}`, common in
 * documents written for MathJax, which lacks `\R`) changes nothing and is not reported.
 */
import katex from './katex.js';

const OPTIONS = { throwOnError: true, strict: 'ignore' as const, maxExpand: 100, output: 'html' as const };

function typesetOrNull(latex: string): string | null {
  try {
    return katex.renderToString(latex, OPTIONS);
  } catch {
    return null;
  }
}

/** True when KaTeX defines `name` (a command, a symbol or a macro). */
export function isKatexBuiltin(name: string): boolean {
  try {
    katex.renderToString(name, OPTIONS);
    return true;
  } catch (err) {
    // A builtin that wants arguments fails for want of them, not as an unknown command.
    return !(err instanceof katex.ParseError && /Undefined control sequence/.test(err.message));
  }
}

/** True when the definition replaces a builtin with something that typesets differently. */
export function redefinesBuiltin(name: string, params: number, body: string): boolean {
  if (!isKatexBuiltin(name)) return false;
  if (params > 0) return true;
  const own = typesetOrNull(name);
  return own === null || own !== typesetOrNull(body);
}
