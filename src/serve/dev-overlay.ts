/**
 * The dev server's error overlay (pure): content errors shown over the last good page, in the
 * manner of Vite's overlay. Each error gives file:line:column, the message and rule id, its source
 * line with a caret under the column, and a link that opens the file at that place in the editor
 * (Vite's /__open-in-editor). Everything from the content is escaped; the overlay is plain HTML
 * and CSS (no script), so it shows even when the page's scripts fail, and a reload after the fix
 * (which the dev server sends on every save) takes it away.
 */
import type { Diagnostic } from '../types.js';

export interface DevProblem {
  file: string;
  line: number;
  column: number;
  message: string;
  ruleId: string;
  /** The source line the error is on ('' when unknown). */
  source: string;
  /** The file's absolute path, for the editor link (null: no link). */
  absolute: string | null;
}

export const OVERLAY_ID = 'formulary-error-overlay';

/** Source lines longer than this are cut around the column. */
const MAX_SHOWN = 160;

export function devProblems(errors: Diagnostic[], texts: ReadonlyMap<string, string>, absolute: (file: string) => string | null): DevProblem[] {
  return errors.map((d) => {
    const text = texts.get(d.file);
    const source = text === undefined ? '' : (lineAt(text, d.line) ?? '');
    return { file: d.file, line: d.line, column: d.column, message: d.message, ruleId: d.ruleId, source, absolute: absolute(d.file) };
  });
}

function lineAt(text: string, line: number): string | null {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf('\n', start);
    if (next < 0) return null;
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '');
}

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** Control characters shown as visible escapes, tabs as one space (so the caret lines up). */
const visible = (s: string): string => s.replace(/\t/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\uFFFD');

/** The source line and a caret under `column` (1-based, UTF-16), cut to MAX_SHOWN around it. */
export function caretLines(source: string, column: number): { code: string; caret: string } {
  const text = visible(source);
  const at = Math.max(0, Math.min(column - 1, text.length));
  const from = text.length > MAX_SHOWN ? Math.max(0, Math.min(at - MAX_SHOWN / 2, text.length - MAX_SHOWN)) : 0;
  const shown = text.slice(from, from + MAX_SHOWN);
  const lead = from > 0 ? '…' : '';
  return { code: `${lead}${shown}${from + MAX_SHOWN < text.length ? '…' : ''}`, caret: `${' '.repeat(lead.length + at - from)}^` };
}

function problemHtml(p: DevProblem): string {
  const where = `${p.file}:${p.line}:${p.column}`;
  const { code, caret } = caretLines(p.source, p.column);
  const gutter = `${p.line} | `;
  const open = p.absolute ? ` <a class="fo-open" href="/__open-in-editor?file=${encodeURIComponent(`${p.absolute}:${p.line}:${p.column}`)}">open in editor</a>` : '';
  return `<li><p class="fo-where"><code>${escape(where)}</code>${open}</p><p class="fo-message">${escape(p.message)} <span class="fo-rule">${escape(p.ruleId)}</span></p>${
    p.source ? `<pre class="fo-code">${escape(gutter + code)}\n${' '.repeat(gutter.length)}<span class="fo-caret">${escape(caret)}</span></pre>` : ''
  }</li>`;
}

const STYLE = `#${OVERLAY_ID}{position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(0,0,0,.66);padding:6vh 4vw;font:14px/1.5 system-ui,sans-serif;color:#e8e8e8}
#${OVERLAY_ID} .fo-box{max-width:60rem;margin:0 auto;background:#181818;border-top:6px solid #ff5555;border-radius:6px;padding:1.25rem 1.5rem;box-shadow:0 10px 40px rgba(0,0,0,.5)}
#${OVERLAY_ID} h2{margin:0 0 .25rem;font-size:1.1rem;color:#ff7b7b}
#${OVERLAY_ID} ol{list-style:none;margin:0;padding:0}
#${OVERLAY_ID} li{margin:1rem 0 0;padding-top:1rem;border-top:1px solid #333}
#${OVERLAY_ID} p{margin:0 0 .4rem}
#${OVERLAY_ID} code,#${OVERLAY_ID} pre{font:13px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
#${OVERLAY_ID} .fo-where code{color:#8fd3ff}
#${OVERLAY_ID} .fo-open{margin-left:.75rem;color:#c9a2ff}
#${OVERLAY_ID} .fo-rule{color:#999}
#${OVERLAY_ID} .fo-code{margin:.25rem 0 0;padding:.6rem .8rem;background:#0e0e0e;border-radius:4px;overflow:auto;white-space:pre;color:#ddd}
#${OVERLAY_ID} .fo-caret{color:#ff5555;font-weight:bold}
#${OVERLAY_ID} .fo-hint{color:#aaa;font-size:13px}`;

/** The overlay element (with its style): a dialog over the page naming every error. */
export function overlayHtml(problems: DevProblem[]): string {
  const count = `${problems.length} content error${problems.length === 1 ? '' : 's'}`;
  return `<div id="${OVERLAY_ID}" role="alertdialog" aria-modal="true" aria-labelledby="${OVERLAY_ID}-title"><style>${STYLE}</style><div class="fo-box"><h2 id="${OVERLAY_ID}-title">${count}</h2><p class="fo-hint">The page below is the last version without errors. Fix the file and save: this page reloads by itself.</p><ol>${problems.map(problemHtml).join('')}</ol></div></div>`;
}

/** The page with the overlay as the last element of its body. */
export function withOverlay(html: string, problems: DevProblem[]): string {
  const overlay = overlayHtml(problems);
  const at = html.lastIndexOf('</body>');
  return at < 0 ? `${html}${overlay}` : `${html.slice(0, at)}${overlay}${html.slice(at)}`;
}

/** A page for when there has been no good version yet (the first load has errors). */
export function errorOnlyPage(problems: DevProblem[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Content errors</title></head><body><main></main>${overlayHtml(problems)}</body></html>`;
}
