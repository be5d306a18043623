/**
 * Where-definitions → Variables and Notes. One reader for every form a definition takes:
 * a list item (`- $y$ is …`), a plain line after "where" (`$X$ = Some Quantity (unit)`), a
 * segment of a prose where-sentence ("where $a$ is …, $v$ the velocity and …") and a display
 * definition (`$$M = \frac{1}{2}(P+Q)$$` after "Where:").
 *
 * Item shapes (all from the wild): `$y$ is …`, `$y^{(i)} \in \{0, 1\}$ is …`,
 * `$W_{hh}, W_{xh}$ are …`, `$\mu_B$, $\sigma_B^2$ are …`, `$a$ and $b$ are …`,
 * `$TP$ = true positives`, `$e$: …`, `$v$ — velocity`, `**$x$**: …`, `$M = \frac{1}{2}(P + Q)$`,
 * `$f(\cdot)$ is …`, items that define nothing (a Note), and items without dollar signs
 * (`A is the area`, read with a format warning).
 */
import type { List, ListItem, Nodes } from 'mdast';
import type { MathSource, Note, Span, Variable } from '../types.js';
import { fileOffsetOf, type LineIndex } from '../diagnostics/positions.js';
import { endOf, markdownSlice, mathsBetween, mathSourceOf, startOf, type ChunkContext } from './mdast-helpers.js';
import { findRelation, isCompound, splitTopLevelCommas } from './latex-split.js';
import { readingWords, type ReadingWords } from './language.js';
import { arrowMeaning, endsWithArrow, hasArrow, symbolPart } from './definition-symbols.js';
import { isNounRun, nounRunPairs } from './prose-noun-runs.js';

const wordsOf = (ctx: ChunkContext): ReadingWords => ctx.words ?? readingWords(undefined);

export interface DefinitionsResult {
  variables: Variable[];
  notes: Note[];
  /** Offsets of items read without any math (format warning). */
  itemsWithoutMath: number[];
}

