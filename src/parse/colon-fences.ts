/**
 * Colon-fenced containers: VitePress/VuePress and Docusaurus (`::: tip Title` … `:::`,
 * `:::note`), Quarto and pandoc fenced divs (`::: {.callout-note}`), MyST colon fences
 * (`:::{note}`). CommonMark knows none of them: their marker lines are text, glued to the
 * formula below them (`::: tip Formula` / `$q = …$` / `:::` was one paragraph, so the boxed
 * formula was no equation).
 *
 * The marker lines become blank (same length), so the body reads as the section's own blocks:
 * a box holding the key formula presents it. Bodies that hold commentary — examples, exercises,
 * proofs, warnings, or a box titled so (`::: details Example 1`, commentary.ts) — are returned
 * as ranges: their math is checked, they make no record.
 * MyST's `:::{math}` becomes a ```` ```{math} ```` fence (its markers turned to backticks).
 * MyST's backtick directives with a markdown body (```` ```{admonition} ````, `{dropdown}`,
 * `{prf:definition}`…, myst-fences.ts) are boxes too, read as Obsidian's ```` ```ad-note ```` is.
 * Each box's title (`::: details Proof`, `title="…"`, `title: …`, or its kind: "Tip") is kept
 * with its body's range, for the page to head what it shows of the body (section-content.ts).
 */

import { FenceTracker, inRanges, replaceChars } from './text-edits.js';
import { isCommentaryKind, isCommentaryTitle } from './commentary.js';
import { directiveOptions, mystDirectiveOpen } from './myst-fences.js';

