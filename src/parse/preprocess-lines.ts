/**
 * The one-line rewrites of src/parse/preprocess.ts, each keeping the text's length: an HTML
 * paragraph holding one `\[ … \]` display, the inline `\(…\)` pairs, GitHub's `` $`x`$ `` and
 * MyST's `` {math}`x` `` roles, and Obsidian's displays glued on one line.
 */

/** True when the character at `i` is preceded by an odd number of backslashes (i.e. escaped). */
export function escaped(text: string, i: number): boolean {
  let n = 0;
  for (let j = i - 1; j >= 0 && text.charCodeAt(j) === 92; j--) n++;
  return n % 2 === 1;
}

/** A line that is an HTML paragraph holding one `\[ … \]` display: `<p>\[ u = … \]</p>`. */
const HTML_BRACKET_LINE = /^ {0,3}<p(?:\s[^<>]*)?>[ \t]*\\\[([^\n]*?)\\\][ \t]*<\/p>[ \t]*$/;

/**
 * Numbers of a worked problem (`40\ m`, `210 km`, `3,6`, `0,00125`): such an HTML paragraph shows a
 * computation of a school page's example, no formula of its own; it stays HTML.
 */
const WORKED = /\d(?:[ \t]|\\[ ,;])*(?:\\(?:text|mathrm)\{)?[A-Za-z]{1,5}\b|\d{2,}|\d[.,]\d/;

/**
 * `<p>\[ x \]</p>` on one line: the math stays where it is and the line holds nothing else, so
 * it reads as a display line wherever it stands. `<p>\[` becomes ` $` and spaces, `\]</p>` a `$`
 * and spaces (the `$` recorded in `bracketDisplays`). True when the line was one.
 */
export function htmlBracketLine(text: string, start: number, end: number, out: number[], spaces: number[], bracketDisplays: Set<number>): boolean {
  const line = text.slice(start, end);
  const m = HTML_BRACKET_LINE.exec(line);
  if (!m || m[1]!.trim() === '' || m[1]!.includes('\\]') || WORKED.test(m[1]!)) return false;
  const tag = start + line.indexOf('<');
  const open = start + line.indexOf('\\[');
  const close = start + line.lastIndexOf('\\]');
  const lineEnd = start + line.trimEnd().length;
  // The `$` one past the tag's `<`, as in the ` $x$ ` rewrite: the record's span starts at the `<`.
  out.push(tag + 1, close);
  for (let i = tag; i < open + 2; i++) if (i !== tag + 1) spaces.push(i);
  for (let i = close + 1; i < lineEnd; i++) spaces.push(i);
  bracketDisplays.add(tag + 1);
  return true;
}

/** MyST's inline math role, `` {math}`x^2` ``. */
const MATH_ROLE = '{math}`';

/** Rewrite `\(...\)` pairs on one line, skipping `$...$` math and `code` spans; GitHub's `` $`x`$ `` becomes ` $x$ `, MyST's `` {math}`x` `` becomes `      $x$`. */
export function rewriteInlineParens(text: string, start: number, end: number, out: number[], parenInlines: Set<number>, spaces: number[], tickInlines: Set<number>): void {
  let i = start;
  while (i < end) {
    const c = text[i];
    if (c === '$' && text[i + 1] === '`' && text[i + 2] !== '`' && !escaped(text, i)) {
      const close = text.indexOf('`$', i + 2);
      if (close > i + 2 && close < end && !text.slice(i + 2, close).includes('`')) {
        // GitHub's inline math: `$` and the backtick become ` $`, the closing backtick and `$` become `$ `.
        spaces.push(i, close + 1);
        out.push(i + 1, close);
        tickInlines.add(i + 1);
        i = close + 2;
        continue;
      }
    }
    if (c === '{' && text.startsWith(MATH_ROLE, i) && text[i + MATH_ROLE.length] !== '`' && !escaped(text, i)) {
      const open = i + MATH_ROLE.length - 1;
      const close = text.indexOf('`', open + 1);
      if (close > open + 1 && close < end) {
        // MyST's math role: `{math}` becomes spaces and its backticks `$`, inline math at the same columns.
        for (let k = i; k < open; k++) spaces.push(k);
        out.push(open, close);
        tickInlines.add(open);
        i = close + 1;
        continue;
      }
    }
    if (c === '`') {
      let n = 0;
      while (text[i + n] === '`') n++;
      const tick = '`'.repeat(n);
      const close = text.indexOf(tick, i + n);
      i = close >= 0 && close < end ? close + n : i + n;
      continue;
    }
    if (c === '$' && !escaped(text, i)) {
      let n = 0;
      while (text[i + n] === '$') n++;
      const close = text.indexOf('$'.repeat(n), i + n);
      i = close >= 0 && close < end ? close + n : i + n;
      continue;
    }
    if (c === '\\' && text[i + 1] === '(' && !escaped(text, i)) {
      const close = findClose(text, i + 2, end);
      if (close >= 0) {
        out.push(i);
        out.push(i + 1);
        parenInlines.add(i);
        out.push(close);
        out.push(close + 1);
        i = close + 2;
        continue;
      }
    }
    i++;
  }
}

function findClose(text: string, from: number, end: number): number {
  for (let j = from; j < end - 1; j++) {
    if (text[j] === '\\' && text[j + 1] === ')' && !escaped(text, j)) return j;
  }
  return -1;
}

/**
 * `$$a$$$$b$$` (Obsidian shows two displays side by side; remark would read one span holding
 * `$$$$`): each display becomes ` $a$ ` in place, like a `$$` display sharing its line.
 * True when the line [open, end) was such a run.
 */
export function gluedDisplays(text: string, open: number, end: number, spaces: number[], dollarDisplays: Set<number>): boolean {
  const line = text.slice(open, end);
  if (!/^(?:\$\$[^$\n]+\$\$){2,}[ \t\r]*$/.test(line)) return false;
  for (const m of line.matchAll(/\$\$[^$\n]+\$\$/g)) {
    const at = open + m.index;
    spaces.push(at, at + m[0].length - 1);
    dollarDisplays.add(at + 1);
  }
  return true;
}
