/**
 * Definitions a Japanese or Chinese document gives once, in its prose, for all its formulas (trial 5, M11):
 * an intro paragraph that names the quantities 「リー代数$\boldsymbol{\phi}$と、それに対応する回転行列
 * $\mathbf{C}$を考える」, 「ディラック作用素を$D=…$とし」, 「$\phi$は…のノルムである」. A reader finds
 * them first and keeps them for the rest of the page; so does this: each formula that writes such
 * a symbol, and whose own definitions (where-list, prose, glossary) leave it undefined, is given
 * the first definition of it written before the formula, marked `source: 'prose'`.
 *
 * Japanese and Chinese: their forms (a noun right before its symbol, 「…を$x$とする」, 「$x$は…である」,
 * 「$i$是电流」, 「电位差 $v$，」, 「设…为 $i$」) say "this symbol is that quantity" without an article,
 * and prose-japanese.ts, prose-chinese.ts read them narrowly. Chinese ones only above the first formula (trial 6
 * doc 8: a note that names `i` once at its top); below it a sentence belongs to its formula. A letter or command goes only to a formula that writes it bare (`X` of
 * 「线性参量 $X$」 is no meaning of `X_L`). Definitions after the formula are left to the formula's
 * own where-sentence.
 */
import type { Nodes } from 'mdast';
import type { Equation, Variable } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { endOf, inlineMaths, startOf, type ChunkContext } from './mdast-helpers.js';
import { sentences, usesSymbol } from './prose-sentences.js';
import { japaneseDefinitions } from './prose-japanese.js';
import { chineseDefinitions } from './prose-chinese.js';
import type { ParsedChunk } from './records.js';

const MAX_DEFINITIONS = 500;
/** A symbol's key: no spaces, no arguments (`K` is defined when `K(w)` is). */
const key = (s: string): string => s.replace(/\s+/g, '').replace(/\([^()]*\)$/, '');

/** The paragraphs of a tree, in lists, quotes and containers too. */
function paragraphs(node: Nodes, out: Nodes[]): Nodes[] {
  if (node.type === 'paragraph') out.push(node);
  else if ('children' in node) for (const child of node.children) paragraphs(child as Nodes, out);
  return out;
}

/** The document's Japanese prose definitions with the offset each was written at, in source order. */
function documentDefinitions(parsed: ParsedChunk[], lines: LineIndex, firstFormula: number): Array<{ at: number; variable: Variable }> {
  const out: Array<{ at: number; variable: Variable }> = [];
  for (const p of parsed) {
    const lang = p.ctx.words?.lang;
    if (lang !== 'ja' && lang !== 'zh') continue;
    const ctx: ChunkContext = { ...p.ctx, maths: p.ctx.maths ?? inlineMaths(p.tree) };
    for (const para of paragraphs(p.tree, [])) {
      for (const s of sentences(startOf(para, ctx), endOf(para, ctx), ctx)) {
        // A Chinese note names its symbols for the whole page only above its first formula; below, a sentence is its formula's.
        if (lang === 'zh' && s.start >= firstFormula) break;
        for (const variable of lang === 'ja' ? japaneseDefinitions(s, ctx, lines, null) : chineseDefinitions(s, null, ctx, lines, null)) {
          if (out.length >= MAX_DEFINITIONS) return out;
          out.push({ at: s.start, variable });
        }
      }
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** A letter or a command the formula writes bare at least once, not only as the base of a subscripted symbol (`X` is none of `X_L`). */
function writesBare(latex: string, symbol: string): boolean {
  // For a letter, command names are no letters; a letter written as a subscript (`n` of `G_n`) is written bare.
  if (/^[A-Za-z]$/.test(symbol)) return new RegExp(`${symbol}(?!\\s*_)`).test(latex.replace(/\\[A-Za-z]+/g, ' '));
  if (/^\\[A-Za-z]+$/.test(symbol)) return new RegExp(`\\${symbol}(?![A-Za-z])(?!\\s*_)`).test(latex);
  return true;
}

/** Gives each equation the first earlier prose definition of each symbol it writes and leaves undefined. */
export function applyDocumentProse(parsed: ParsedChunk[], equations: Equation[], lines: LineIndex): void {
  const found = documentDefinitions(parsed, lines, Math.min(...equations.map((eq) => eq.positions.equation?.start.offset ?? Number.POSITIVE_INFINITY)));
  if (found.length === 0) return;
  for (const eq of equations) {
    const at = eq.positions.equation?.start.offset;
    if (at === undefined) continue;
    const defined = new Set(eq.variables.flatMap((v) => v.symbols.map(key)));
    // The first definition of a symbol, the one a reader found first (「回転行列$\mathbf{C}$」, not a later 「回転$\mathbf{C}$に対して」).
    for (const { at: written, variable } of found) {
      if (written >= at) break;
      if (variable.symbols.some((s) => defined.has(key(s))) || !variable.symbols.every((s) => usesSymbol(eq.latex, s) && writesBare(eq.latex, s.trim()))) continue;
      for (const s of variable.symbols) defined.add(key(s));
      eq.variables.push({ ...variable, source: 'prose', incidental: true });
    }
  }
}