/** Text allowed between joined symbols: `$a$, $b$ and $c$`, bold markers around them. */
const INHERITED = /\b(?:(?:are|is|as)\s+)?(?:defined\s+)?(?:as\s+)?(?:above|before|previously|earlier)\b/i;
const PLAIN_SYMBOL = /^\s*([A-Za-z][A-Za-z0-9_']{0,15})\s+(?=(?:is|are|denotes|represents|=)\b|=)/;

export type Mode = 'item' | 'line' | 'prose';

/** Definitions read from an item written without dollar signs (`A is the area`). */
const withoutMath = new WeakSet<Variable>();

/** Reads one definition from the source range [start, end). */
/** `value`: a prose item that is a value joined to a symbol defined by words (readProseDefinitions), read as its definition. */
export function readDefinition(start: number, end: number, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null, mode: Mode, position?: Span, value = false): Variable | Note | null {
  const span = position ?? lines.span(start, end);
  const maths = mathsBetween(ctx, start, end);
  const markdown = markdownSlice(start, end, maths, ctx);
  const leading = leadingMath(start, maths, ctx);
  if (leading.maths.length === 0) {
    if (mode !== 'item') return null;
    const plain = maths.length === 0 ? PLAIN_SYMBOL.exec(markdown) : null;
    if (!plain) return markdown ? { text: markdown, position: span } : null;
    const sym = plain[1]!;
    const at = start + ctx.text.slice(start, end).indexOf(sym);
    const variable: Variable = {
      symbols: [sym],
      symbolSources: [{ latex: sym, map: { pieces: [{ at: 0, offset: at, length: sym.length }] } }],
      description: stripVerb(markdown.slice(plain[0].length), ctx),
      item: markdown,
      position: span,
    };
    withoutMath.add(variable);
    return variable;
  }
  const words = wordsOf(ctx);
  // "$g = 9.81$ m/s$^2$ is the acceleration": the unit after a value is no part of the meaning (trial 5, M9).
  if (mode === 'prose' && leading.maths.length === 1) leading.restStart += unitAfterValue(ctx.text.slice(startOf(leading.maths[0]!, ctx), endOf(leading.maths[0]!, ctx)), ctx.text.slice(leading.restStart, end), words);
  const rest = ctx.text.slice(leading.restStart, end).replace(/^[\s*_]+/, '');
  // In prose, a formula that defines its left side needs no words after it ("where $\rho = \lambda / \mu$ and …").
  const onlyMath = ctx.text.slice(startOf(leading.maths[0]!, ctx), endOf(leading.maths[0]!, ctx));
  const inMath = leading.maths.length === 1 && rest.trim() === '' ? arrowMeaning(mathSourceOf(leading.maths[0]!, ctx).latex) : null;
  // `$\alpha \longrightarrow 学习率$`: the meaning is inside the math.
  if (inMath && mode !== 'line') return definitionFrom([mathSourceOf(leading.maths[0]!, ctx)], inMath.meaning, markdown, span, previousSlug);
  const byEquation = mode === 'prose' && rest.trim() === '' && leading.maths.length === 1 && (definesByEquation(onlyMath) || (value && givesValue(onlyMath)));
  // `$m \longrightarrow$ number of samples`: the arrow in the math is the separator.
  const arrowed = endsWithArrow(mathSourceOf(leading.maths[leading.maths.length - 1]!, ctx).latex) && /^\S/.test(rest);
  if (mode !== 'item' && !byEquation && !arrowed && !words.verb.test(rest) && !(mode === 'prose' && words.article.test(rest))) return null;
  // "$r$ measures 3 cm" is a measurement, not a meaning ("$r$ measures the radius").
  if (/^measures?\s+[-+−\d.]/i.test(rest)) return null;
  const description = stripVerb(markdownSlice(leading.restStart, end, maths, ctx), ctx);
  // In prose, math alone after the symbol is no meaning ("With $b = 5\%$: $f = 1.05^2 - 1$").
  if (mode === 'prose' && description && !/\p{L}/u.test(description.replace(/\$[^$]*\$/g, ''))) return null;
  const read = definitionFrom(leading.maths.map((m) => mathSourceOf(m, ctx)), description, markdown, span, previousSlug);
  if (mode === 'item' && 'symbols' in read) valueAsMeaning(read);
  return read;
}

/** A number (with a decimal point or exponent) or a name in `\text{…}`: a value a reader takes as the meaning. */
const VALUE = /^(?:[-+−]?\d[\d.,{}]*(?:\s*\\times\s*10\^\{?[-−]?\d+\}?)?|\\(?:text|mathrm|operatorname)\{([^{}]*)\})$/;

/**
 * `- $d = 768$` and `- $\mu = \text{mean}$ (from Feature 5)`: an item whose meaning is its value
 * (a number alone, or a name with at most a parenthetical after it) has the value as its meaning
 * ("768", "mean (from Feature 5)"), not an empty or a bare parenthetical one (trial 5, M12).
 */
function valueAsMeaning(v: Variable): void {
  if (v.definedAs === undefined || !/^(?:\([^()]*\))?$/.test(v.description.trim())) return;
  const value = VALUE.exec(v.definedAs.trim());
  if (!value) return;
  // A number with a parenthetical is a setting whose meaning is the parenthetical (`$k_1 = 1.2$ (saturation)`).
  if (value[1] === undefined && v.description) return;
  const text = value[1] !== undefined ? value[1].replace(/\\([_&%#$])/g, '$1') : v.definedAs.trim();
  v.description = v.description ? `${text} ${v.description.trim()}` : text;
}

const STYLE = /^\\(?:displaystyle|textstyle)(?![A-Za-z])\s*/;

/** A definition from its symbol math and description (shared by every form). */
export function definitionFrom(sources: MathSource[], description: string, item: string, position: Span, previousSlug: string | null): Variable | Note {
  const symbols: string[] = [];
  const symbolSources: MathSource[] = [];
  let definedAs: string | undefined;
  for (const raw of sources) {
    const src = symbolPart(raw);
    const base = src.map.pieces[0]?.offset ?? 0;
    const relation = findRelation(src.latex);
    let head = src.latex;
    if (relation) {
      head = src.latex.slice(0, relation.at);
      const rhs = src.latex.slice(relation.at + relation.length).trim();
      const defining = relation.op === '=' || relation.op === ':=' || relation.op === '\\coloneqq';
      // `ad - bc \neq 0` with nothing after it is a condition, not a definition.
      if (!defining && relation.op !== '\\in' && relation.op !== '\\sim' && !description) return { text: item, position };
      if (defining) definedAs = rhs;
    }
    if (relation && !description && isCompound(head)) return { text: item, position };
    for (const piece of splitTopLevelCommas(head)) {
      // `$\displaystyle A$ is …` (an Obsidian habit, trial 4 doc 10): the style is no part of the symbol.
      const style = STYLE.exec(piece.text)?.[0].length ?? 0;
      const text = piece.text.slice(style);
      if (!text) continue;
      symbols.push(text);
      symbolSources.push({ latex: text, map: { pieces: [{ at: 0, offset: base + piece.start + style, length: text.length }] } });
    }
  }
  if (symbols.length === 0) return { text: item, position };
  const variable: Variable = { symbols, symbolSources, description, item, position };
  if (definedAs !== undefined) variable.definedAs = definedAs;
  if (INHERITED.test(description) && description.length < 60) variable.inherited = { from: previousSlug };
  return variable;
}

/** A display block after "Where:" (`$$M = \frac{1}{2}(P+Q)$$`): defines its left-hand side. */
export function displayDefinition(src: MathSource, position: Span, previousSlug: string | null): Variable | null {
  const relation = findRelation(src.latex);
  if (!relation || relation.op !== '=' && relation.op !== ':=' && relation.op !== '\\coloneqq') return null;
  const result = definitionFrom([src], '', `$${src.latex}$`, position, previousSlug);
  return 'symbols' in result ? result : null;
}

/** Spacing and joining words between the definitions of one display (`, \quad`, `\text{ and }`). */
const LIST_FILL = /^(?:\s|\\q?quad(?![A-Za-z])|\\[,;: !]|~|\\(?:text|mathrm)\{\s*(?:and|et|und|y|e|和|与|及)?\s*\})*/;
const MEMBERSHIP = new Set(['=', ':=', '\\coloneqq', '\\in']);

/**
 * A display after a where-introduction whose content defines symbols: a membership or a
 * definition of one symbol (`W_Q \in \mathbb{R}^{d \times d_k}`, `k := 2`, `M = \frac{1}{2}(P+Q)`)
 * or a comma-separated list of them (`\gamma \in \mathbb{R}^{H}, \quad \beta \in \mathbb{R}^{H}`).
 * One definition per part; null when any part is not one (the display is then an equation).
 */
export function displayDefinitions(src: MathSource, position: Span, previousSlug: string | null): Variable[] | null {
  if (src.latex.length > 2000) return null;
  const out: Variable[] = [];
  for (const piece of splitTopLevelCommas(src.latex)) {
    const fill = LIST_FILL.exec(piece.text)![0].length;
    const text = piece.text.slice(fill).replace(/[\s.;]+$/, '').replace(/(?:\\[,;: !]|\\q?quad)+$/, '').trimEnd();
    if (!text) continue;
    const relation = findRelation(text);
    if (!relation || !MEMBERSHIP.has(relation.op)) return null;
    const head = text.slice(0, relation.at).trim();
    if (!head || head.length > 40 || isCompound(head)) return null;
    const at = fileOffsetOf(src.map, piece.start + fill);
    const part: MathSource = { latex: text, map: { pieces: [{ at: 0, offset: at, length: text.length }] } };
    const read = definitionFrom([part], '', `$${text}$`, position, previousSlug);
    if (!('symbols' in read) || read.symbols.length !== 1) return null;
    out.push(read);
  }
  return out.length > 0 ? out : null;
}

/** Every item of where-lists → definitions and notes. */
/** `lenient`: the list follows a lead-in ending in a colon, so an item that is a symbol and a noun (`$P$ valor principal`) defines. */
export function readWhereList(lists: List[], ctx: ChunkContext, lines: LineIndex, previousSlug: string | null, implicit = false, lenient = false): DefinitionsResult {
  const out: DefinitionsResult = { variables: [], notes: [], itemsWithoutMath: [] };
  const pending = lists.map((list) => [...list.children]);
  for (const items of pending) {
    for (const item of items) {
      // A list read as definitions by its shape: its remarks are notes, never a definition read without math.
      const read = implicit && !isDefinitionItem(item, ctx, lenient) ? remarkOf(item, ctx, lines) : readItem(item, ctx, lines, previousSlug);
      // Sub-items defining the symbols of an item's formula (`- $\text{IDF} = \log \frac{N}{n}$` then
      // `  - $N$ = …`) are definitions of their own, as a reader looks them up (trial 5, M12).
      const nested = nestedDefinitions(item, ctx);
      if (nested.length > 0) items.splice(items.indexOf(item) + 1, 0, ...nested);
      if (!read) continue;
      // `$P$ valor principal, $i$ taxa, $n$ periodo`: one item, several definitions (trial 4, K8).
      const run = 'symbols' in read && !withoutMath.has(read) ? itemNounRun(item, ctx, lines, previousSlug) : null;
      if (run) {
        out.variables.push(...run);
        continue;
      }
      if ('symbols' in read) {
        if (withoutMath.has(read)) out.itemsWithoutMath.push(read.symbolSources[0]!.map.pieces[0]!.offset);
        out.variables.push(read);
      } else out.notes.push(read);
    }
  }
  return out;
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

/**
 * A prose where-sentence ("where $a$ is the acceleration, $v$ the velocity and $t$ is time")
 * from `start` (just after "where") to `end` → its definitions.
 */
/** A relation that defines its left side: `=`, `:=`, `\coloneqq` (not `\le`, `\ne`). */
const DEFINING_RELATION = /(?<![<>!\\])=|:=|\\coloneqq/;
/** Commands of arithmetic and layout, which name no quantity (`2 \times 3`, `\frac{1}{2}`, `4\%`). */
const ARITHMETIC = /\\(?:times|cdot|div|pm|mp|frac|dfrac|tfrac|sqrt|left|right|big[lr]?|Big[lr]?|approx|quad|qquad|[%,;:! ])|\\(?:text|mathrm)\{[^{}]*\}/g;

/** A formula that defines its left side by an expression of other quantities (`\rho = \lambda / \mu`), not a worked value (`s_1 = 4\%`, `f = 1.05^2 / 1.04 - 1`). */
function definesByEquation(latex: string): boolean {
  const m = DEFINING_RELATION.exec(latex);
  if (!m) return false;
  return /[A-Za-z\\]/.test(latex.slice(m.index + m[0].length).replace(ARITHMETIC, ''));
}

export function readProseDefinitions(start: number, end: number, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable[] {
  const maths = mathsBetween(ctx, start, end);
  const words = wordsOf(ctx);
  const starts: number[] = [];
  /** Starts of the items that are a value joined to a symbol defined by words. */
  const valueItems = new Set<number>();
  let prevEnd = start;
  for (let k = 0; k < maths.length; ) {
    const m = maths[k]!;
    const before = ctx.text.slice(prevEnd, startOf(m, ctx));
    const boundary = starts.length === 0 ? /^[\s,:;*_]*$/.test(before) : words.proseBoundary.test(before);
    let j = k;
    // A definition by equation is an item of its own: "where $\rho = \lambda/\mu$ and $\mu$ is the
    // service rate" gives `\rho` its equation and `\mu` the words (not one item of both).
    const mathText = ctx.text.slice(startOf(m, ctx), endOf(m, ctx));
    // A value joined to a symbol defined by words ("where $s = 4\%$ and $r$ is the rate") is an
    // item of its own too; alone or before more values it stays a worked example ("With $s_1 = 4\%$ and $s_2 = 5\%$: …").
    const byValue = boundary && !definesByEquation(mathText) && givesValue(mathText) && (nextDefinedByWords(maths, k, end, ctx, words) || valuesToEnd(maths, k, end, ctx, words));
    const byEquation = boundary && (byValue || definesByEquation(mathText));
    // Symbols defined together: `$a$ and $b$ are …`.
    // (Values are never joined: "$a = 4\%$ and $b = 5\%$" are two items, or none.)
    // (Nor is math with an arrow: `$x \to 0$, $f$ 是函数`, `$\alpha \to 学习率$，$g$ …`.)
    const alone = (text: string) => DEFINING_RELATION.test(text) || hasArrow(text);
    if (boundary && !byEquation && !alone(mathText)) while (j + 1 < maths.length && !alone(ctx.text.slice(startOf(maths[j + 1]!, ctx), endOf(maths[j + 1]!, ctx))) && words.join.test(ctx.text.slice(endOf(maths[j]!, ctx), startOf(maths[j + 1]!, ctx)))) j++;
    const afterMath = ctx.text.slice(endOf(maths[j]!, ctx), Math.min(end, endOf(maths[j]!, ctx) + 60));
    const after = afterMath.slice(boundary && j === k ? unitAfterValue(mathText, afterMath, words) : 0).replace(/^[\s*_]+/, '');
    const next = maths[j + 1];
    const joinedToNext = next !== undefined && words.join.test(ctx.text.slice(endOf(maths[j]!, ctx), startOf(next, ctx)));
    const meaningInside = boundary && j === k && arrowMeaning(mathSourceOf(m, ctx).latex) !== null && /^[\s,.;:，。；、]*$/.test(after.slice(0, 1));
    if (boundary && (meaningInside || words.verb.test(after) || words.article.test(after) || (byEquation && (joinedToNext || (!byValue && /^[\s,.;:]*$/.test(after)))))) {
      starts.push(startOf(m, ctx));
      if (byValue) valueItems.add(startOf(m, ctx));
      k = j + 1;
    } else {
      k++;
    }
    prevEnd = endOf(maths[k - 1]!, ctx);
  }
  const out: Variable[] = [];
  starts.forEach((s, i) => {
    let e = i + 1 < starts.length ? starts[i + 1]! : end;
    const segment = ctx.text.slice(s, e);
    const trimmed = segment.replace(words.proseTrail, '').replace(/[.。\s]+$/, '');
    e = s + trimmed.length;
    const read = readDefinition(s, e, ctx, lines, previousSlug, 'prose', undefined, valueItems.has(s));
    if (read && 'symbols' in read) out.push(read);
  });
  // No verb at all: "$P$ valor principal, $i$ taxa, $n$ periodo" (trial 4, K8).
  return out.length > 0 ? out : (readNounRun(start, end, ctx, lines, previousSlug) ?? out);
}


/** One unit: `m`, `kg`, `°C`, `s$^2$`, `m^{-1}`, `%`. */
const UNIT_PART = '(?:°?[A-Za-zµμΩÅ]{1,4}|%)(?:\\$\\^\\{?[-−]?\\d\\}?\\$|\\^\\{?[-−]?\\d\\}?)?';
const UNIT = new RegExp(`^[ \\t]*${UNIT_PART}(?:[ \\t]*[/·⋅.][ \\t]*${UNIT_PART})*(?=[ \\t]+\\S)`, 'u');

/**
 * The length of a unit written after a value ("$g = 9.81$ m/s$^2$ is …", "$L = 0.8$ m is …") when
 * a verb of meaning follows it, else 0.
 */
function unitAfterValue(math: string, after: string, words: ReadingWords): number {
  if (!givesValue(math.replace(/^\$+|\$+$/g, ''))) return 0;
  const unit = UNIT.exec(after);
  if (!unit || words.verb.test(unit[0].trim())) return 0;
  return words.verb.test(after.slice(unit[0].length).replace(/^[\s*_]+/, '')) ? unit[0].length : 0;
}

/** `s = 4\%`, `k := 2`: a simple symbol given a value (its right side holds no other quantity). */
function givesValue(latex: string): boolean {
  const relation = findRelation(latex);
  if (!relation || (relation.op !== '=' && relation.op !== ':=' && relation.op !== '\\coloneqq')) return false;
  const head = latex.slice(0, relation.at).trim();
  return head.length > 0 && head.length <= 30 && !isCompound(head) && /\d/.test(latex.slice(relation.at + relation.length));
}

/** "With $m = 2$ and $a = 9.8$:" — values joined to the end of the sentence, nothing after them (no worked result): each its own item. */
function valuesToEnd(maths: Nodes[], k: number, end: number, ctx: ChunkContext, words: ReadingWords): boolean {
  for (let i = k; i < maths.length; i++) {
    const m = maths[i]!;
    if (!givesValue(ctx.text.slice(startOf(m, ctx), endOf(m, ctx)))) return false;
    const next = maths[i + 1];
    const gap = ctx.text.slice(endOf(m, ctx), next ? startOf(next, ctx) : end);
    if (!next) return /^[\s:.,;。：]*$/.test(gap);
    if (!words.join.test(gap)) return false;
  }
  return false;
}

/** True when the math after `maths[k]`, joined to it by "and" or a comma, is defined by words ("… and $r$ is the rate"). */
function nextDefinedByWords(maths: Nodes[], k: number, end: number, ctx: ChunkContext, words: ReadingWords): boolean {
  const next = maths[k + 1];
  if (!next || !words.join.test(ctx.text.slice(endOf(maths[k]!, ctx), startOf(next, ctx)))) return false;
  if (DEFINING_RELATION.test(ctx.text.slice(startOf(next, ctx), endOf(next, ctx)))) return false;
  const after = ctx.text.slice(endOf(next, ctx), Math.min(end, endOf(next, ctx) + 40)).replace(/^[\s*_]+/, '');
  return words.verb.test(after) || words.article.test(after);
}

/** The math at the very start of a range (after spaces and bold markers), joined by separators. */
function leadingMath(start: number, maths: Nodes[], ctx: ChunkContext): { maths: Nodes[]; restStart: number } {
  const out: Nodes[] = [];
  let cursor = start;
  for (const m of maths) {
    const s = startOf(m, ctx);
    const gap = ctx.text.slice(cursor, s);
    if (out.length === 0 ? !/^[\s*_]*$/.test(gap) : !wordsOf(ctx).join.test(gap)) break;
    out.push(m);
    cursor = endOf(m, ctx);
  }
  return { maths: out, restStart: cursor };
}

/** The list's punctuation after a meaning: "the gas constant, and", "the pressure," (trial 4, K11); a full stop stays. */
const LIST_TRAIL = /(?:\s*[,;，；]\s*(?:(?:and|or)\b\s*)?|\s+(?:and|or))\s*$/i;

/** A Japanese copula closing a meaning ("静電容量である"): the item keeps it, the meaning does not. */
const COPULA_TRAIL = /(?<=\S)(?:である|です|を表す|を表わす|を意味する)[。.]?$/u;

function stripVerb(text: string, ctx: ChunkContext): string {
  return text.replace(/^[\s,;*_]+/, '').replace(wordsOf(ctx).leadingVerb, '').trim().replace(LIST_TRAIL, '').replace(COPULA_TRAIL, '');
}
