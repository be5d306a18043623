/**
 * One section (a heading and what follows it up to the next heading) → its equation drafts.
 *
 * An equation is a display-math block at the section's top level: `$…$` alone on its line(s)
 * (consecutive lines of one paragraph join into one equation), `$$…$$`, `\[…\]` or a fenced
 * ```` ```math ```` block. Its where-definitions are what follows it, up to the next equation:
 * a where-introduction ("Where:") then a list, plain definition lines or a display definition;
 * a prose where-sentence; or a list right after it whose items are all definition-shaped.
 * Anything nested (lists, blockquotes, admonitions, `<details>`) is not an equation, though
 * its math is still checked (see math-spans.ts).
 */
import type { List, Nodes, Paragraph, Root } from 'mdast';
import type { DisplayForm, MathSource, Note, Span, Variable } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { endOf, exactSource, inlineMaths, isClosedFlowMath, isMathCode, markdownSlice, mathsBetween, mathSourceOf, startOf, type ChunkContext } from './mdast-helpers.js';
import { readHeading, type HeadingRead } from './heading.js';
import { displayDefinition, isDefinitionList, readDefinition, readProseDefinitions, readWhereList } from './definitions.js';
import { readWhereTable } from './where-table.js';
import { readingWords } from './language.js';
import { flowForm, inlineForm, logicalLines, textOutside, type Line } from './paragraph-lines.js';

export interface EquationDraft {
  headingLevel: number;
  /** The section heading's number, for the section's first record. */
  headingNumber: number | null;
  name: string;
  nameText: string;
  nameOffset: number;
  /** An explicit `{#id}` (the section's first record only). */
  id: string | null;
  math: MathSource;
  display: DisplayForm;
  variables: Variable[];
  notes: Note[];
  inlineMath: MathSource[];
  positions: { heading: Span; equation: Span; whereList: Span | null };
  /** Offsets of where-list items written without any math. */
  itemsWithoutMath: number[];
}

export interface SectionRead {
  heading: HeadingRead;
  drafts: EquationDraft[];
}

const LEAD_IN = /^[ \t]*(\*\*|__)([^*_\n]{1,100}?)(:?)\1[ \t]*(:?)/;
/** Lead-ins that introduce a formula without naming it ("**Formula:**"): the heading keeps naming it. */
const GENERIC_LEAD_IN = /^(?:the\s+)?(?:(?:general|standard|mathematical|closed|key)\s+)?(?:formula|equation|expression|definition|form|representation|math|latex|example|solution|result|answer|derivation|proof|calculation|computation|statement|relation|identity|rule|law)s?$|^step\s+\d+$/i;
/** A bare LaTeX environment as a paragraph (`\begin{align} … \end{align}`), display math in arithmatex and MathJax. */
const ENVIRONMENT = /^\\begin\{(equation|align|gather|alignat|multline|flalign|eqnarray)(\*?)\}[\s\S]*\\end\{\1\2\}$/;
/** Equations one section makes at most (a flood of display blocks under one heading is not a reference). */
export const MAX_EQUATIONS_PER_SECTION = 200;
/** More math spans than this on one line make a line of prose, not a display equation. */
const MAX_DISPLAY_PIECES = 8;
/** A parenthetical remark after a formula: `$a = \frac{b}{c}$ (for small c)`. */
const PARENTHETICAL = /^[ \t]*[,;]?[ \t]*\((?:[^()\n]|\([^()\n]*\))*\)[ \t]*[.,;]?[ \t]*$/;

/** Joins several math pieces into one LaTeX string (a `gathered` block) with an exact offset map. */
export function joinMath(pieces: MathSource[]): MathSource {
  if (pieces.length === 1) return pieces[0]!;
  let latex = '\\begin{gathered}';
  const map: MathSource['map'] = { pieces: [] };
  pieces.forEach((p, i) => {
    if (i > 0) latex += ' \\\\\n';
    for (const piece of p.map.pieces) map.pieces.push({ at: latex.length + piece.at, offset: piece.offset, length: piece.length });
    latex += p.latex;
  });
  latex += '\\end{gathered}';
  return { latex, map };
}

