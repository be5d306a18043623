/**
 * A paragraph right after a formula that is nothing but definition lines, without "where"
 * before it: `$P$: principal` / `$r$: yearly rate` on lines of their own (markdown hard breaks,
 * two trailing spaces or a backslash, keep them one paragraph), or lines that write the symbol
 * without math (`Vf = final velocity`, `v_0 is the initial speed`, plain-symbol-lines.ts).
 *
 * Every line must read as a definition. Lines with math need a separator or a verb after the
 * symbol (definitions.ts) and there must be two of them (one line "$E$ is conserved" is prose);
 * lines without math define only a symbol the formula writes, and are read as prose (no
 * symbol-by-symbol warnings). At least one symbol defined must be one the formula writes.
 */
import type { Nodes } from 'mdast';
import type { Variable } from '../types.js';
import { writesSymbol } from './prose-sentences.js';
import { endOf, mathSourceOf } from './mdast-helpers.js';
import { plainLineDefinition } from './plain-symbol-lines.js';
import { isRemark } from './condition-meanings.js';
import type { Line } from './paragraph-lines.js';
import type { SectionReader } from './section-reader.js';

const SEPARATED = /^[\s*_]*(?::=|[:=–—→]|-\s|(?:is|are)\s+(?:the|a|an)\s|(?:denotes|represents|stands\s+for|means)\s)/i;

/** A meaning in words, not a value (`$m$: 2 kg` gives a value, no meaning). */
const WORDS = /^[\s*_(]*\p{L}[\s\S]*\p{L}/u;

/** Reads the paragraph's `lines` as definition lines of the formula just read. True when it was one. */
export function readDefinitionLines(r: SectionReader, lines: Line[]): boolean {
  if (r.mode !== 'after' || r.current.length === 0 || lines.length === 0) return false;
  const formula = r.currentFormula();
  const variables: Variable[] = [];
  const maths: Nodes[] = [];
  let withMath = 0;
  let written = false;
  for (const line of lines) {
    let read: Variable | null;
    if (line.maths.length > 0) {
      // After the symbol, a separator or a defining verb with an article: "$E$ is conserved" is prose.
      const after = r.ctx.text.slice(endOf(line.maths[0]!, r.ctx), line.end);
      // `$P =$ the principal`: the glossary's equals sign stands inside the math.
      const inMath = /(?:=|:)\s*$/.test(mathSourceOf(line.maths[0]!, r.ctx).latex);
      const one = SEPARATED.test(after) || inMath ? r.readLineDefinition(line) : null;
      // The symbol must be all the math before the meaning: `$x = 2$ gives …` is a worked step.
      read = one && !one.definedAs?.trim() && WORDS.test(one.description.replace(/\$[^$]*\$/g, '')) && one.source !== 'prose' ? one : null;
      withMath++;
    } else read = plainLineDefinition(line.start, line.end, formula, r.ctx.text, r.lines);
    if (!read) return false;
    if (read.symbols.some((s) => writesSymbol(formula, s))) written = true;
    variables.push(read);
    maths.push(...line.maths);
  }
  // "$k$ - see the table below", "$F$ - measured twice": notes on the symbols, not their meanings (audit12).
  if (variables.some((v) => isRemark(v.description))) return false;
  if (!written || withMath === 1 && lines.length === 1) return false;
  r.openWhere(lines[0]!.start);
  r.define({ variables }, lines[0]!.start, lines[lines.length - 1]!.end, maths);
  r.mode = 'defs';
  return true;
}
