/**
 * Math the markdown engine reads as text before the page's MathJax sees it (issue 24, trial 7
 * P0). kramdown (Jekyll) protects only `$$…$$`: a bare `\begin{align}` … `\end{align}` paragraph
 * and a single-dollar `$…$` span are ordinary text to it, so it first resolves its backslash
 * escapes (its parser's escapable set: `\ . * _ + ` < > ( ) [ ] { } # ! : | " ' $ = -`) and turns
 * a `\\` at the end of a line into a line break (`<br>`, which MathJax skips). The author writes
 * `\left\\{`, `\sum\_{i=1}`, `\\\\\\` because the page then shows `\left\{`, `\sum_{i=1}`, `\\`:
 * the reader compiles what the page shows, each character still mapped to its place in the file.
 *
 * `\$` is left as it is: in math it is KaTeX's dollar sign, and the reader never turns a valid
 * dollar into an error. `\,`, `\;`, `\%`, `\&` are no kramdown escapes and stay LaTeX.
 */
import type { MathSource } from '../types.js';

const KRAMDOWN_ESCAPABLE = new Set('\\.*_+`<>()[]{}#!:|"\'=-');

/** True when the dialect's markdown engine unescapes math it does not protect (kramdown). */
export function unescapesBareMath(ctx: { dialect?: string }): boolean {
  return ctx.dialect === 'kramdown';
}

/** The file offset of each character of `src.latex`. */
function offsets(src: MathSource): Int32Array {
  const out = new Int32Array(src.latex.length).fill(-1);
  for (const p of src.map.pieces) for (let k = 0; k < p.length && p.at + k < out.length; k++) out[p.at + k] = p.offset + k;
  let last = src.map.pieces[0]?.offset ?? 0;
  for (let i = 0; i < out.length; i++) {
    if (out[i]! < 0) out[i] = last;
    last = out[i]!;
  }
  return out;
}

/** `src` as kramdown leaves it for MathJax: its backslash escapes resolved, a line-ending `\\` dropped. */
export function kramdownUnescaped(src: MathSource): MathSource {
  const latex = src.latex;
  if (!latex.includes('\\')) return src;
  const at = offsets(src);
  let out = '';
  const kept: number[] = [];
  for (let i = 0; i < latex.length; ) {
    const c = latex[i]!;
    const next = latex[i + 1];
    if (c === '\\' && next !== undefined && KRAMDOWN_ESCAPABLE.has(next)) {
      // kramdown's line break (`\\` before the line's end) is read before its escapes.
      const after = latex.slice(i + 2, i + 4);
      if (next === '\\' && (after.startsWith('\n') || after === '\r\n')) {
        i += 2;
        continue;
      }
      out += next;
      kept.push(i + 1);
      i += 2;
      continue;
    }
    out += c;
    kept.push(i);
    i++;
  }
  if (out.length === latex.length) return src;
  const pieces: MathSource['map']['pieces'] = [];
  for (let k = 0; k < kept.length; k++) {
    const offset = at[kept[k]!]!;
    const last = pieces[pieces.length - 1];
    if (last && last.offset + last.length === offset && last.at + last.length === k) last.length++;
    else pieces.push({ at: k, offset, length: 1 });
  }
  return { ...src, latex: out, map: { pieces } };
}

/** A bare environment's source as its dialect's page shows it. */
export function shownSource(src: MathSource, ctx: { dialect?: string }): MathSource {
  return unescapesBareMath(ctx) ? kramdownUnescaped(src) : src;
}
