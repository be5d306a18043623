/**
 * A "where:" list → Variables and Notes.
 *
 * Item shapes handled (all from the wild): `$y$ is …`, `$y^{(i)} \in \{0, 1\}$ is …`,
 * `$W_{hh}, W_{xh}$ are …`, `$\mu_B$, $\sigma_B^2$ are …`, `$a$ and $b$ are …`,
 * `$TP$ = true positives`, `$M = \frac{1}{2}(P + Q)$`, `$f(\cdot)$ is …`, items that define
 * nothing ("The factor $\tfrac{1}{2}$ is …" → a Note), and items without dollar signs
 * (`A is the area`, parsed with a format warning).
 */
import type { List, ListItem, Nodes, Paragraph } from 'mdast';
import type { Note, Variable } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { endOf, inlineMaths, markdownSlice, mathSourceOf, startOf, type ChunkContext } from './mdast-helpers.js';
import { findRelation, isCompound, splitTopLevelCommas } from './latex-split.js';

export interface WhereItemsResult {
  variables: Variable[];
  notes: Note[];
  /** Offsets of items parsed without any math (format warning). */
  itemsWithoutMath: number[];
}

const SEPARATOR = /^[\s,;&]*(?:and|or)?[\s,;&]*$/i;
const INHERITED = /\b(?:(?:are|is|as)\s+)?(?:defined\s+)?(?:as\s+)?(?:above|before|previously|earlier)\b/i;
const PLAIN_SYMBOL = /^\s*([A-Za-z][A-Za-z0-9_']{0,15})\s+(?=(?:is|are|denotes|represents|=)\b|=)/;
const LEADING_VERB = /^\s*(?:[:=–—-]\s*|(?:is|are|denotes|denote|represents|represent|indicates)\s+)/i;

export function parseWhereItems(list: List, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): WhereItemsResult {
  const result: WhereItemsResult = { variables: [], notes: [], itemsWithoutMath: [] };
  for (const item of list.children) parseItem(item, ctx, lines, previousSlug, result);
  return result;
}

function parseItem(item: ListItem, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null, out: WhereItemsResult): void {
  const first = item.children[0];
  const itemStart = startOf(item, ctx);
  const itemEnd = endOf(item, ctx);
  const position = lines.span(itemStart, itemEnd);
  if (!first || first.type !== 'paragraph') {
    const text = ctx.text.slice(itemStart, itemEnd).replace(/^\s*[-*+]\s*/, '').trim();
    if (text) out.notes.push({ text, position });
    return;
  }
  const bodyStart = startOf(first, ctx);
  const bodyEnd = endOf(item.children[item.children.length - 1] as Nodes, ctx);
  const maths = inlineMaths(item as Nodes);
  const markdown = markdownSlice(bodyStart, bodyEnd, maths, ctx);

  const { symbolMaths, restStart } = leadingMath(first, ctx);
  if (symbolMaths.length === 0) {
    const plain = maths.length === 0 ? PLAIN_SYMBOL.exec(markdown) : null;
    if (plain) {
      const sym = plain[1]!;
      const at = bodyStart + ctx.text.slice(bodyStart, bodyEnd).indexOf(sym);
      out.itemsWithoutMath.push(at);
      out.variables.push({
        symbols: [sym],
        symbolSources: [{ latex: sym, map: { pieces: [{ at: 0, offset: at, length: sym.length }] } }],
        description: stripVerb(markdown.slice(plain[0].length)),
        item: markdown,
        position,
      });
    } else {
      out.notes.push({ text: markdown, position });
    }
    return;
  }

  const description = stripVerb(markdownSlice(restStart, bodyEnd, maths, ctx));
  const symbols: string[] = [];
  const symbolSources: Variable['symbolSources'] = [];
  let definedAs: string | undefined;
  for (const m of symbolMaths) {
    const src = mathSourceOf(m, ctx);
    const base = src.map.pieces[0]?.offset ?? startOf(m, ctx);
    const relation = findRelation(src.latex);
    let head = src.latex;
    if (relation) {
      head = src.latex.slice(0, relation.at);
      const rhs = src.latex.slice(relation.at + relation.length).trim();
      // `ad - bc \neq 0` with nothing after it is a condition, not a definition.
      if ((relation.op !== '=' && relation.op !== ':=' && relation.op !== '\\coloneqq' && relation.op !== '\\in' && relation.op !== '\\sim') && !description) {
        out.notes.push({ text: markdown, position });
        return;
      }
      if (relation.op === '=' || relation.op === ':=' || relation.op === '\\coloneqq') definedAs = rhs;
    }
    if (relation && !description && isCompound(head)) {
      out.notes.push({ text: markdown, position });
      return;
    }
    for (const piece of splitTopLevelCommas(head)) {
      symbols.push(piece.text);
      symbolSources.push({ latex: piece.text, map: { pieces: [{ at: 0, offset: base + piece.start, length: piece.text.length }] } });
    }
  }
  if (symbols.length === 0) {
    out.notes.push({ text: markdown, position });
    return;
  }
  const variable: Variable = { symbols, symbolSources, description, item: markdown, position };
  if (definedAs !== undefined) variable.definedAs = definedAs;
  if (INHERITED.test(description) && description.length < 60) variable.inherited = { from: previousSlug };
  out.variables.push(variable);
}

/** The math nodes at the very start of a paragraph, joined by separators (`, `, ` and `). */
function leadingMath(p: Paragraph, ctx: ChunkContext): { symbolMaths: Nodes[]; restStart: number } {
  const symbolMaths: Nodes[] = [];
  let restStart = startOf(p, ctx);
  for (const child of p.children) {
    if (child.type === 'inlineMath') {
      symbolMaths.push(child);
      restStart = endOf(child, ctx);
    } else if (!(child.type === 'text' && symbolMaths.length > 0 && SEPARATOR.test(child.value))) {
      break;
    }
  }
  return { symbolMaths, restStart };
}

function stripVerb(text: string): string {
  return text.replace(/^[\s,;]+/, '').replace(LEADING_VERB, '').trim();
}
