/**
 * Where-lists → definitions and notes: each item read as a definition (`- $a$ is the
 * acceleration`), a run of symbols and nouns (`$P$ valor principal, $i$ taxa`), a legend bullet
 * (`- $a > 0$: **scale**`) or a remark; nested items that define the item's symbols; and the test
 * of whether a list right after a formula reads as its where-list at all.
 */
import type { List, ListItem, Nodes } from 'mdast';
import type { Note, Variable } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { endOf, markdownSlice, mathsBetween, mathSourceOf, startOf, type ChunkContext } from './mdast-helpers.js';
import { findRelation, isCompound } from './latex-split.js';
import { endsWithArrow } from './definition-symbols.js';
import { isNounRun, nounRunPairs } from './prose-noun-runs.js';
import { definitionFrom, leadingMath, readDefinition, readWithoutMath, wordsOf } from './definitions.js';
import { plainLine, plainVariable } from './plain-symbol-lines.js';
import { markProse } from './prose-sentences.js';

export interface DefinitionsResult {
  variables: Variable[];
  notes: Note[];
  /** Offsets of items read without any math (format warning). */
  itemsWithoutMath: number[];
}

/** Every item of where-lists → definitions and notes. */
/** `lenient`: the list follows a lead-in ending in a colon, so an item that is a symbol and a noun (`$P$ valor principal`) defines. */
/** `formula`: the formula defined, for items that write a symbol of it without math (`- *m* — mass`, `- v0: speed`). */
export function readWhereList(lists: List[], ctx: ChunkContext, lines: LineIndex, previousSlug: string | null, implicit = false, lenient = false, formula?: string): DefinitionsResult {
  const out: DefinitionsResult = { variables: [], notes: [], itemsWithoutMath: [] };
  const pending = lists.map((list) => [...list.children]);
  for (const items of pending) {
    for (const item of items) {
      // A list read as definitions by its shape: its remarks are notes, never a definition read without math.
      const shaped = implicit && !isDefinitionItem(item, ctx, lenient) ? remarkOf(item, ctx, lines) : readItem(item, ctx, lines, previousSlug);
      const plain = formula !== undefined && (!shaped || !('symbols' in shaped)) ? plainItem(item, ctx, lines, formula) : null;
      const read = plain ?? shaped;
      // Sub-items defining the symbols of an item's formula (`- $\text{IDF} = \log \frac{N}{n}$` then
      // `  - $N$ = …`) are definitions of their own, as a reader looks them up (trial 5, M12).
      const nested = nestedDefinitions(item, ctx);
      if (nested.length > 0) items.splice(items.indexOf(item) + 1, 0, ...nested);
      if (!read) continue;
      // `$P$ valor principal, $i$ taxa, $n$ periodo`: one item, several definitions (trial 4, K8).
      const run = 'symbols' in read && !readWithoutMath(read) ? itemNounRun(item, ctx, lines, previousSlug) : null;
      if (run) {
        out.variables.push(...run);
        continue;
      }
      if ('symbols' in read) {
        if (readWithoutMath(read)) out.itemsWithoutMath.push(read.symbolSources[0]!.map.pieces[0]!.offset);
        out.variables.push(read);
      } else out.notes.push(read);
    }
  }
  return out;
}

/** An item that writes a formula's symbol without math (`- *m* — mass of the cart`, plain-symbol-lines.ts), read as prose, or null. */
function plainItem(item: ListItem, ctx: ChunkContext, lines: LineIndex, formula: string): Variable | null {
  const first = item.children[0];
  if (item.children.length !== 1 || first?.type !== 'paragraph') return null;
  const start = startOf(first, ctx);
  const end = endOf(first, ctx);
  const read = plainLine(ctx.text.slice(start, end), formula);
  return read ? markProse(plainVariable(read, start, end, ctx.text.slice(start, end), lines)) : null;
}

/** True when a list right after a formula is definitions and at least one writes its symbol without math (`- v0: starting speed`). */
export function isPlainDefinitionList(lists: List[], ctx: ChunkContext, formula: string): boolean {
  let plain = 0;
  for (const item of lists.flatMap((l) => l.children)) {
    if (itemShape(item, ctx) === 'definition') continue;
    const first = item.children[0];
    if (item.children.length !== 1 || first?.type !== 'paragraph' || !plainLine(ctx.text.slice(startOf(first, ctx), endOf(first, ctx)), formula)) return false;
    plain++;
  }
  return plain > 0;
}

/** The definitions of an item that is a run of two or more symbol-noun pairs (prose-noun-runs.ts), else null. */
function itemNounRun(item: ListItem, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable[] | null {
  const first = item.children[0];
  if (item.children.length !== 1 || first?.type !== 'paragraph') return null;
  return readNounRun(startOf(first, ctx), endOf(first, ctx), ctx, lines, previousSlug);
}

/** A run of symbol-noun pairs (prose-noun-runs.ts) → one definition per pair, or null. */
export function readNounRun(start: number, end: number, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null, min = 2): Variable[] | null {
  const pairs = nounRunPairs(start, end, ctx, min);
  if (!pairs) return null;
  const maths = mathsBetween(ctx, start, end);
  const out: Variable[] = [];
  for (const { math, meaning } of pairs) {
    const from = startOf(math, ctx);
    const read = definitionFrom([mathSourceOf(math, ctx)], ctx.text.slice(meaning[0], meaning[1]), markdownSlice(from, meaning[1], maths, ctx), lines.span(from, meaning[1]), previousSlug);
    if (!('symbols' in read)) return null;
    out.push(read);
  }
  return out;
}

/** The items of a list nested in an item when every one of them is a definition (`$N$ = …`), else none. */
function nestedDefinitions(item: ListItem, ctx: ChunkContext): ListItem[] {
  const lists = item.children.filter((c): c is List => c.type === 'list');
  if (lists.length === 0 || item.children[0]?.type !== 'paragraph') return [];
  const items = lists.flatMap((l) => l.children);
  return items.length > 0 && items.every((i) => isDefinitionItem(i, ctx)) ? items : [];
}

function remarkOf(item: ListItem, ctx: ChunkContext, lines: LineIndex): Note | null {
  const start = startOf(item, ctx);
  const end = endOf(item, ctx);
  const text = ctx.text.slice(start, end).replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s*/, '').trim();
  return text ? { text, position: lines.span(start, end) } : null;
}

