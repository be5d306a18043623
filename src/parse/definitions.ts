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
import type { Nodes } from 'mdast';
import type { MathSource, Note, Span, Variable } from '../types.js';
import { fileOffsetOf, type LineIndex } from '../diagnostics/positions.js';
import { endOf, markdownSlice, mathsBetween, mathSourceOf, startOf, type ChunkContext } from './mdast-helpers.js';
import { findRelation, isCompound, splitTopLevelCommas } from './latex-split.js';
import { readingWords, type ReadingWords } from './language.js';
import { arrowMeaning, endsWithArrow, symbolPart } from './definition-symbols.js';
import { definesByEquation, givesValue, unitAfterValue } from './definition-values.js';

export const wordsOf = (ctx: ChunkContext): ReadingWords => ctx.words ?? readingWords(undefined);

/** Text allowed between joined symbols: `$a$, $b$ and $c$`, bold markers around them. */
const INHERITED = /\b(?:(?:are|is|as)\s+)?(?:defined\s+)?(?:as\s+)?(?:above|before|previously|earlier)\b/i;
const PLAIN_SYMBOL = /^\s*([A-Za-z][A-Za-z0-9_']{0,15})\s+(?=(?:is|are|denotes|represents|=)\b|=)/;
/** 「- m —— 质量」, 「- v：速度」: a short symbol, then the Chinese dash or a full-width colon. */
const PLAIN_SYMBOL_CJK = /^\s*([A-Za-z](?:_?[A-Za-z0-9]{1,2})?)\s*(?=——|：)/;

export type Mode = 'item' | 'line' | 'prose';

/** Definitions read from an item written without dollar signs (`A is the area`). */
const withoutMath = new WeakSet<Variable>();

/** True when a definition was read from an item written without dollar signs (a format warning). */
export function readWithoutMath(v: Variable): boolean {
  return withoutMath.has(v);
}

/** Reads one definition from the source range [start, end). */
/** `value`: a prose item that is a value joined to a symbol defined by words (readProseDefinitions), read as its definition. */
export function readDefinition(start: number, end: number, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null, mode: Mode, position?: Span, value = false): Variable | Note | null {
  const span = position ?? lines.span(start, end);
  const maths = mathsBetween(ctx, start, end);
  const markdown = markdownSlice(start, end, maths, ctx);
  const leading = leadingMath(start, maths, ctx);
  if (leading.maths.length === 0) {
    if (mode !== 'item') return null;
    const plain = maths.length === 0 ? (PLAIN_SYMBOL.exec(markdown) ?? PLAIN_SYMBOL_CJK.exec(markdown)) : null;
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
  const variable: Variable = { symbols, symbolSources, description: withoutHighlights(description), item, position };
  if (definedAs !== undefined) variable.definedAs = definedAs;
  if (INHERITED.test(description) && description.length < 60) variable.inherited = { from: previousSlug };
  return variable;
}

/**
 * Marks that are no part of a meaning: Obsidian's `==highlight==` ("the ==resistivity==" → "the
 * resistivity", trial 6 N6), a wiki link (`[[Voltage\|voltage]]` → "voltage",
 * `[[Current]]` → "Current"), and a trailing membership of another symbol ("the slit width and
 * $q \in \mathbb{Z}$" → "the slit width", trial 9).
 */
function withoutHighlights(text: string): string {
  let out = text.includes('==') ? text.replace(/==(?=\S)([^=\n]+?)(?<=\S)==/g, '$1') : text;
  if (out.includes('[[')) out = out.replace(/\[\[([^[\]|\n]+?)(?:\\?\|([^[\]\n]+?))?\]\]/g, (_m, target: string, alias?: string) => (alias ?? target).trim());
  return out.replace(/[\s,;]+(?:and|e|y|et|und)\s+\$[^$\n]*\\in\b[^$\n]*\$[\s.,;]*$/u, '');
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

/** The math at the very start of a range (after spaces and bold markers), joined by separators. */
export function leadingMath(start: number, maths: Nodes[], ctx: ChunkContext): { maths: Nodes[]; restStart: number } {
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
