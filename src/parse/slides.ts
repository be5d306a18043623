/**
 * Slidev decks (instructors' lecture slides): recognised by their front matter (`theme:`,
 * `layout:`, `transition:`, `drawings:`, …), then rewritten in place (same length):
 *
 * - every `---` slide separator, with the slide's own front matter between two of them
 *   (`clicks: 3`, `class: theorems`, `layout: two-cols`), becomes blank: a separator after a
 *   line of text is no setext heading, and slide settings are no prose on the equation's page;
 * - the click steps after a display's opening dollars (`$$ {1|3|all}`, `{at:2}`) become blank:
 *   they are options of the slide, not part of the formula.
 */

import { FenceTracker, replaceChars } from './text-edits.js';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]{0,8000}?)\r?\n---[ \t]*(?:\r?\n|$)/;
const SLIDEV_KEYS = /^(?:theme|layout|transition|drawings|highlighter|colorSchema|aspectRatio|canvasWidth|mdc|clicks|routerMode|lineNumbers|fonts|themeConfig|seoMeta|addons)[ \t]*:/m;
const SEPARATOR = /^---[ \t]*\r?$/;
const SETTING = /^(?:[A-Za-z_][\w-]*[ \t]*:.*|[ \t]+\S.*)\r?$/;
/** `{1|3|all}`, `{2-4|all}`, `{at:1}` right after an opening `$$`. */
const CLICK_STEPS = /^(\$\$)([ \t]*(?:\{(?:[\d\s|,-]*(?:all|none|hide)?[\d\s|,-]*|at:\s*\+?\d+)\}[ \t]*)+)\r?$/;

export function isSlidevDeck(text: string): boolean {
  const m = FRONT_MATTER.exec(text);
  return !!m && SLIDEV_KEYS.test(m[1]!);
}

export function slidevDeck(text: string): string {
  if (!isSlidevDeck(text)) return text;
  const edits: Array<readonly [number, string]> = [];
  const blank = (start: number, end: number): void => {
    for (let i = start; i < end; i++) if (text[i] !== '\r') edits.push([i, ' ']);
  };
  const lines: Array<{ start: number; end: number; line: string }> = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lines.push({ start, end, line: text.slice(start, end) });
    start = end + 1;
  }
  const front = FRONT_MATTER.exec(text)![0];
  const fences = new FenceTracker();
  for (let k = 0; k < lines.length; k++) {
    const { start, end, line } = lines[k]!;
    if (start < front.length) continue;
    if (fences.enter(line)) continue;
    if (SEPARATOR.test(line)) {
      blank(start, end);
      // The slide's own front matter: setting lines up to the next separator.
      let j = k + 1;
      while (j < lines.length && j - k <= 50 && SETTING.test(lines[j]!.line) && !SEPARATOR.test(lines[j]!.line)) j++;
      if (j > k + 1 && j < lines.length && SEPARATOR.test(lines[j]!.line)) {
        for (let i = k + 1; i <= j; i++) blank(lines[i]!.start, lines[i]!.end);
        k = j;
      }
      continue;
    }
    const steps = CLICK_STEPS.exec(line.trimStart());
    if (steps && /[|a-z]/.test(steps[2]!)) {
      const at = start + (line.length - line.trimStart().length) + 2;
      blank(at, at + steps[2]!.length);
    }
  }
  return replaceChars(text, edits);
}
