/**
 * Site generators' ways of keeping math away from their markdown renderer, rewritten in place
 * (same length) into the LaTeX delimiters `preprocess.ts` reads:
 *
 * - math template tags: Hugo shortcodes `{{< katex >}}x{{< /katex >}}` (also `math`, `m`,
 *   `mathjax`, `latex`, `chem`, and the `{{% … %}}` form), Jekyll's Liquid tags
 *   `{% katex %}x{% endkatex %}` (also `math`, `equation`) and Zola's
 *   `{% katex(block=true) %}x{% end %}`: inline when it opens and closes on one line inside a
 *   sentence, a display when it stands alone on its line(s) or says `display`/`block`. The
 *   tags pass their inner text through untouched, so the formula is read as written; a tag
 *   that only wraps dollar math (`{% katex %}$x${% endkatex %}`, a display tag around `$`
 *   lines) loses its tags and its dollars become the display's.
 * - doubled backslashes, `\\(x\\)` and a `\\[` … `\\]` display: Goldmark turns `\\` into `\`, so
 *   the page shows `\(x\)` for MathJax or KaTeX's auto-render. The formula between them went
 *   through the same markdown escapes (`\\` is `\`, `\_` is `_`, `\{` is `{`), so it is read as
 *   the page shows it: the escapes are undone and each line is padded with spaces at its end,
 *   which math mode ignores (`x\_i` reads `x_i`, `\\\\` reads `\\`).
 *
 * Code (fenced or inline) and `$$` blocks are left alone: inside them `\\[` is LaTeX (a line
 * break with spacing), not a delimiter.
 */

import { FenceTracker, inRanges, replaceChars } from './text-edits.js';

type Edit = readonly [number, string];

/**
 * Math template tags, each an opening pattern (its `name` and `args`) and the closing tag for a
 * name. Openers and closers are found by two linear scans and paired in order (math tags do not
 * nest), so a page of openers that never close costs no more than reading it once.
 */
interface TagFamily {
  open: RegExp;
  close: (name: string) => RegExp;
}

const FAMILIES: TagFamily[] = [
  // Hugo: {{< katex display >}} … {{< /katex >}}
  {
    open: /\{\{[<%][ \t]*(?<name>katex|math|m|mathjax|latex|chem)\b(?<args>[^{}\n]{0,200}?)[ \t]*[>%]\}\}/g,
    close: (name) => new RegExp(`\\{\\{[<%][ \\t]*\\/[ \\t]*${name}[ \\t]*[>%]\\}\\}`, 'g'),
  },
  // Liquid (Jekyll): {% katex display %} … {% endkatex %}. Not `{% tex %}`/`{% latex %}`: those
  // (antex, jekyll-latex) typeset with LaTeX itself (tikz-cd, packages), which KaTeX cannot judge.
  {
    open: /\{%-?[ \t]*(?<name>katex|math|equation)\b(?!\()(?<args>[^%\n]{0,200}?)[ \t]*-?%\}/g,
    close: (name) => new RegExp(`\\{%-?[ \\t]*end${name}[ \\t]*-?%\\}`, 'g'),
  },
  // Zola: {% katex(block=true) %} … {% end %}
  {
    open: /\{%[ \t]*(?<name>katex)\((?<args>[^)\n]{0,200})\)[ \t]*%\}/g,
    close: () => /\{%[ \t]*end[ \t]*%\}/g,
  },
];

/** A tag pair: the opener at `open` (`openLen` long, its arguments `args`), the closer at `close`. */
interface TagPair {
  open: number;
  openLen: number;
  args: string;
  close: number;
  closeLen: number;
}

/** Longest body a math tag may hold: past it, the opener is text. */
const MAX_TAG_BODY = 20_000;

