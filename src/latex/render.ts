/**
 * KaTeX rendering for pages: HTML + MathML, memoised so each distinct LaTeX string is typeset
 * once per process and reused on every page that shows it (the home list, the equation page,
 * the notation index all repeat the same formulas).
 *
 * A formula KaTeX refuses is not fatal here: `formulary check`/`build` report the error through
 * validation; the page shows the escaped source in `<code class="math-error">` instead.
 */
import katex from 'katex';
import { safeKatexOptions } from './katex-options.js';

export interface RenderMathOptions {
  display: boolean;
  /** Allow the symbol linker's `\htmlData{var=N}` wrappers (only for LaTeX produced by src/latex/link.ts). */
  allowLinks?: boolean;
}

const memo = new Map<string, string>();

/** Escapes text for use inside HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** KaTeX HTML+MathML for `latex`, or an escaped `<code class="math-error">` fallback. */
export function renderMath(latex: string, opts: RenderMathOptions): string {
  const key = `${opts.display ? 'D' : 'I'}${opts.allowLinks ? 'L' : '-'}${latex}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  let html: string;
  try {
    html = katex.renderToString(
      latex,
      safeKatexOptions({ displayMode: opts.display, allowLinks: opts.allowLinks ?? false, throwOnError: true }),
    );
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    html = `<code class="math-error" title="${escapeHtml(message)}">${escapeHtml(latex)}</code>`;
  }
  memo.set(key, html);
  return html;
}

/** Number of distinct formulas rendered so far (for build statistics). */
export function renderedCount(): number {
  return memo.size;
}
