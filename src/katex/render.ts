/**
 * The one memoised KaTeX call of the process. Each distinct (LaTeX, mode) pair is typeset once,
 * HTML + MathML, and everything reuses it: `check` reads its errors, trust refusals and strict
 * warnings; pages insert its HTML (the home list, the equation page and the notation index
 * repeat the same formulas); search previews cut its MathML out.
 *
 * A formula KaTeX refuses is not fatal here: validation reports it; pages show the escaped
 * source in `<code class="math-error">` instead. A formula over the size limit (limits.ts) is
 * never handed to KaTeX: pages show a short placeholder.
 */
import katex from './katex.js';
import { remembered, type KeyValueStore } from './memo.js';
import { MAX_EXPAND, safeKatexOptions, type TrustRefusal } from './options.js';
import { isFormulaTooLarge, MAX_FORMULA_CHARS, tooLargeMessage } from './limits.js';

export interface RenderMathOptions {
  display: boolean;
  /** Allow the symbol linker's `\htmlData{var=N}` wrappers (only for LaTeX produced by src/symbols/link.ts). */
  allowLinks?: boolean;
  /**
   * The TeX to put in MathML's annotation (what copy-paste and assistive tools see) when it
   * differs from what was typeset: the author's LaTeX, not the linker's `\htmlData` wrappers.
   */
  annotation?: string;
}

export interface Typeset {
  /** KaTeX's HTML + MathML, or null when it failed. */
  html: string | null;
  error: { offset: number; message: string } | null;
  refusals: TrustRefusal[];
  strict: Array<{ code: string; message: string; offset?: number }>;
}

/** What a persistent cache keeps of one typeset (src/cache/typeset-cache.ts); `key` is the memo key. */
export interface StoredTypeset {
  html: string | null;
  error: Typeset['error'];
  refusals: TrustRefusal[];
  strict: Typeset['strict'];
}

let store: KeyValueStore | null = null;

/** Puts a persistent cache behind the memo (the CLI's build, check and dev), or removes it. */
export function useTypesetStore(s: KeyValueStore | null): void {
  store = s;
}

/** Results with the HTML as UTF-8 outside the JS heap: 10,000 equations' HTML would otherwise sit in the heap for the whole build. */
const TOO_DEEP = 'This formula nests groups too deeply for KaTeX to lay out (braces, scripts, `\\sqrt`, `\\left…\\right` or environments inside one another): flatten it';
const TOO_MANY_EXPANSIONS = `More than ${MAX_EXPAND.toLocaleString('en-US')} macro expansions: a macro that calls itself, or one used too often in this formula`;

/**
 * What KaTeX threw, as an error at an offset of the LaTeX. Its messages that tell the author to
 * change a setting the author cannot reach say what to do instead; its recursion running out of
 * stack on deep nesting, and any other internal failure, is reported, never thrown.
 */
export function katexError(err: unknown): { offset: number; message: string } {
  if (err instanceof katex.ParseError) {
    const message = err.rawMessage || err.message;
    return { offset: typeof err.position === 'number' ? err.position : 0, message: /^Too many expansions/.test(message) ? TOO_MANY_EXPANSIONS : message };
  }
  return { offset: 0, message: err instanceof RangeError ? TOO_DEEP : err instanceof Error ? err.message : String(err) };
}

const memo = new Map<string, Omit<Typeset, 'html'> & { bytes: Buffer | null }>();
const fallbackMemo = new Map<string, string>();

/** Escapes text for use inside HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function memoKey(latex: string, opts: RenderMathOptions): string {
  return `${opts.display ? 'D' : 'I'}${opts.allowLinks ? 'L' : '-'}${opts.annotation ?? ''}\u0000${latex}`;
}

/**
 * Drops a typeset result from the memo (the site keeps its own copy of what pages show; a later call typesets again).
 * A short inline formula (a where-list symbol) first leaves its MathML core behind (`symbolMathmlOf`),
 * so an equation page's MathML intents (src/site/pages/math-intent.ts) do not typeset it a second time.
 */
export function forgetTypeset(latex: string, opts: RenderMathOptions): void {
  const key = memoKey(latex, opts);
  const hit = memo.get(key);
  if (hit && isSymbolSized(latex, opts) && !symbolMathml.has(latex)) keepSymbolMathml(latex, remembered('symbol-mathml', latex, () => mathmlCore(hit.bytes === null ? null : hit.bytes.toString('utf8')), false));
  memo.delete(key);
}

/** Where-list symbols are short; longer inline math leaves nothing behind when forgotten. */
const SYMBOL_CHARS = 64;
/** `symbolMathmlOf`'s results in the process (its own map: tens of thousands of small strings at 10,000 equations). */
const symbolMathml = new Map<string, string | null>();
const MAX_SYMBOLS = 100_000;

function keepSymbolMathml(latex: string, core: string | null): string | null {
  if (symbolMathml.size >= MAX_SYMBOLS) symbolMathml.clear();
  symbolMathml.set(latex, core);
  return core;
}

function isSymbolSized(latex: string, opts: RenderMathOptions): boolean {
  return !opts.display && !opts.allowLinks && opts.annotation === undefined && latex.length <= SYMBOL_CHARS;
}

/** What the MathML's `<semantics>` holds before the annotation, without one outer `<mrow>`; null when none. */
function mathmlCore(html: string | null): string | null {
  const m = html ? /<semantics>(?:<mrow>)?([^]*?)(?:<\/mrow>)?<annotation/.exec(html) : null;
  return m?.[1] || null;
}

/**
 * The MathML inside `<semantics>` of `latex` typeset alone, inline (no `<math>`, `<semantics>`,
 * outer `<mrow>` or annotation); null when KaTeX refused it or it has none. Remembered by content,
 * and taken from the memo's copy when the site forgets it (`forgetTypeset`).
 */
