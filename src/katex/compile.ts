/**
 * Compiles one LaTeX string with the safe KaTeX options and reports what went wrong: a parse
 * error (with its offset in the LaTeX), commands refused by trust, and strict-mode complaints.
 * Inline math shares the memoised typesetting of render.ts (pages show each where-item as it is
 * checked), so a build typesets it once. A display formula is only parsed: pages show its linked
 * form (src/symbols/link.ts), typeset with other LaTeX, and search previews its text style.
 *
 * A formula over the size limit (limits.ts) is never handed to KaTeX: the result carries
 * `tooLarge` and nothing else.
 */
import katex from './katex.js';
import { safeKatexOptions, type TrustRefusal } from './options.js';
import { isFormulaTooLarge } from './limits.js';
import { isTypeset, katexError, typeset } from './render.js';
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
  return remembered('compile', `${displayMode ? 'D' : 'I'}\u0000${latex}`, () => withUrlRefusals(latex, displayMode ? displayVerdict(latex) : typeset(latex, { display: false })), !hasAnalysisStore());
}

/**
 * What typesetting a display formula would report, from KaTeX's parse: every error, trust refusal
 * and strict warning of KaTeX is raised while it parses, except running out of stack while it lays
 * out a deeply nested formula (`TOO_DEEP` in render.ts), so a parse tree nested past
 * `LAYOUT_SAFE_DEPTH` is typeset to find out. A formula already typeset is read from the memo, one
 * the symbol analysis parsed (`parseDisplayMath`) is not parsed again.
 */
function displayVerdict(latex: string): Pick<CompileResult, 'error' | 'refusals' | 'strict'> {
  if (isTypeset(latex, { display: true })) return typeset(latex, { display: true });
  const noted = analysed.get(latex);
  if (noted) analysed.delete(latex);
  const parsed = noted ?? parseLatex(latex, true);
  const deep = noted ? noted.deep : parsed.error === null && !nestedWithin((parsed as { tree?: unknown }).tree, LAYOUT_SAFE_DEPTH);
  if (deep) return typeset(latex, { display: true });
  // Copies: a noted verdict may be the shared CLEAN one.
  return { error: parsed.error, refusals: [...parsed.refusals], strict: [...parsed.strict] };
}

type Verdict = Pick<CompileResult, 'error' | 'refusals' | 'strict'> & { deep: boolean };
/** The verdict of most formulas: no error, refusal or warning (one shared object, so thousands cost no heap). */
const CLEAN: Verdict = Object.freeze({ error: null, refusals: [], strict: [], deep: false });
/**
 * Verdicts from the symbol analysis's parse of formulas, until the check takes them (the analysis
 * parses every formula of a file before the check runs: src/pipeline/compose.ts); bounded.
 */
const analysed = new Map<string, Verdict>();
const MAX_ANALYSED = 50_000;

/**
 * KaTeX's parse tree of a display formula for the symbol analysis (src/symbols/tree.ts), `macros`
 * defined; throws what KaTeX throws. `plain`: `latex` is the formula itself and calls none of
 * `macros`, so this parse is the check's too, and its verdict is kept for the check.
 */
export function parseDisplayMath(latex: string, macros: Record<string, string>, plain: boolean): unknown[] {
  const refusals: TrustRefusal[] = [];
  const strict: CompileResult['strict'] = [];
  const note = (v: Verdict): void => {
    if (!plain || isFormulaTooLarge(latex)) return;
    if (analysed.size >= MAX_ANALYSED) analysed.clear();
    analysed.set(latex, v.error === null && !v.deep && v.refusals.length === 0 && v.strict.length === 0 ? CLEAN : v);
  };
  try {
    const tree = (katex as unknown as KatexInternal).__parse(latex, { ...safeKatexOptions({ displayMode: true, throwOnError: true, refusals, strictWarnings: strict }), macros: { ...macros } });
    note({ error: null, refusals, strict, deep: !nestedWithin(tree, LAYOUT_SAFE_DEPTH) });
    return tree;
  } catch (err) {
    note({ error: katexError(err), refusals, strict, deep: false });
    throw err;
  }
}

/**
 * Levels of objects in KaTeX's parse tree under which its layout cannot run out of stack. With
 * Node's default stack it overflowed at `x^{^{…}}` 1,000 deep (3,000 levels), not at 500 deep.
 */
const LAYOUT_SAFE_DEPTH = 200;

/**
 * Whether `value` nests objects at most `limit` deep, itself the first level (source locations, which
 * point back at the lexer, are not followed). Recursive, at most `limit` calls deep.
 */
function nestedWithin(value: unknown, limit: number): boolean {
  if (limit < 1) return false;
  if (Array.isArray(value)) {
    for (const x of value) if (x !== null && typeof x === 'object' && !nestedWithin(x, limit - 1)) return false;
    return true;
  }
  const node = value as Record<string, unknown>;
  for (const k in node) {
    const x = node[k];
    if (k !== 'loc' && x !== null && typeof x === 'object' && !nestedWithin(x, limit - 1)) return false;
  }
  return true;
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
  __parse(latex: string, options: object): unknown[];
}

/**
 * Parse only, no HTML: for math that is checked but never shown (where-list items past their
 * bound, src/parse/where-bounds.ts). 100,000 of them typeset cost seconds and 100 MB of HTML
 * nothing reads.
 */
function parseLatex(latex: string, displayMode: boolean): Pick<CompileResult, 'error' | 'refusals' | 'strict'> & { tree?: unknown } {
  const refusals: TrustRefusal[] = [];
  const strict: CompileResult['strict'] = [];
  try {
    const tree = (katex as unknown as KatexInternal).__parse(latex, safeKatexOptions({ displayMode, throwOnError: true, refusals, strictWarnings: strict }));
    return { error: null, refusals, strict, tree };
  } catch (err) {
    return { error: katexError(err), refusals, strict };
  }
}