function tagPairs(text: string, family: TagFamily, code: (at: number) => boolean): TagPair[] {
  const pairs: TagPair[] = [];
  const byName = new Map<string, Array<{ at: number; len: number }>>();
  for (const m of text.matchAll(family.open)) {
    if (code(m.index)) continue;
    const name = m.groups!.name!;
    if (!byName.has(name)) {
      const closers: Array<{ at: number; len: number }> = [];
      for (const c of text.matchAll(family.close(name))) closers.push({ at: c.index, len: c[0].length });
      byName.set(name, closers);
    }
    const closers = byName.get(name)!;
    const after = m.index + m[0].length;
    // The first closer after the opener (closers are in order; a binary search keeps it linear overall).
    let lo = 0;
    let hi = closers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (closers[mid]!.at < after) lo = mid + 1;
      else hi = mid;
    }
    const c = closers[lo];
    if (!c || c.at - after > MAX_TAG_BODY) continue;
    const last = pairs[pairs.length - 1];
    if (last && m.index < last.close + last.closeLen) continue;
    pairs.push({ open: m.index, openLen: m[0].length, args: m.groups!.args ?? '', close: c.at, closeLen: c.len });
  }
  return pairs;
}

/** `text` with math template tags and doubled-backslash delimiters rewritten to `\(`…`\)` and `\[`…`\]`, same length. */
export function templateMath(text: string): string {
  if (!text.includes('{{') && !text.includes('{%') && !text.includes('\\\\')) return text;
  const code = codeLines(text);
  const edits: Edit[] = [];
  const taken = templateTags(text, code, edits);
  // Inside a tag the formula is raw LaTeX: `\\[4pt]` there is a spaced line break.
  const protectedAt = (at: number): boolean => code(at) || inRanges(taken, at);
  doubledBackslashes(text, protectedAt, edits);
  return replaceChars(text, edits);
}

/** Offsets of the lines that are code or inside a `$$` block, as a predicate on an offset. */
function codeLines(text: string): (at: number) => boolean {
  const starts: number[] = [];
  const inside: boolean[] = [];
  const fences = new FenceTracker();
  let inDollars = false;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const fenced = fences.enter(line);
    const dollarRuns = fenced ? 0 : (line.match(/\$\$/g)?.length ?? 0);
    starts.push(start);
    inside.push(fenced || inDollars || dollarRuns % 2 === 1);
    if (dollarRuns % 2 === 1) inDollars = !inDollars;
    start = end + 1;
  }
  return (at) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return inside[lo]!;
  };
}

function put(edits: Edit[], from: number, replacement: string): void {
  for (let i = 0; i < replacement.length; i++) edits.push([from + i, replacement[i]!]);
}