export function symbolMathmlOf(latex: string): string | null {
  const hit = symbolMathml.get(latex);
  if (hit !== undefined) return hit;
  return keepSymbolMathml(latex, remembered('symbol-mathml', latex, () => mathmlCore(typeset(latex, { display: false }).html), false));
}

/**
 * `keep: false`: not written to the persistent store (the caller stores what it makes of the
 * HTML, src/site/context.ts, so a copy of the raw HTML in the build cache would never be read).
 */
export function typeset(latex: string, opts: RenderMathOptions, keep = true): Typeset {
  // Never handed to KaTeX (its layout time grows faster than the length); not memoised either.
  if (isFormulaTooLarge(latex)) return { html: null, error: { offset: 0, message: tooLargeMessage(latex.length) }, refusals: [], strict: [] };
  const key = memoKey(latex, opts);
  const hit = memo.get(key);
  if (hit) return { html: hit.bytes === null ? null : hit.bytes.toString('utf8'), error: hit.error, refusals: hit.refusals, strict: hit.strict };
  const stored = store?.get(key) as StoredTypeset | null | undefined;
  if (stored) {
    memo.set(key, { bytes: stored.html === null ? null : Buffer.from(stored.html, 'utf8'), error: stored.error, refusals: stored.refusals, strict: stored.strict });
    return { html: stored.html, error: stored.error, refusals: stored.refusals, strict: stored.strict };
  }
  const result = typesetNow(latex, opts);
  memo.set(key, { bytes: result.html === null ? null : Buffer.from(result.html, 'utf8'), error: result.error, refusals: result.refusals, strict: result.strict });
  if (keep) store?.set(key, result);
  return result;
}

/**
 * KaTeX's HTML + MathML of `latex` and what it reported, computed now (no memo, no store): what
 * `typeset` memoises, and what the typesetting workers (typeset-worker.ts) run.
 */
export function typesetNow(latex: string, opts: RenderMathOptions): Typeset {
  const result: Typeset = { html: null, error: null, refusals: [], strict: [] };
  try {
    result.html = katex.renderToString(
      latex,
      safeKatexOptions({ displayMode: opts.display, allowLinks: opts.allowLinks ?? false, throwOnError: true, refusals: result.refusals, strictWarnings: result.strict }),
    );
  } catch (err) {
    result.error = katexError(err);
  }
  if (result.html !== null && opts.annotation !== undefined) {
    const tex = escapeHtml(opts.annotation);
    result.html = result.html.replace(/(<annotation encoding="application\/x-tex">)[\s\S]*?(<\/annotation>)/, (_m, open: string, close: string) => open + tex + close);
  }
  return result;
}

/**
 * Whether `typeset(latex, opts)` would find its result without KaTeX (in the process, or in the
 * build cache's index).
 */
export function isTypeset(latex: string, opts: RenderMathOptions): boolean {
  const key = memoKey(latex, opts);
  return memo.has(key) || (store?.has?.(key) ?? false);
}

/** A result typeset elsewhere (a worker, typeset-ahead.ts), its HTML as UTF-8: memoised, and stored when `keep`, as `typeset` would. */
export function adoptTypeset(latex: string, opts: RenderMathOptions, result: Omit<Typeset, 'html'> & { html: Buffer | null }, keep: boolean): void {
  const key = memoKey(latex, opts);
  if (memo.has(key)) return;
  memo.set(key, { bytes: result.html, error: result.error, refusals: result.refusals, strict: result.strict });
  if (keep && store) store.set(key, { html: result.html === null ? null : result.html.toString('utf8'), error: result.error, refusals: result.refusals, strict: result.strict } satisfies Typeset);
}

/** KaTeX HTML+MathML for `latex`, or an escaped `<code class="math-error">` fallback. */
export function renderMath(latex: string, opts: RenderMathOptions, keep = true): string {
  if (isFormulaTooLarge(latex)) {
    const size = latex.length.toLocaleString('en-US');
    return `<code class="math-error math-too-large" title="${escapeHtml(tooLargeMessage(latex.length))}">[formula not shown: ${size} characters, over the ${MAX_FORMULA_CHARS.toLocaleString('en-US')}-character limit]</code>`;
  }
  const t = typeset(latex, opts, keep);
  if (t.html !== null) return t.html;
  const key = `${opts.display ? 'D' : 'I'}${latex}`;
  let html = fallbackMemo.get(key);
  if (html === undefined) {
    html = `<code class="math-error" title="${escapeHtml(t.error?.message ?? 'KaTeX error')}">${escapeHtml(latex)}</code>`;
    fallbackMemo.set(key, html);
  }
  return html;
}

/** Just the MathML of a typeset formula, without the TeX annotation (compact previews). Empty when KaTeX refused it. */
export function mathmlOf(latex: string, opts: RenderMathOptions): string {
  const html = typeset(latex, opts).html;
  if (!html) return '';
  const m = /<math[\s\S]*?<\/math>/.exec(html);
  if (!m) return '';
  return m[0]
    .replace(/ display="block"/, '')
    .replace(/<annotation encoding="application\/x-tex">[\s\S]*?<\/annotation>/, '')
    .replace('<semantics>', '')
    .replace('</semantics>', '');
}

/**
 * Just KaTeX's HTML of a typeset formula, without its MathML (compact previews drawn exactly as
 * the pages draw them, not by the browser's MathML). Empty when KaTeX refused it.
 */
export function katexHtmlOf(latex: string, opts: RenderMathOptions, keep = true): string {
  const html = typeset(latex, opts, keep).html;
  if (!html) return '';
  return html.replace(/<span class="katex-mathml">[\s\S]*?<\/math><\/span>/, '');
}

