/**
 * A glossary section (trial 4, K7): a section that presents no formula and lists the document's
 * quantities, before the formulas ("Definição das grandezas") or after them ("Symbols"). It
 * defines those symbols for every formula of the document that writes them and has no definition
 * of its own for them, as a where-list shared by the whole page.
 *
 * The forms read, each list or table holding at least two definitions and nothing else:
 * - list items that name a quantity and give its symbol in parentheses, a unit after it or not:
 *   `- Valor presente ( $P$ ) [R$]`, `- **Interest rate** ($i$), per period`, or after a colon,
 *   `- Interest rate: $i$` (the meaning is the name);
 * - list items that are definitions: `- $P$: principal`, `- $v$ — velocity`, `- $m$ is the mass`;
 * - a two-column table symbol | meaning (where-table.ts);
 * - a definition list (`$P$` then `:   principal`, definition-list.ts).
 *
 * Each definition given to a formula is a copy with `source: 'glossary'` and the glossary's
 * heading (`glossary`), so a page can say where it came from.
 */
import type { List, ListItem, Nodes } from 'mdast';
import type { Equation, Variable } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { endOf, inlineMaths, markdownSlice, mathsBetween, mathSourceOf, plainText, startOf, type ChunkContext } from './mdast-helpers.js';
import { definitionFrom, readDefinition } from './definitions.js';
import { isDefinitionItem } from './where-list-items.js';
import { readWhereTable } from './where-table.js';
import { definitionListAt, readDefinitionList } from './definition-list.js';
import { usesSymbol } from './prose-sentences.js';
import { applyDocumentProse } from './definitions-document.js';
import { writesFamilyMember } from './definitions-families.js';
import type { ParsedChunk } from './records.js';

