/**
 * Compiles one LaTeX string with the safe KaTeX options and reports what went wrong: a parse
 * error (with its offset in the LaTeX), commands refused by trust, and strict-mode complaints.
 * Shares the memoised typesetting of render.ts, so a build typesets each formula once.
 *
 * A formula over the size limit (limits.ts) is never handed to KaTeX: the result carries
 * `tooLarge` and nothing else.
 */
import katex from './katex.js';
import { safeKatexOptions, type TrustRefusal } from './options.js';
import { isFormulaTooLarge } from './limits.js';
import { katexError, typeset } from './render.js';
import { hasAnalysisStore, remembered } from './memo.js';

export interface CompileResult {
  error: { offset: number; message: string } | null;
  /** Commands refused: by KaTeX's trust callback, or found by the lexical scan below (with their offset). */
  refusals: Array<TrustRefusal & { offset?: number }>;
  strict: Array<{ code: string; message: string; offset?: number }>;
  tooLarge?: boolean;
}

/**
 * Commands that take a URL. KaTeX refuses a URL whose scheme it cannot read (`java<TAB>script:`,
 * `javascript&#58;`, `javascript&colon;`) before it asks the trust callback, so those refusals
 * would go unreported. Content is never trusted with any of them, so every occurrence is one.
 */
const URL_COMMAND = /\\(href|url|includegraphics)(?![A-Za-z])/g;

/** `\href`, `\url`, `\includegraphics` written in the LaTeX (not `\\href`: a line break, then text). */
export function urlCommands(latex: string): Array<{ command: string; offset: number }> {
  const out: Array<{ command: string; offset: number }> = [];
  URL_COMMAND.lastIndex = 0;
  for (let m = URL_COMMAND.exec(latex); m; m = URL_COMMAND.exec(latex)) {
    let slashes = 0;
    for (let j = m.index - 1; j >= 0 && latex[j] === '\\'; j--) slashes++;
    if (slashes % 2 === 0) out.push({ command: `\\${m[1]}`, offset: m.index });
  }
  return out;
}

export function compileLatex(latex: string, displayMode: boolean, parseOnly = false): CompileResult {
  if (isFormulaTooLarge(latex)) return { error: null, refusals: [], strict: [], tooLarge: true };
  // Math checked but never shown is parsed, not typeset, and not kept (100,000 where-items past their bound).
  if (parseOnly) return withUrlRefusals(latex, parseLatex(latex, displayMode));
  // The verdict alone, by content (katex/memo.ts): a rebuild checks unchanged math without
  // reading its typeset HTML back from the build cache. Results are shared: callers never change them.
  // Held in the process only without the build cache (the dev server checks every save).
  return remembered('compile', `${displayMode ? 'D' : 'I'}\u0000${latex}`, () => withUrlRefusals(latex, typeset(latex, { display: displayMode })), !hasAnalysisStore());
}

function withUrlRefusals(latex: string, { error, refusals, strict }: Pick<CompileResult, 'error' | 'refusals' | 'strict'>): CompileResult {
  const all: CompileResult['refusals'] = [...refusals];
  for (const found of urlCommands(latex)) {
    if (!all.some((r) => r.command === found.command)) all.push({ command: found.command, detail: 'refused', offset: found.offset });
  }
  return { error, refusals: all, strict };
}

/** KaTeX's internal parser (the first half of typesetting, where its errors, trust and strict checks are). */
interface KatexInternal {
  __parse(latex: string, options: object): unknown;
}

/**
 * Parse only, no HTML: for math that is checked but never shown (where-list items past their
 * bound, src/parse/where-bounds.ts). 100,000 of them typeset cost seconds and 100 MB of HTML
 * nothing reads.
 */
function parseLatex(latex: string, displayMode: boolean): Pick<CompileResult, 'error' | 'refusals' | 'strict'> {
  const refusals: TrustRefusal[] = [];
  const strict: CompileResult['strict'] = [];
  let error: CompileResult['error'] = null;
  try {
    (katex as unknown as KatexInternal).__parse(latex, safeKatexOptions({ displayMode, throwOnError: true, refusals, strictWarnings: strict }));
  } catch (err) {
    error = katexError(err);
  }
  return { error, refusals, strict };
}
