/**
 * Where a document defines its macros, in the forms the tools use:
 * - a math block of definitions only, as MathJax documents and Quarto do (Quarto's guide puts
 *   `$$ \def\RR{{\bf R}} $$` in a hidden div): `\newcommand`, `\renewcommand`, `\providecommand`,
 *   `\def`/`\gdef` with undelimited parameters, `\DeclareMathOperator`;
 * - the front matter (front-matter-macros.ts): MyST's `math:`, KaTeX's `macros:` map, and the
 *   definitions of a LaTeX preamble string (`preamble:`, pandoc's `header-includes:`).
 * Such a block is not an equation (section.ts). The definitions apply to the whole document,
 * after the config's `macros` (a document's own definition wins).
 */
import type { MacroDefinition, MacroTable } from '../types.js';
import { groupEnd } from './macro-expand.js';

/** One definition read, with the offset of its name in the text it was read from. */
export interface ReadDefinition {
  name: string;
  definition: MacroDefinition;
  at: number;
}

const DEFINES = /\\(?:newcommand|renewcommand|providecommand|def|gdef|DeclareMathOperator)(?![A-Za-z])/;
const NAME = /^\\(?:[A-Za-z]+|[^A-Za-z\s])/;

/** The number of parameters a body uses (its highest `#n`). */
export function paramsOf(body: string): number {
  let n = 0;
  for (const m of body.matchAll(/(?<!#)#([1-9])/g)) n = Math.max(n, Number(m[1]));
  return n;
}

/** One definition (`\newcommand`, `\def`, `\DeclareMathOperator`…) starting at `start` (its backslash), and where it ends; else null. */
function readOne(latex: string, start: number): { definition: ReadDefinition; end: number } | null {
  let i = start;
  const skip = (): void => {
    i = skipBlank(latex, i);
  };
  /** A braced `{\name}` or bare `\name`, with the offset of its backslash. */
  const name = (): { name: string; at: number } | null => {
    skip();
    if (latex[i] === '{') {
      const end = groupEnd(latex, i);
      if (end < 0) return null;
      const inner = latex.slice(i + 1, end - 1);
      const lead = inner.length - inner.trimStart().length;
      const m = NAME.exec(inner.trim());
      if (!m || m[0].length !== inner.trim().length) return null;
      const at = i + 1 + lead;
      i = end;
      return { name: m[0], at };
    }
    const m = NAME.exec(latex.slice(i));
    if (!m) return null;
    const at = i;
    i += m[0].length;
    return { name: m[0], at };
  };
  const group = (): string | null => {
    skip();
    if (latex[i] !== '{') return null;
    const end = groupEnd(latex, i);
    if (end < 0) return null;
    const body = latex.slice(i + 1, end - 1);
    i = end;
    return body;
  };
  const bracket = (): string | null => {
    skip();
    if (latex[i] !== '[') return null;
    const end = groupEnd(latex, i, '[', ']');
    if (end < 0) return null;
    const inner = latex.slice(i + 1, end - 1);
    i = end;
    return inner;
  };
  const command = /^\\([A-Za-z]+)(\*?)/.exec(latex.slice(i));
  if (!command) return null;
  i += command[0].length;
  const kind = command[1]!;
  if (kind === 'newcommand' || kind === 'renewcommand' || kind === 'providecommand') {
    const n = name();
    if (!n) return null;
    const count = bracket();
    const params = count === null ? 0 : Number(count.trim());
    if (!Number.isInteger(params) || params < 0 || params > 9) return null;
    const optional = count === null ? null : bracket();
    const body = group();
    if (body === null) return null;
    return { definition: { name: n.name, at: n.at, definition: optional === null ? { params, body } : { params, optional, body } }, end: i };
  }
  if (kind === 'def' || kind === 'gdef') {
    const n = name();
    if (!n) return null;
    skip();
    const params = /^(?:#[1-9])*/.exec(latex.slice(i))![0];
    if (params.split('#').slice(1).some((d, k) => Number(d) !== k + 1)) return null;
    i += params.length;
    const body = group();
    if (body === null) return null;
    return { definition: { name: n.name, at: n.at, definition: { params: params.length / 2, body } }, end: i };
  }
  if (kind === 'DeclareMathOperator') {
    const n = name();
    const text = n ? group() : null;
    if (!n || text === null) return null;
    return { definition: { name: n.name, at: n.at, definition: { params: 0, body: `\\operatorname${command[2]}{${text}}` } }, end: i };
  }
  return null;
}

/** Skips spaces and `%` comments from `i`. */
function skipBlank(latex: string, i: number): number {
  for (;;) {
    while (i < latex.length && /\s/.test(latex[i]!)) i++;
    if (latex[i] !== '%') return i;
    while (i < latex.length && latex[i] !== '\n') i++;
  }
}

/** The definitions a formula holds when it holds nothing else (spaces and `%` comments aside); else null. */
export function readDefinitions(latex: string): ReadDefinition[] | null {
  if (!DEFINES.test(latex)) return null;
  const out: ReadDefinition[] = [];
  let i = 0;
  for (;;) {
    i = skipBlank(latex, i);
    if (i >= latex.length) return out.length > 0 ? out : null;
    const one = readOne(latex, i);
    if (!one) return null;
    out.push(one.definition);
    i = one.end;
  }
}

/** Every definition in a LaTeX preamble, whatever else it holds (`\usepackage`, `\title`…). */
export function definitionsIn(latex: string): ReadDefinition[] {
  const out: ReadDefinition[] = [];
  const all = new RegExp(DEFINES.source, 'g');
  for (let m = all.exec(latex); m; m = all.exec(latex)) {
    const one = readOne(latex, m.index);
    if (!one) continue;
    out.push(one.definition);
    all.lastIndex = one.end;
  }
  return out;
}

/** True when a formula only defines macros: a preamble block, never an equation. */
export function isDefinitionsOnly(latex: string): boolean {
  return readDefinitions(latex) !== null;
}

/** The math blocks of a document that only define macros, and what they define (offsets in `text`). */
export function preambleDefinitions(text: string): ReadDefinition[] {
  if (!DEFINES.test(text)) return [];
  const out: ReadDefinition[] = [];
  const MATH = /```math[ \t]*\n([\s\S]*?)```|\$\$([\s\S]*?)\$\$|\$([^$\n]+)\$/g;
  for (const m of text.matchAll(MATH)) {
    const body = m[1] ?? m[2] ?? m[3] ?? '';
    if (!DEFINES.test(body)) continue;
    const defs = readDefinitions(body);
    if (!defs) continue;
    const start = m.index + m[0].indexOf(body);
    for (const d of defs) out.push({ ...d, at: start + d.at });
  }
  return out;
}

/** The config's macros, as a table (each one's parameters the highest `#n` of its body). */
export function configMacros(macros: Record<string, string> | undefined): MacroTable {
  const table: MacroTable = {};
  for (const [name, body] of Object.entries(macros ?? {})) table[name.startsWith('\\') ? name : `\\${name}`] = { params: paramsOf(body), body };
  return table;
}
