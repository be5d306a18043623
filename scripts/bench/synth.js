// Synthetic collections for the benchmark: N equations made of renamed copies of the
// seed's equations, so every size has realistic LaTeX and where-lists. Pure and
// deterministic (no randomness, no clock): the same seed and N give the same bytes.
import { renameMath, renamingFor } from './rename.js';

/** A level-4 heading at the start of a line; the prompt's indented examples are not headings. */
const HEADING = /^#### (.*)$/gm;
/** "17. Adam Optimizer" → number and name. */
const NUMBERED = /^(\d+)\.\s+(.*)$/;

/**
 * @typedef {object} SeedEquation
 * @property {string} name  the heading's name, without the number
 * @property {string} body  everything after the heading line, without the trailing `---` separator
 */

/**
 * Splits seed markdown into the intro (everything before the first `####` heading)
 * and its equations.
 * @param {string} seedText
 * @returns {{ intro: string, equations: SeedEquation[] }}
 */
export function splitSeed(seedText) {
  const text = seedText.replace(/\r\n?/g, '\n');
  const starts = [...text.matchAll(HEADING)];
  if (starts.length === 0) throw new Error('seed has no "#### " equation headings');
  const intro = stripSeparator(text.slice(0, starts[0].index));
  const equations = starts.map((m, i) => {
    const end = i + 1 < starts.length ? starts[i + 1].index : text.length;
    const headingText = m[1].trim();
    const numbered = NUMBERED.exec(headingText);
    const name = numbered ? numbered[2].trim() : headingText;
    // Drop the heading line's own newline; the body keeps its blank-line layout.
    const body = stripSeparator(text.slice(m.index + m[0].length, end).replace(/^\n/, ''));
    return { name, body };
  });
  return { intro, equations };
}

/**
 * Removes trailing blank lines and one trailing `---` rule, so that copies can be
 * joined with a single, uniform separator whatever the seed's last entry looks like.
 * @param {string} s
 */
function stripSeparator(s) {
  return s.trimEnd().replace(/\n-{3,}$/, '').trimEnd();
}

/**
 * Builds a collection of `n` equations: the seed's intro once, then the seed's equations
 * cycled; copy k ≥ 1 of "Adam Optimizer" is named "Adam Optimizer (variant k)". Headings
 * are numbered 1..n continuously. `n` ≤ seed size gives the first `n` seed equations.
 *
 * By default copy k has its letters renamed by copy k's bijection (rename.js) in every
 * math span of its heading, equation and where-list: distinct LaTeX, as in a real
 * collection, each copy still valid and self-consistent. `sharedLatex` keeps the seed's
 * LaTeX in every copy (the old benchmark: a renderer memoising by LaTeX typesets only the
 * seed's formulas).
 * @param {string} seedText
 * @param {number} n
 * @param {{ sharedLatex?: boolean }} [options]
 * @returns {string}
 */
export function synthesize(seedText, n, options = {}) {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
  const { intro, equations } = splitSeed(seedText);
  const entries = [];
  for (let i = 0; i < n; i++) {
    const eq = equations[i % equations.length];
    const copy = Math.floor(i / equations.length);
    const rename = options.sharedLatex ? null : renamingFor(copy);
    const baseName = rename ? renameMath(eq.name, rename) : eq.name;
    const name = copy === 0 ? baseName : `${baseName} (variant ${copy})`;
    const body = rename ? renameMath(eq.body, rename) : eq.body;
    entries.push(`#### ${i + 1}. ${name}\n${body}`);
  }
  return `${intro}\n\n---\n\n${entries.join('\n\n---\n\n')}\n`;
}

/**
 * Inserts `suffix` before the closing delimiter of the display math that is the first
 * non-blank line after offset `from` (the equation under a heading): `$...$` (possibly
 * over several lines), `$$...$$` or `\[...\]`.
 * @param {string} text @param {number} from @param {string} suffix
 * @returns {string | null} null when the equation does not start with display math
 */
function appendToFirstDisplay(text, from, suffix) {
  const start = /\S/.exec(text.slice(from));
  if (!start) return null;
  const open = from + start.index;
  const closer = text.startsWith('\\[', open) ? '\\]' : text.startsWith('$$', open) ? '$$' : text.startsWith('$', open) ? '$' : null;
  if (!closer) return null;
  const openLength = closer === '\\]' ? 2 : closer.length;
  // The first closing delimiter not escaped by a backslash (`\$` is a literal dollar).
  let at = open + openLength;
  for (;;) {
    at = text.indexOf(closer, at);
    if (at < 0) return null;
    if (closer === '\\]' || text[at - 1] !== '\\') break;
    at += 1;
  }
  // Keep a `\]` on its own line, as the seed writes it: insert at the end of the line before.
  if (closer === '\\]') {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (text.slice(lineStart, at).trim() === '' && lineStart > open + openLength) at = lineStart - 1;
  }
  return `${text.slice(0, at)}${suffix}${text.slice(at)}`;
}

/**
 * Changes the LaTeX of equation `number` (appends ` + 0` inside its first display) — a
 * valid, minimal edit for the "one equation changed" rebuild. Throws when the equation or
 * its math is not found, so the benchmark never silently measures an unchanged file.
 * @param {string} text synthesized markdown
 * @param {number} number the heading number
 * @returns {string}
 */
export function changeOneEquation(text, number) {
  const heading = new RegExp(`^#### ${number}\\. .*$`, 'm').exec(text);
  if (!heading) throw new Error(`no equation numbered ${number}`);
  const changed = appendToFirstDisplay(text, heading.index + heading[0].length, ' + 0');
  if (changed === null) throw new Error(`equation ${number} has no display math`);
  return changed;
}