/** `Name ( $P$ ) [unit]`: the name, the parenthesised math, anything without math after it. */
const NAMED = /^[\s*_]*([^\s$*_][^$()\n]{0,80}?)[\s*_]*\(\s*$/;
/** `Name: $P$`: the name then a colon right before the math, nothing after it. */
const NAMED_COLON = /^[\s*_]*([^\s$*_][^$:\n]{0,80}?)[\s*_]*[:：]\s*$/;
const MAX_GLOSSARY = 200;

/** A glossary's definitions and the heading it stands under. */
interface Glossary {
  heading: string;
  variables: Variable[];
  /** A symbol table of a section with formulas: given only where the formula writes the symbol itself, not with a subscript (`v` is not `v_1`). */
  strict?: boolean;
}

/** True when the formula writes the symbol other than as the base of a subscripted symbol (`v` in `v - x`, not in `dv_1`). */
function writesItself(formula: string, symbol: string): boolean {
  const escaped = symbol.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return usesSymbol(formula.replace(new RegExp(`${escaped}\\s*_(?:\\{[^{}]*\\}|\\\\?[A-Za-z0-9])`, 'g'), ' '), symbol);
}

/** `Name ( $P$ ) [unit]` or `Name: $P$` → the definition of P whose meaning is the name, or null. */
function namedItem(item: ListItem, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable | null {
  const p = item.children[0];
  if (item.children.length !== 1 || p?.type !== 'paragraph') return null;
  const start = startOf(p, ctx);
  const end = endOf(p, ctx);
  const maths = mathsBetween(ctx, start, end);
  if (maths.length !== 1) return null;
  const m = maths[0]!;
  const before = ctx.text.slice(start, startOf(m, ctx));
  const after = ctx.text.slice(endOf(m, ctx), end);
  const paren = NAMED.exec(before);
  const named = paren && /^\s*\)/.test(after) ? paren : !/\S/.test(after.replace(/[*_.]/g, '')) ? NAMED_COLON.exec(before) : null;
  if (!named || !/\p{L}/u.test(named[1]!)) return null;
  const name = named[1]!.trim();
  const read = definitionFrom([mathSourceOf(m, ctx)], name, markdownSlice(start, end, maths, ctx), lines.span(start, end), previousSlug);
  return 'symbols' in read ? read : null;
}

/** A list whose every item is a named quantity or a definition (two at least) → its definitions, else null. */
function glossaryList(list: List, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable[] | null {
  if (list.children.length < 2) return null;
  const out: Variable[] = [];
  for (const item of list.children) {
    const named = namedItem(item, ctx, lines, previousSlug);
    if (named) {
      out.push(named);
      continue;
    }
    const p = item.children[0];
    if (item.children.length !== 1 || p?.type !== 'paragraph' || !isDefinitionItem(item, ctx)) return null;
    const read = readDefinition(startOf(p, ctx), endOf(p, ctx), ctx, lines, previousSlug, 'item', lines.span(startOf(item, ctx), endOf(item, ctx)));
    if (!read || !('symbols' in read) || !read.description) return null;
    out.push(read);
  }
  return out;
}

/** The definitions a section that presents no formula gives as a glossary. */
function glossaryOf(p: ParsedChunk, lines: LineIndex): Variable[] {
  const { tree } = p;
  const ctx: ChunkContext = { ...p.ctx, maths: p.ctx.maths ?? inlineMaths(tree) };
  const out: Variable[] = [];
  const blocks = tree.children;
  for (let k = 0; k < blocks.length; k++) {
    const node: Nodes = blocks[k]!;
    if (node.type === 'list') out.push(...(glossaryList(node, ctx, lines, null) ?? []));
    else if (node.type === 'paragraph') {
      const list = definitionListAt(blocks, k, ctx);
      if (list) {
        const read = readDefinitionList(list, ctx, lines, null);
        if (read && read.variables.length >= 2) out.push(...read.variables);
        k += list.taken - 1;
        continue;
      }
      const table = readWhereTable(node, ctx, lines, null, false);
      if (table && table.length >= 2) out.push(...table);
    }
  }
  return out;
}

/**
 * The symbol tables of a section that presents formulas (trial 5, M13): a table of the document's
 * parameters (`| Символ | Название | Описание |`) stands in the section where the author put it,
 * yet defines the symbols of every formula that writes them.
 */
function tablesOf(p: ParsedChunk, lines: LineIndex): Variable[] {
  const ctx: ChunkContext = { ...p.ctx, maths: p.ctx.maths ?? inlineMaths(p.tree) };
  const out: Variable[] = [];
  // A table that is a formula's where-list ("Where:" then the table) defines that formula only, as every where-list does.
  const whereLists = (p.section?.drafts ?? []).flatMap((d) => (d.positions.whereList ? [d.positions.whereList] : []));
  for (const node of p.tree.children) {
    if (node.type !== 'paragraph' || !ctx.text.slice(startOf(node, ctx), endOf(node, ctx)).trimStart().startsWith('|')) continue;
    const at = startOf(node, ctx);
    if (whereLists.some((w) => at >= w.start.offset && at < w.end.offset)) continue;
    const table = readWhereTable(node, ctx, lines, null, false);
    if (table && table.length >= 2) out.push(...table);
  }
  return out;
}

/** The glossaries of the document: its sections that present no formula and define symbols, and symbol tables anywhere. */
function glossaries(parsed: ParsedChunk[], lines: LineIndex): Glossary[] {
  const out: Glossary[] = [];
  let count = 0;
  for (const p of parsed) {
    if (count >= MAX_GLOSSARY) continue;
    const presents = (p.section?.drafts.length ?? 0) > 0;
    const variables = (presents ? tablesOf(p, lines) : glossaryOf(p, lines)).slice(0, MAX_GLOSSARY - count);
    if (variables.length === 0) continue;
    count += variables.length;
    const first = p.tree.children[0];
    out.push({ heading: first?.type === 'heading' ? plainText(first).trim() : '', variables, strict: presents });
  }
  return out;
}

const key = (s: string): string => s.replace(/\s+/g, '');

/**
 * Gives each equation the glossary definitions of the symbols its formula writes and its own
 * definitions leave undefined (the first glossary that defines a symbol gives it).
 */
export function applyGlossaries(parsed: ParsedChunk[], equations: Equation[], lines: LineIndex): void {
  const found = glossaries(parsed, lines);
  for (const eq of found.length > 0 ? equations : []) {
    const defined = new Set(eq.variables.flatMap((v) => v.symbols.map(key)));
    for (const g of found) {
      for (const v of g.variables) {
        if (v.symbols.some((s) => defined.has(key(s))) || !v.symbols.some((s) => (g.strict ? writesItself(eq.latex, s) : usesSymbol(eq.latex, s)) || writesFamilyMember(eq.latex, s))) continue;
        for (const s of v.symbols) defined.add(key(s));
        eq.variables.push({ ...v, source: 'glossary', ...(g.heading ? { glossary: g.heading } : {}) });
      }
    }
  }
  // The definitions a Japanese document's prose gives once for all its formulas (trial 5, M11).
  applyDocumentProse(parsed, equations, lines);
}
