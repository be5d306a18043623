/**
 * The macros a document defines in its YAML front matter, in the forms its tools read there:
 * - MyST's `math:` (top level), a map from a macro's name to its body (`'\dobs': '\mathbf{d}'`);
 * - a `macros:` map at any depth, as KaTeX takes it (Jekyll's Krater theme hands `katex: macros:`
 *   to KaTeX; MathJax's `tex: macros:` too): `"\\RR": "\\mathbb{R}"`, a bare name, or MathJax's
 *   `[body, n]`;
 * - the `\newcommand`/`\def`/`\DeclareMathOperator` lines of a string that is a LaTeX preamble:
 *   a `preamble:` at any depth (Krater's `antex: preamble:`), pandoc's `header-includes:` (a
 *   string or a list), vuepress-plugin-mathjax's `presets:`. Everything else there
 *   (`\usepackage`…) is left alone.
 * Each macro's parameters are the highest `#n` of its body; offsets are the name's in the file.
 * A line-based reading of the YAML the tools write (no anchors or flow maps), enough for offsets.
 */
import { definitionsIn, paramsOf, type ReadDefinition } from './macro-definitions.js';

interface Line {
  /** Offset of the line's first character in the text. */
  start: number;
  /** The line without its end. */
  text: string;
  /** Column of its first non-space character (after a `- ` of a list item). */
  indent: number;
}

/** A `key: value` line: its indent, key (unquoted) and the value's column. */
interface Entry {
  indent: number;
  key: string;
  keyAt: number;
  value: string;
  valueAt: number;
}

const ENTRY = /^([ \t]*(?:-[ \t]+)?)(?:'((?:[^']|'')*)'|"((?:[^"\\]|\\.)*)"|([^\s'"#-][^:#]*?|-[^\s:#][^:#]*?))[ \t]*:(?:[ \t]+|$)(.*)$/;
const MACRO_MAPS = /^(?:macros)$/;
const PREAMBLES = /^(?:preamble|header-includes|presets)$/;

function entryOf(line: Line): Entry | null {
  const m = ENTRY.exec(line.text);
  if (!m) return null;
  const key = m[2] !== undefined ? m[2].replace(/''/g, "'") : m[3] !== undefined ? unescapeDouble(m[3]) : m[4]!;
  if (key === null) return null;
  const value = m[5]!.trim().startsWith('#') ? '' : m[5]!.trim();
  return { indent: m[1]!.length, key, keyAt: line.start + m[1]!.length + (m[4] === undefined ? 1 : 0), value, valueAt: line.start + line.text.length - m[5]!.length };
}

function unescapeDouble(inner: string): string | null {
  try {
    return JSON.parse(`"${inner}"`) as string;
  } catch {
    return null;
  }
}

/** Unquotes a YAML scalar of one line (single-quoted, double-quoted or plain, a comment after it aside); null for anything else. */
function yamlScalar(raw: string): string | null {
  const s = raw.trim();
  const single = /^'((?:[^']|'')*)'[ \t]*(?:#.*)?$/.exec(s);
  if (single) return single[1]!.replace(/''/g, "'");
  const double = /^"((?:[^"\\]|\\.)*)"[ \t]*(?:#.*)?$/.exec(s);
  if (double) return unescapeDouble(double[1]!);
  if (s === '' || /^['"|>[{&*!]/.test(s)) return null;
  return s.replace(/\s+#.*$/, '');
}

/** A macro's value: a scalar body, or MathJax's `[body, n]`. */
function macroBody(raw: string): string | null {
  const pair = /^\[\s*('(?:[^']|'')*'|"(?:[^"\\]|\\.)*")\s*,\s*\d\s*\][ \t]*(?:#.*)?$/.exec(raw.trim());
  return yamlScalar(pair ? pair[1]! : raw);
}

/** The front matter's lines (between the opening `---` and the closing `---` or `...`), or []. */
function frontMatterLines(text: string): Line[] {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!open) return [];
  const lines: Line[] = [];
  let start = open[0].length;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const raw = text.slice(start, nl < 0 ? text.length : nl).replace(/\r$/, '');
    if (/^(?:---|\.\.\.)[ \t]*$/.test(raw)) return lines;
    const item = /^[ \t]*(?:-[ \t]+)?/.exec(raw)![0].length;
    lines.push({ start, text: raw, indent: raw.trim() === '' ? Number.POSITIVE_INFINITY : item });
    if (nl < 0) break;
    start = nl + 1;
  }
  return [];
}

