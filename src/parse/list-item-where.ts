/**
 * A where-list inside the list item that presents a formula: `1. The energy:` over an indented
 * `$$E = m c^2$$`, then an indented `where:` and a nested `- $m$ is the rest mass`, or an
 * indented "where $v$ is the speed." Those definitions belong to that item's formula, read as
 * the section's where-lists are (where-list-items.ts, where-sentence.ts), and only right after
 * the display: a block of the item that is neither ends them.
 */
import type { Nodes } from 'mdast';
import { endOf, inlineMaths, mathsBetween, startOf } from './mdast-helpers.js';
import { isDefinitionList, isPlainDefinitionList, readWhereList } from './where-list-items.js';
import { readProseDefinitions } from './where-sentence.js';
import { markProse, writesSymbol } from './prose-sentences.js';
import type { SectionReader } from './section-reader.js';

/** Where the item's blocks stand: right after its display (`after`), after its "where:" (`intro`). */
export interface ItemWhere {
  after: boolean;
  intro: boolean;
}

/** Reads `child`, a block of a list item, as the where-introduction or where-list of the display before it. True when it was one. */
export function readItemWhere(r: SectionReader, child: Nodes, state: ItemWhere): boolean {
  if (!state.after || r.current.length === 0) return false;
  const { ctx } = r;
  const start = startOf(child, ctx);
  const end = endOf(child, ctx);
  const formula = r.currentFormula();
  if (child.type === 'paragraph') {
    const maths = inlineMaths(child);
    const text = ctx.text.slice(start, end);
    if (maths.length === 0 && !state.intro && r.words.whereIntro.test(text.replace(/[*_]/g, '').trim())) {
      r.openWhere(start);
      state.intro = true;
      return true;
    }
    const where = r.words.proseWhere.exec(text);
    if (!where || maths.length === 0) return false;
    const variables = readProseDefinitions(start + where[0].length, end, ctx, r.lines, r.previousSlug).filter((v) => v.symbols.some((s) => writesSymbol(formula, s))).map(markProse);
    if (variables.length === 0) return false;
    r.openWhere(start);
    r.define({ variables }, start, end, mathsBetween(ctx, start, end));
    state.after = false;
    return true;
  }
  if (child.type !== 'list') return false;
  if (!state.intro && !isDefinitionList([child], ctx) && !isPlainDefinitionList([child], ctx, formula)) return false;
  if (!state.intro) r.openWhere(start);
  r.define(readWhereList([child], ctx, r.lines, r.previousSlug, !state.intro, false, formula), start, end, inlineMaths(child));
  state.after = false;
  state.intro = false;
  return true;
}