export function readSection(tree: Root, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): SectionRead | null {
  const first = tree.children[0];
  if (!first || first.type !== 'heading') return null;
  const heading = readHeading(first, ctx);
  const headingSpan = lines.span(startOf(first, ctx), endOf(first, ctx));
  const drafts: EquationDraft[] = [];
  // Where-introductions ("where:", "où :", "其中：") in the document's language (language.ts), matched on a trimmed line.
  const words = ctx.words ?? readingWords(undefined);
  ctx.maths = inlineMaths(tree);

  /** Equations waiting for definitions: the last one, or a run of consecutive ones. */
  let current: EquationDraft[] = [];
  let lastWasEquation = false;
  /**
   * What the next block means: 'after' an equation (a definition-shaped list defines it),
   * 'intro' after "Where:" (a list, lines or a display definition), 'defs' after definitions
   * (more lists or lines; display math is a new equation), 'none'.
   */
  const state: { mode: 'none' | 'after' | 'intro' | 'defs' } = { mode: 'none' };
  const pieces = new Map<EquationDraft, MathSource[]>();
  let leadIn: { name: string; nameText: string; offset: number } | null = null;
  let detailsDepth = 0;

  const startEquation = (sources: MathSource[], display: DisplayForm, start: number, end: number): void => {
    // Past the bound, display math is still checked (math-spans.ts) but makes no more records.
    if (drafts.length >= MAX_EQUATIONS_PER_SECTION) return;
    const ordinal = drafts.length + 1;
    let name = heading.name;
    let nameText = heading.nameText;
    let nameOffset = heading.nameOffset;
    if (leadIn) ({ name, nameText, offset: nameOffset } = leadIn);
    else if (ordinal > 1) {
      name = `${heading.name} (${ordinal})`;
      nameText = `${heading.nameText} (${ordinal})`;
    }
    const draft: EquationDraft = {
      headingLevel: heading.level,
      headingNumber: ordinal === 1 ? heading.number : null,
      name,
      nameText,
      nameOffset,
      id: ordinal === 1 ? heading.id : null,
      math: joinMath(sources),
      display: sources.length > 1 && display === 'dollar' ? 'dollar-lines' : display,
      variables: [],
      notes: [],
      inlineMath: ordinal === 1 ? inlineMaths(first).map((m) => mathSourceOf(m, ctx)) : [],
      positions: { heading: headingSpan, equation: lines.span(start, end), whereList: null },
      itemsWithoutMath: [],
    };
    drafts.push(draft);
    pieces.set(draft, [...sources]);
    if (lastWasEquation) current.push(draft);
    else current = [draft];
    lastWasEquation = true;
    state.mode = 'after';
    leadIn = null;
  };
  /** Adds display pieces to the equation just started (consecutive `$…$` lines). */
  const extendEquation = (src: MathSource, end: number): void => {
    const draft = drafts[drafts.length - 1]!;
    // Joined once, when the section is read (joining at every line would be quadratic).
    pieces.get(draft)!.push(src);
    if (draft.display === 'dollar') draft.display = 'dollar-lines';
    draft.positions.equation = lines.span(draft.positions.equation.start.offset, end);
  };
  const define = (read: { variables: Variable[]; notes: Note[]; itemsWithoutMath: number[] }, start: number, end: number, maths: Nodes[]): void => {
    for (const draft of current) {
      for (const v of read.variables) draft.variables.push(v);
      for (const n of read.notes) draft.notes.push(n);
      const span = draft.positions.whereList;
      draft.positions.whereList = lines.span(span ? span.start.offset : start, end);
    }
    const owner = current[current.length - 1]!;
    for (const at of read.itemsWithoutMath) owner.itemsWithoutMath.push(at);
    for (const m of maths) owner.inlineMath.push(mathSourceOf(m, ctx));
  };
  const openWhere = (start: number): void => {
    for (const draft of current) if (!draft.positions.whereList) draft.positions.whereList = lines.span(start, start);
    state.mode = 'intro';
  };

  const rest = tree.children.slice(1);
  for (let k = 0; k < rest.length; k++) {
    const node = rest[k]!;
    if (node.type === 'thematicBreak') continue;
    if (node.type === 'html') {
      const value = node.value;
      if (/^\s*<!--/.test(value)) continue;
      detailsDepth = Math.max(0, detailsDepth + (value.match(/<details\b/gi)?.length ?? 0) - (value.match(/<\/details\s*>/gi)?.length ?? 0));
      lastWasEquation = false;
      continue;
    }
    if (detailsDepth > 0) continue;
    const start = startOf(node, ctx);
    const end = endOf(node, ctx);
    if (node.type === 'math' || isMathCode(node)) {
      if (!isClosedFlowMath(node, ctx)) {
        // Reported as unclosed-math by the parser; what it swallowed is no equation.
        state.mode = 'none';
        lastWasEquation = false;
        continue;
      }
      const src = mathSourceOf(node, ctx);
      if (state.mode === 'intro' && current.length > 0) {
        const variable = displayDefinition(src, lines.span(start, end), previousSlug);
        if (variable) {
          define({ variables: [variable], notes: [], itemsWithoutMath: [] }, start, end, []);
          state.mode = 'defs';
          continue;
        }
      }
      startEquation([src], flowForm(node, ctx), start, end);
      continue;
    }
    if (node.type === 'paragraph') {
      readParagraph(node);
      continue;
    }
    if (node.type === 'list') {
      const lists: List[] = [node];
      // Switching bullet characters (`*` then `+`) starts a new list in CommonMark: read them all.
      while (rest[k + 1]?.type === 'list') lists.push(rest[++k] as List);
      if (current.length > 0 && (state.mode === 'intro' || state.mode === 'defs' || (state.mode === 'after' && isDefinitionList(lists, ctx)))) {
        if (state.mode === 'after') openWhere(start);
        const read = readWhereList(lists, ctx, lines, previousSlug);
        define(read, start, endOf(lists[lists.length - 1]!, ctx), lists.flatMap((l) => inlineMaths(l)));
      }
      state.mode = 'none';
      leadIn = null;
      lastWasEquation = false;
      continue;
    }
    state.mode = 'none';
    leadIn = null;
    lastWasEquation = false;
  }

  function readParagraph(p: Paragraph): void {
    const pStart = startOf(p, ctx);
    const pEnd = endOf(p, ctx);
    if (ENVIRONMENT.test(ctx.text.slice(pStart, pEnd).trim())) {
      startEquation([exactSource(ctx.text, pStart, pEnd)], 'double-dollar', pStart, pEnd);
      return;
    }
    if (current.length > 0 && state.mode !== 'none') {
      const table = readWhereTable(p, ctx, lines, previousSlug, state.mode !== 'after');
      if (table) {
        if (state.mode === 'after') openWhere(pStart);
        define({ variables: table, notes: [], itemsWithoutMath: [] }, pStart, pEnd, inlineMaths(p));
        state.mode = 'defs';
        lastWasEquation = false;
        return;
      }
    }
    const paragraphLines = logicalLines(p, ctx);
    let keepLeadIn = false;
    for (let i = 0; i < paragraphLines.length; i++) {
      let line = paragraphLines[i]!;
      const outside = textOutside(line, ctx);
      const firstMath = line.maths[0];
      // Math alone on its line, or one formula followed by a parenthetical remark (whose math is prose).
      const remark = firstMath ? PARENTHETICAL.exec(ctx.text.slice(endOf(firstMath, ctx), line.end)) : null;
      if (remark && firstMath) line = { ...line, maths: [firstMath] };
      const isDisplay =
        firstMath !== undefined &&
        startOf(firstMath, ctx) === line.start &&
        (remark !== null || /^[\s,.;]*$/.test(outside)) &&
        line.maths.length <= MAX_DISPLAY_PIECES &&
        line.maths.every((m) => m.type === 'inlineMath' && (displayAllowed(i) || inlineForm(m, ctx) !== 'dollar'));
      if (isDisplay) {
        if ((state.mode === 'intro' || state.mode === 'defs') && current.length > 0) {
          const variable = (state.mode === 'intro' && line.maths.length === 1 ? displayDefinition(mathSourceOf(firstMath, ctx), lines.span(line.start, line.end), previousSlug) : null) ?? readLineDefinition(line);
          if (variable) {
            define({ variables: [variable], notes: [], itemsWithoutMath: [] }, line.start, line.end, line.maths);
            state.mode = 'defs';
            continue;
          }
        }
        line.maths.forEach((m, k) => {
          const src = mathSourceOf(m, ctx);
          // Several spans on one line, or consecutive `$…$` lines, are one equation (a `gathered` block).
          if (k > 0 || (lastWasEquation && drafts.length > 0 && i > 0)) extendEquation(src, endOf(m, ctx));
          else {
            // `\[ x \]` and `$$x … y$$` on content lines were rewritten to ` $x … y$ `: the
            // equation's span covers the author's two-character delimiters again.
            const rewritten = ctx.bracketDisplays.has(startOf(m, ctx)) || ctx.dollarDisplays.has(startOf(m, ctx)) ? 1 : 0;
            startEquation([src], inlineForm(m, ctx), startOf(m, ctx) - rewritten, endOf(m, ctx) + rewritten);
          }
        });
        continue;
      }
      const plain = outside.replace(/[*_]/g, '');
      if (line.maths.length === 0 && (words.whereIntro.test(plain.trim()) || (i === paragraphLines.length - 1 && words.whereIntroSentence.test(plain)))) {
        if (current.length > 0) openWhere(line.start);
        lastWasEquation = false;
        continue;
      }
      lastWasEquation = false;
      const prose = words.proseWhere.exec(ctx.text.slice(line.start, line.end));
      if (prose && current.length > 0 && line.maths.length > 0) {
        const variables = readProseDefinitions(line.start + prose[0].length, endOf(p, ctx), ctx, lines, previousSlug);
        if (variables.length > 0) {
          openWhere(line.start);
          define({ variables, notes: [], itemsWithoutMath: [] }, line.start, endOf(p, ctx), mathsBetween(ctx, line.start, endOf(p, ctx)));
          state.mode = 'none';
          return;
        }
      }
      if ((state.mode === 'intro' || state.mode === 'defs') && current.length > 0) {
        const variable = readLineDefinition(line);
        if (variable) {
          define({ variables: [variable], notes: [], itemsWithoutMath: [] }, line.start, line.end, line.maths);
          state.mode = 'defs';
          continue;
        }
      }
      if (i === 0) {
        const lead = LEAD_IN.exec(ctx.text.slice(line.start, line.end));
        if (lead && (lead[3] || lead[4]) && !GENERIC_LEAD_IN.test(lead[2]!.trim())) {
          const nameStart = line.start + lead[0].indexOf(lead[2]!);
          const nameEnd = nameStart + lead[2]!.length;
          const name = markdownSlice(nameStart, nameEnd, line.maths, ctx).trimEnd().replace(/:$/, '').trim();
          leadIn = { name, nameText: name.replace(/[$*_`]/g, '').replace(/\s+/g, ' ').trim() || name, offset: nameStart };
          keepLeadIn = true;
          continue;
        }
      }
      if (!keepLeadIn) leadIn = null;
      if (state.mode !== 'intro') state.mode = 'none';
    }

    /** Single-dollar math alone on a line is display at a paragraph's start, after a display line, or after a line ending in a colon. */
    function displayAllowed(i: number): boolean {
      if (i === 0) return true;
      const prev = paragraphLines[i - 1]!;
      return lastWasEquation || ctx.text.slice(prev.start, prev.end).trimEnd().endsWith(':');
    }
  }

  function readLineDefinition(line: Line): Variable | null {
    const read = readDefinition(line.start, line.end, ctx, lines, previousSlug, 'line');
    return read && 'symbols' in read ? read : null;
  }

  for (const draft of drafts) {
    const all = pieces.get(draft)!;
    if (all.length > 1) draft.math = joinMath(all);
  }
  return { heading, drafts };
}