function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function lineEndOf(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

/** Rewrites the math template tags; returns the ranges they cover, in order. */
function templateTags(text: string, code: (at: number) => boolean, edits: Edit[]): Array<readonly [number, number]> {
  const found = FAMILIES.flatMap((family) => tagPairs(text, family, code)).sort((a, b) => a.open - b.open);
  const taken: Array<readonly [number, number]> = [];
  for (const pair of found) {
    if (taken.length > 0 && pair.open < taken[taken.length - 1]![1]) continue;
    taken.push([pair.open, pair.close + pair.closeLen]);
    rewriteTag(text, pair, edits);
  }
  return taken;
}

function rewriteTag(text: string, { open, openLen, args, close, closeLen }: TagPair, edits: Edit[]): void {
  const body = text.slice(open + openLen, close);
  const lineStart = lineStartOf(text, open);
  const atLineStart = text.slice(lineStart, open).trim() === '' && open - lineStart <= 3;
  const alone = atLineStart && text.slice(close + closeLen, lineEndOf(text, close)).trim() === '';
  const display = alone || /\b(?:display|block)\b/.test(args);
  const inner = body.trim();
  if (inner.startsWith('$') && inner.indexOf('$', inner[1] === '$' ? 2 : 1) > 0) {
    // A tag around dollar math: the tags go; a display tag's lone `$` lines become its `$$`.
    const first = open + openLen + body.indexOf('$');
    const last = open + openLen + body.lastIndexOf('$');
    // `$` alone on the first and the last line: the tag's display; otherwise (`$x$.`) its dollars are the math's own.
    const loneDollars = display && inner[1] !== '$' && /^\$[ \t]*\r?\n/.test(inner) && /\n[ \t]*\$$/.test(inner);
    if (loneDollars && atLineStart) {
      put(edits, open, `$$${' '.repeat(openLen - 2)}`);
      put(edits, first, ' ');
      put(edits, last, ' ');
      put(edits, close, `$$${' '.repeat(closeLen - 2)}`);
    } else {
      put(edits, open, ' '.repeat(openLen));
      put(edits, close, ' '.repeat(closeLen));
    }
    return;
  }
  if (display && atLineStart) {
    put(edits, open, `\\[${' '.repeat(openLen - 2)}`);
    put(edits, close, `\\]${' '.repeat(closeLen - 2)}`);
  } else if (!body.includes('\n')) {
    put(edits, open, `\\(${' '.repeat(openLen - 2)}`);
    put(edits, close, `\\)${' '.repeat(closeLen - 2)}`);
  }
}

function doubledBackslashes(text: string, code: (at: number) => boolean, edits: Edit[]): void {
  // Past this offset no `\\]` closes a display opened before it (the paragraph was searched once).
  let noCloseUntil = -1;
  const inline = { next: -2 };
  for (let start = 0; start <= text.length; ) {
    const end = lineEndOf(text, start);
    if (!code(start)) {
      const line = text.slice(start, end);
      const indent = line.length - line.trimStart().length;
      const opens = indent <= 3 && line.startsWith('\\\\[', indent) && start >= noCloseUntil;
      const display = opens ? closingBracket(text, start + indent + 3) : -1;
      if (opens && display < 0) noCloseUntil = paragraphEnd(text, start);
      if (display >= 0) {
        put(edits, start + indent, '\\[ ');
        unescape(text, start + indent + 3, display, edits);
        put(edits, display, '\\] ');
        start = lineEndOf(text, display) + 1;
        continue;
      }
      inlineParens(text, start, end, edits, code, inline);
    }
    start = end + 1;
  }
}

/** Where the paragraph holding `from` ends (its next blank line, or the text's end). */
function paragraphEnd(text: string, from: number): number {
  const m = /\n[ \t]*(?:\r?\n|$)/g;
  m.lastIndex = from;
  return m.exec(text)?.index ?? text.length;
}

/** The `\\]` closing a `\\[` display opened before `from`, within its paragraph; -1 when there is none. */
function closingBracket(text: string, from: number): number {
  for (let j = from; j < text.length - 2; j++) {
    if (text[j] === '\n' && /^[ \t]*(?:\n|$)/.test(text.slice(j + 1, j + 200))) return -1;
    if (text[j] === '\\' && text[j + 1] === '\\' && text[j + 2] === ']' && text[j - 1] !== '\\') return j;
    if (text[j] === '\\') j++;
  }
  return -1;
}

/** `\\(`…`\\)` pairs on one line; `inline.next` caches the next `\\)` of the text (-1: none left), so the scans stay linear. */
function inlineParens(text: string, start: number, end: number, edits: Edit[], code: (at: number) => boolean, inline: { next: number }): void {
  let i = start;
  while (i < end) {
    const c = text[i];
    if (c === '`' || c === '$') {
      let n = 0;
      while (text[i + n] === c) n++;
      const close = text.indexOf(c.repeat(n), i + n);
      i = close >= 0 && close < end ? close + n : i + n;
      continue;
    }
    if (c === '\\' && text[i + 1] === '\\' && text[i + 2] === '(' && text[i - 1] !== '\\' && !code(i)) {
      if (inline.next !== -1 && inline.next < i + 3) inline.next = text.indexOf('\\\\)', i + 3);
      const close = inline.next;
      if (close > i + 3 && close < end) {
        put(edits, i, '\\( ');
        unescape(text, i + 3, close, edits);
        put(edits, close, '\\) ');
        i = close + 3;
        continue;
      }
    }
    i++;
  }
}

/**
 * Undoes markdown's backslash escapes in [from, to), line by line: each line's formula moves left
 * over the removed backslashes and is padded with spaces at the line's end, which math ignores.
 */
function unescape(text: string, from: number, to: number, edits: Edit[]): void {
  for (let a = from; a < to; ) {
    let b = text.indexOf('\n', a);
    if (b < 0 || b > to) b = to;
    const segment = text.slice(a, b);
    if (segment.includes('\\')) {
      const kept = segment.replace(/\\([!-/:-@[-`{-~])/g, '$1');
      if (kept.length < segment.length) put(edits, a, kept + ' '.repeat(segment.length - kept.length));
    }
    a = b + 1;
  }
}