const OPEN = /^( {0,3})(:{3,})[ \t]*(\{[^}\n]{0,200}\}|[A-Za-z][\w:-]{0,40})[ \t]*([^\n]*)$/;
const CLOSE = /^ {0,3}(:{3,})[ \t]*$/;
/** The Obsidian Admonition plugin's code-fence boxes: ```` ```ad-definition ````, options (`title: …`) on the first lines. */
const AD_OPEN = /^( {0,3})(`{3,}|~{3,})[ \t]*ad-([\w-]{1,40})[ \t]*$/;
const AD_OPTION = /^[ \t]*(?:title|collapse|icon|color)[ \t]*:/;

export interface ColonFences {
  text: string;
  /** [start, end) offsets of the bodies of commentary containers. */
  commentary: Array<readonly [number, number]>;
  /** Each titled box's body [start, end) and its title, in source order. */
  titles: BoxTitle[];
}

export interface BoxTitle {
  start: number;
  end: number;
  title: string;
}

/** Kinds that name an admonition: a box with no title of its own is headed by its kind ("Tip"). */
const KINDS =
  /^(?:note|tip|info|important|hint|warning|caution|danger|attention|error|details|dropdown|spoiler|example|exercise|solution|proof|theorem|lemma|corollary|definition|remark|abstract|summary|tldr|question|faq|quote|success|check|bug|failure|seealso)$/i;

interface Open {
  colons: number;
  title: string;
  commentary: boolean;
  /** Offset where the body starts (after the marker line). */
  body: number;
  math: boolean;
  /** Opened with attributes in braces (pandoc, Quarto, MyST), not a bare name (markdown-it-container). */
  braced: boolean;
  /** An Admonition plugin box: the code fence (backticks or tildes) that closes it. */
  fence?: string;
}

/**
 * Whether a container's body is commentary (commentary.ts, the rule every box follows): by its
 * kind (`tip`, `note`, `{note}` → `note`, `{.callout-tip}` → `callout-tip`), else by its title
 * (the text after the kind, a `title="…"` attribute, else a heading that opens the body).
 * Collapsed or not says nothing: a `::: details Solution` presents, a `::: details Example 1` does not.
 */
function isCommentary(kind: string, rest: string, bodyHeading: string): boolean {
  let name = kind;
  let title = rest;
  if (kind.startsWith('{')) {
    const inner = kind.slice(1, -1).trim();
    name = /^\.?([\w:-]+)/.exec(inner)?.[1] ?? '';
    title = /\btitle\s*=\s*"([^"]*)"/.exec(inner)?.[1] ?? rest;
  }
  if (isCommentaryKind(name)) return true;
  return isCommentaryTitle(title.trim() || bodyHeading);
}

/** The text of the heading on the first non-blank line from `at`, or ''. */
function headingAt(text: string, at: number): string {
  const m = /^(?:[ \t]*\r?\n)*[ \t]{0,3}#{1,6}[ \t]+([^\n]*)/.exec(text.slice(at, at + 400));
  return m ? m[1]!.trim() : '';
}

/**
 * A box's title: `::: tip Title`, `:::note[Title]`, `:::{note} Title`, `::: {.callout-tip title="Title"}`;
 * else its kind when that names an admonition (`::: tip` → "Tip"); else none (`::: {.columns}`).
 */
function titleOf(kind: string, rest: string): string {
  const braced = kind.startsWith('{');
  const inner = braced ? kind.slice(1, -1).trim() : kind;
  const given = (braced ? /\btitle\s*=\s*"([^"]*)"/.exec(inner)?.[1] : undefined) ?? /^\[(.*)\]$/.exec(rest.trim())?.[1] ?? rest;
  if (given.trim()) return given.trim();
  const name = (/^\.?(?:callout-)?(?:prf:)?([\w-]+)/.exec(inner)?.[1] ?? '').toLowerCase();
  return KINDS.test(name) ? name.charAt(0).toUpperCase() + name.slice(1) : '';
}

export function colonFences(text: string): ColonFences {
  if (!text.includes(':::') && !text.includes('ad-') && !text.includes('`{') && !text.includes('~{')) return { text, commentary: [], titles: [] };
  const edits: Array<readonly [number, string]> = [];
  const commentary: Array<readonly [number, number]> = [];
  const titles: BoxTitle[] = [];
  const closed = (open: Open, at: number): void => {
    if (open.commentary) commentary.push([open.body, at]);
    if (open.title) titles.push({ start: open.body, end: at, title: open.title });
  };
  const stack: Open[] = [];
  const fences = new FenceTracker();
  const blank = (start: number, end: number): void => {
    for (let i = start; i < end; i++) if (text[i] !== ' ' && text[i] !== '\t' && text[i] !== '\r') edits.push([i, ' ']);
  };
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, '');
    const inMath = stack.length > 0 && stack[stack.length - 1]!.math;
    const top = stack[stack.length - 1];
    if (top?.fence && !fences.inside && line.trim().startsWith(top.fence[0]!) && /^ {0,3}(`{3,}|~{3,})[ \t]*$/.test(line) && line.trim().length >= top.fence.length) {
      // The Admonition box's closing fence.
      stack.pop();
      closed(top, start);
      blank(start, end);
      start = end + 1;
      continue;
    }
    const myst = inMath || fences.inside ? null : mystDirectiveOpen(line);
    if (myst) {
      // A MyST directive whose body is markdown (myst-fences.ts): its fence and options are blanked.
      blank(start, end);
      const { body, options } = directiveOptions(text, end + 1);
      for (const [s, e] of options) blank(s, e);
      const kind = `{${myst.name}}`;
      stack.push({ colons: Number.POSITIVE_INFINITY, title: titleOf(kind, myst.argument), commentary: isCommentary(kind, myst.argument, headingAt(text, body)), body, math: false, braced: true, fence: myst.fence });
      start = body;
      continue;
    }
    const ad = inMath || fences.inside ? null : AD_OPEN.exec(line);
    if (ad) {
      // Its body is markdown, not code: the fence and the option lines after it are blanked.
      blank(start, end);
      let body = end + 1;
      let title = '';
      while (body < text.length) {
        let e = text.indexOf('\n', body);
        if (e < 0) e = text.length;
        const option = text.slice(body, e);
        if (!AD_OPTION.test(option)) break;
        title = /^[ \t]*title[ \t]*:(.*)$/.exec(option)?.[1]?.trim() ?? title;
        blank(body, e);
        body = e + 1;
      }
      stack.push({ colons: Number.POSITIVE_INFINITY, title: title || titleOf(ad[3]!, ''), commentary: isCommentary(ad[3]!, title, headingAt(text, body)), body, math: false, braced: true, fence: ad[2]! });
      start = body;
      continue;
    }
    if (!inMath && fences.enter(line)) {
      start = end + 1;
      continue;
    }
    const close = CLOSE.exec(line);
    if (close && stack.length > 0) {
      // The innermost container this marker can close (its colons at least the opener's). Pandoc,
      // Quarto and MyST (`::: {.x}`, `:::{x}`) close the innermost; markdown-it-container
      // (VitePress, VuePress) takes the first such marker as the end of the outermost container
      // it can close, whatever was opened inside it.
      const n = close[1]!.length;
      let k = stack.length - 1;
      while (k >= 0 && stack[k]!.colons > n) k--;
      while (k > 0 && !stack[k]!.braced && !stack[k - 1]!.braced && stack[k - 1]!.colons <= n) k--;
      if (k >= 0) {
        for (const open of stack.splice(k)) closed(open, start);
        if (inMath) {
          const at = start + line.indexOf(':');
          for (let i = 0; i < close[1]!.length; i++) edits.push([at + i, '`']);
        } else blank(start, end);
        start = end + 1;
        continue;
      }
    }
    const open = inMath ? null : OPEN.exec(line);
    if (open) {
      const [, indent, colons, kind, rest] = open;
      const math = kind === '{math}';
      if (math) {
        const at = start + indent!.length;
        for (let i = 0; i < colons!.length; i++) edits.push([at + i, '`']);
      } else blank(start, end);
      stack.push({ colons: colons!.length, title: math ? '' : titleOf(kind!, rest!), commentary: !math && isCommentary(kind!, rest!, headingAt(text, end + 1)), body: end + 1, math, braced: kind!.startsWith('{') });
    }
    start = end + 1;
  }
  // A container never closed runs to the end of the document, as markdown-it-container reads it.
  for (const open of stack) closed(open, text.length);
  return { text: replaceChars(text, edits), commentary: union(commentary), titles: titles.sort((a, b) => a.start - b.start) };
}

/** The ranges merged into sorted, disjoint ones (a nested body lies inside its container's). */
function union(ranges: Array<readonly [number, number]>): Array<readonly [number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** True when `at` lies in the body of a commentary box (`colonFences`' `commentary`). */
export const inCommentary = inRanges;