function readItem(item: ListItem, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable | Note | null {
  const first = item.children[0];
  const itemStart = startOf(item, ctx);
  const itemEnd = endOf(item, ctx);
  const position = lines.span(itemStart, itemEnd);
  if (!first || first.type !== 'paragraph') {
    const text = ctx.text.slice(itemStart, itemEnd).replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s*/, '').trim();
    return text ? { text, position } : null;
  }
  const own = item.children.filter((c) => !(c.type === 'list' && nestedDefinitions(item, ctx).length > 0));
  const bodyEnd = endOf(own[own.length - 1] as Nodes, ctx);
  return readDefinition(startOf(first, ctx), bodyEnd, ctx, lines, previousSlug, 'item', position);
}

/**
 * True when a list reads as definitions without being introduced as such: every item starts
 * with math naming a symbol (no relation, so `$r = 1$: …` and `$q > 0$: …` are conditions)
 * followed by a separator (`is`, `:`, `=`, `—` …).
 */
export function isDefinitionList(lists: List[], ctx: ChunkContext, lenient = false): boolean {
  let shaped = 0;
  let others = 0;
  for (const list of lists) {
    for (const item of list.children) {
      const kind = itemShape(item, ctx, lenient);
      if (kind === 'other') return false;
      if (kind === 'definition') shaped++;
      else others++;
    }
  }
  // A remark among definitions ("- Both are simpler than the marginal.") does not undo them (trial 1, F26).
  return shaped > 0 && (others === 0 || (shaped >= 2 && shaped >= others * 2));
}

/**
 * What a list item right after a formula is: a 'definition' (math naming a symbol, then a
 * separator: `$y$ is …`, `$y \in \{0, 1\}$: …`, `$m \to$ samples`), a 'remark' (a sentence that
 * starts with a word, no math first), or an 'other' item (a condition `$q > 0$: …`, a nested block)
 * that makes the list no where-list.
 */
function itemShape(item: ListItem, ctx: ChunkContext, lenient = false): 'definition' | 'remark' | 'other' {
  const first = item.children[0];
  if (!first || first.type !== 'paragraph') return 'other';
  const start = startOf(first, ctx);
  const end = endOf(first, ctx);
  const leading = leadingMath(start, mathsBetween(ctx, start, end), ctx);
  if (leading.maths.length === 0) return /^[\s*_]*\p{Lu}/u.test(ctx.text.slice(start, end)) && item.children.length === 1 ? 'remark' : 'other';
  const sources = leading.maths.map((m) => mathSourceOf(m, ctx).latex);
  const rest = ctx.text.slice(leading.restStart, end).replace(/^[\s*_]+/, '');
  // A symbol with its bound and a bold name, the legend habit (`- $a > 0$: **scale** (…)`, trial 5 M7): a definition.
  if (sources.length === 1 && boundedSymbol(sources[0]!) && /^:\s*\*\*[^*\s]/.test(ctx.text.slice(leading.restStart, end).trimStart())) return 'definition';
  // A membership names its symbol (`$y \in \{0, 1\}$: label`, trial 2, G7); any other relation is a condition.
  if (sources.some((latex) => { const r = findRelation(latex); return r !== null && (r.op !== '\\in' || isCompound(latex.slice(0, r.at))); })) return 'other';
  if (endsWithArrow(sources[sources.length - 1]!) && rest.length > 0) return 'definition';
  if (wordsOf(ctx).verb.test(rest)) return 'definition';
  // `$P$ valor principal, $i$ taxa`: symbols and the nouns they name (one pair after a lead-in).
  return isNounRun(start, end, ctx, lenient ? 1 : 2) ? 'definition' : 'other';
}

/** `a > 0`, `\sigma \geq 0`, `0 < p < 1`: one symbol and a numeric bound. */
function boundedSymbol(latex: string): boolean {
  const m = /^\s*(?:[-+]?\d+(?:\.\d+)?\s*(?:<|\\le(?:q)?|\\lt)\s*)?([A-Za-z]|\\[A-Za-z]+)(?:_\{?[A-Za-z0-9]+\}?)?\s*(?:>|<|\\geq?|\\leq?|\\gt|\\lt|\\neq?)\s*[-+]?\d+(?:\.\d+)?\s*$/.exec(latex);
  return m !== null;
}

/** True when a list item right after a formula is a definition (itemShape); the others of a where-list so read are notes. */
export function isDefinitionItem(item: ListItem, ctx: ChunkContext, lenient = false): boolean {
  return itemShape(item, ctx, lenient) === 'definition';
}