/** The lines after `at` that belong to the entry there (more indented, or blank). */
function childrenOf(lines: Line[], at: number, indent: number): Line[] {
  const out: Line[] = [];
  for (let k = at + 1; k < lines.length && lines[k]!.indent > indent; k++) out.push(lines[k]!);
  return out;
}

/** The `name: body` entries of a macro map, at the map's first level. */
function mapMacros(children: Line[], bareNames: boolean): ReadDefinition[] {
  const out: ReadDefinition[] = [];
  const level = children.reduce((low, l) => Math.min(low, l.indent), Number.POSITIVE_INFINITY);
  for (const line of children) {
    if (line.indent !== level) continue;
    const entry = entryOf(line);
    if (!entry) continue;
    const named = entry.key.startsWith('\\') ? entry.key : bareNames && /^[A-Za-z]+$/.test(entry.key) ? `\\${entry.key}` : null;
    if (!named || !/^\\(?:[A-Za-z]+|[^A-Za-z\s])$/.test(named)) continue;
    const body = macroBody(entry.value);
    if (body === null) continue;
    out.push({ name: named, at: entry.keyAt, definition: { params: paramsOf(body), body } });
  }
  return out;
}

/** The definitions of a preamble string: read in the lines as written, and in each double-quoted scalar unescaped. */
function preambleMacros(entry: Entry, children: Line[]): ReadDefinition[] {
  const out: ReadDefinition[] = [];
  const parts = [{ start: entry.valueAt, text: entry.value }, ...children.map((l) => ({ start: l.start, text: l.text }))];
  // Lines as written: plain, single-quoted and block scalars hold the LaTeX itself.
  const first = parts[0]!;
  const raw = parts.map((p) => p.text).join('\n');
  const offsetOf = (i: number): number => {
    let left = i;
    for (const p of parts) {
      if (left <= p.text.length) return p.start + left;
      left -= p.text.length + 1;
    }
    return first.start;
  };
  for (const d of definitionsIn(raw)) out.push({ ...d, at: offsetOf(d.at) });
  // A double-quoted scalar escapes its backslashes: read it unescaped, each name at the scalar's start.
  for (const p of parts) {
    const quoted = /"((?:[^"\\]|\\.)*)"/.exec(p.text);
    if (!quoted || !quoted[1]!.includes('\\\\')) continue;
    const inner = unescapeDouble(quoted[1]!);
    if (inner === null) continue;
    for (const d of definitionsIn(inner)) out.push({ ...d, at: p.start + quoted.index });
  }
  return out;
}

/** The macros the front matter defines, in the order written, each with its name's offset in `text`. */
export function frontMatterMacros(text: string): ReadDefinition[] {
  if (!text.startsWith('---') && !text.startsWith('\uFEFF---')) return [];
  const lines = frontMatterLines(text);
  const out: ReadDefinition[] = [];
  lines.forEach((line, k) => {
    const entry = entryOf(line);
    if (!entry || entry.indent === Number.POSITIVE_INFINITY) return;
    if ((entry.key === 'math' && entry.indent === 0 && entry.value === '') || (MACRO_MAPS.test(entry.key) && entry.value === '')) {
      const children = childrenOf(lines, k, line.indent);
      if (children.length > 0) out.push(...mapMacros(children, entry.key !== 'math'));
    } else if (PREAMBLES.test(entry.key)) {
      out.push(...preambleMacros(entry, childrenOf(lines, k, line.indent)));
    }
  });
  return out;
}
