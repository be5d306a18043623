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
import type { ContentBlock, DisplayForm, MathSource, Note, Span, Variable } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { isDefinitionsOnly } from './macro-definitions.js';
import { endOf, exactSource, inlineMaths, isClosedFlowMath, isMathCode, markdownSlice, mathsBetween, mathSourceOf, startOf, type ChunkContext } from './mdast-helpers.js';
import { readHeading, type HeadingRead } from './heading.js';
import { displayDefinition, isDefinitionList, readDefinition, readProseDefinitions, readWhereList } from './definitions.js';
import { readWhereTable } from './where-table.js';
import { readingWords } from './language.js';
import { flowForm, inlineForm, logicalLines, textOutside, type Line } from './paragraph-lines.js';
import { markProse, readAfterParagraph, readBeforeText, sentences } from './prose-definitions.js';
import { sectionContent, type Range } from './section-content.js';
import { equationLabel } from './equation-labels.js';
import { withoutLabels } from './math-labels.js';
import { isWorkedSubstitution, joinsPrevious } from './record-rules.js';
import { splitAtBlankLines } from './contained-math.js';
import { formulaCallout, type FormulaCallout } from './callouts.js';

export interface EquationDraft {
  headingLevel: number;
  /** The section heading's number, for the section's first record. */
  headingNumber: number | null;
  name: string;
  nameText: string;
  nameOffset: number;
  /** An explicit `{#id}` (the section's first record only). */
  id: string | null;
  /** The formula's own label (`\\label`, MyST, Quarto…), made URL-safe: references resolve by it even where a heading's `{#id}` names the URL. */
  label: string | null;
  math: MathSource;
  display: DisplayForm;
  variables: Variable[];
  notes: Note[];
  inlineMath: MathSource[];
  positions: { heading: Span; equation: Span; whereList: Span | null };
  /** Offsets of where-list items written without any math. */
  itemsWithoutMath: number[];
  /** The section's other content that belongs to this equation (section-content.ts). */
  content: ContentBlock[];
}

export interface SectionRead {
  heading: HeadingRead;
  drafts: EquationDraft[];
}

/** `**Name:**`, `**Name**:`, and `**Name** (a gloss):` */
const LEAD_IN = /^[ \t]*(\*\*|__)([^*_\n]{1,100}?)(:?)\1[ \t]*(?:\([^()\n]{0,200}\)[ \t]*)?(:?)/;
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
  let macroError: MathSource['macroError'];
  pieces.forEach((p, i) => {
    if (i > 0) latex += ' \\\\\n';
    for (const piece of p.map.pieces) map.pieces.push({ at: latex.length + piece.at, offset: piece.offset, length: piece.length });
    if (p.macroError && !macroError) macroError = { at: latex.length + p.macroError.at, message: p.macroError.message };
    latex += p.latex;
  });
  latex += '\\end{gathered}';
  return macroError ? { latex, map, macroError } : { latex, map };
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
  let calloutTitle: FormulaCallout | null = null;
  /** The prose lines right before the next block, when they may introduce a formula (prose-definitions.ts). */
  let proseBefore: { start: number; end: number } | null = null;
  const introducedBy = new Map<EquationDraft, { start: number; end: number }>();
  /** The section's blocks, and what of them is formula, definitions or a lead-in (the rest is content). */
  const blocks: Range[] = [];
  const used: Range[] = [];

  const startEquation = (sources: MathSource[], display: DisplayForm, start: number, end: number): void => {
    // Past the bound, display math is still checked (math-spans.ts) but makes no more records.
    if (drafts.length >= MAX_EQUATIONS_PER_SECTION) return;
    const ordinal = drafts.length + 1;
    const label = equationLabel(ctx, start, end);
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
      headingNumber: (ordinal === 1 ? heading.number : null) ?? label.number,
      name,
      nameText,
      nameOffset,
      id: (ordinal === 1 ? heading.id : null) ?? label.id,
      label: label.id,
      math: joinMath(sources),
      display: sources.length > 1 && display === 'dollar' ? 'dollar-lines' : display,
      variables: [],
      notes: [],
      inlineMath: ordinal === 1 ? inlineMaths(first).map((m) => mathSourceOf(m, ctx)) : [],
      positions: { heading: headingSpan, equation: lines.span(start, end), whereList: null },
      itemsWithoutMath: [],
      content: [],
    };
    drafts.push(draft);
    pieces.set(draft, [...sources]);
    if (proseBefore && !lastWasEquation) introducedBy.set(draft, proseBefore);
    proseBefore = null;
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
    if (node.type !== 'paragraph' && node.type !== 'math' && !isMathCode(node)) proseBefore = null;
    if (node.type === 'thematicBreak') continue;
    if (node.type !== 'html' || !/^\s*<!--/.test(node.value)) blocks.push({ start: startOf(node, ctx), end: endOf(node, ctx) });
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
        used.push({ start, end });
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
          proseBefore = null;
          continue;
        }
      }
      if (substitution(src.latex)) {
        lastWasEquation = false;
        continue;
      }
      const parts = isMystMath(node) ? splitAtBlankLines(src) : [src];
      if (parts.length > 1) {
        // Each equation of a MyST math block is its own record; the block's label names the first.
        parts.forEach((part, n) => {
          const first = part.map.pieces[0]?.offset ?? start;
          const last = part.map.pieces[part.map.pieces.length - 1];
          startEquation([part], flowForm(node, ctx), n === 0 ? start : first, last ? last.offset + last.length : end);
        });
        continue;
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
    if (node.type === 'blockquote') {
      const callout = formulaCallout(node, ctx);
      if (callout) {
        // A titled callout presenting a formula: its content is read as the section's, the title naming the formula.
        rest.splice(k + 1, 0, ...node.children);
        calloutTitle = callout;
        state.mode = 'none';
        lastWasEquation = false;
        continue;
      }
    }
    state.mode = 'none';
    leadIn = null;
    lastWasEquation = false;
  }

  function readParagraph(p: Paragraph): void {
    const pStart = startOf(p, ctx);
    const pEnd = endOf(p, ctx);
    /** Prose paragraph right before this one: it introduces a formula on this paragraph's first line. */
    const previousProse = proseBefore;
    proseBefore = null;
    if (ENVIRONMENT.test(ctx.text.slice(pStart, pEnd).trim())) {
      proseBefore = previousProse;
      // No delimiters to hold to the format's `$…$` (display-delimiters), like a fenced block.
      startEquation([withoutLabels(exactSource(ctx.text, pStart, pEnd))], 'fenced', pStart, pEnd);
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
      if (i === 0 && calloutTitle?.paragraph === p) {
        leadIn = calloutTitle.lead;
        keepLeadIn = true;
        continue;
      }
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
        !definitionTerm(i) &&
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
        if (i === 0) proseBefore = previousProse;
        line.maths.forEach((m, k) => {
          const src = mathSourceOf(m, ctx);
          // Several `$…$` spans on one line, or consecutive `$…$` lines, are one equation (a `gathered` block).
          const previous = drafts[drafts.length - 1];
          if ((k > 0 || (lastWasEquation && i > 0)) && previous && joinsPrevious(previous.display, inlineForm(m, ctx))) extendEquation(src, endOf(m, ctx));
          else if (substitution(src.latex)) lastWasEquation = false;
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
        // The where-sentence ends at its full stop; later sentences of the paragraph define only what the formula uses.
        const sentenceEnd = sentences(line.start, pEnd, ctx)[0]?.end ?? pEnd;
        const variables = readProseDefinitions(line.start + prose[0].length, sentenceEnd, ctx, lines, previousSlug).map(markProse);
        if (variables.length > 0) {
          const more = readAfterParagraph(sentenceEnd + 1, pEnd, currentFormula(), ctx, lines, previousSlug);
          variables.push(...more.variables);
          const to = more.used.length > 0 ? more.used[more.used.length - 1]!.end : sentenceEnd;
          openWhere(line.start);
          const maths = [...mathsBetween(ctx, line.start, to), ...more.defining.filter((x) => x.start >= to).flatMap((x) => mathsBetween(ctx, x.start, x.end))];
          define({ variables, notes: [], itemsWithoutMath: [] }, line.start, to, maths);
          state.mode = 'none';
          return;
        }
      }
      if (labelledFormula(line)) continue;
      if (ctx.dialect === 'obsidian' && obsidianDisplay(line, p)) return;
      if ((state.mode === 'intro' || state.mode === 'defs') && current.length > 0) {
        const variable = readLineDefinition(line);
        if (variable) {
          define({ variables: [variable], notes: [], itemsWithoutMath: [] }, line.start, line.end, line.maths);
          state.mode = 'defs';
          continue;
        }
      }
      if (i === 0 && state.mode === 'after' && current.length > 0 && !paragraphLines.some((l) => l.maths.length > 0 && startOf(l.maths[0]!, ctx) === l.start && /^[\s,.;]*$/.test(textOutside(l, ctx)))) {
        // A sentence after the formula that defines without "where" ("$F$ is the force …", "Here, $k$ is …").
        const read = readAfterParagraph(pStart, pEnd, currentFormula(), ctx, lines, previousSlug);
        if (read.variables.length > 0) {
          // The where-list span covers the sentences that are only definitions; the others stay content.
          const from = read.used[0]?.start ?? pStart;
          const to = read.used[read.used.length - 1]?.end ?? pStart;
          define({ variables: read.variables, notes: [], itemsWithoutMath: [] }, from, to, read.defining.flatMap((x) => mathsBetween(ctx, x.start, x.end)));
          state.mode = 'none';
          return;
        }
      }
      if (i === 0) {
        const lead = LEAD_IN.exec(ctx.text.slice(line.start, line.end));
        if (lead && (lead[3] || lead[4]) && !GENERIC_LEAD_IN.test(lead[2]!.trim())) {
          const nameStart = line.start + lead[0].indexOf(lead[2]!);
          const nameEnd = nameStart + lead[2]!.length;
          const name = markdownSlice(nameStart, nameEnd, line.maths, ctx).trimEnd().replace(/:$/, '').trim();
          leadIn = { name, nameText: name.replace(/[$*_`]/g, '').replace(/\s+/g, ' ').trim() || name, offset: nameStart };
          // The bold label is the name; a gloss after it ("**Binomial** ($n$ trials, …):") stays on the page.
          const gloss = /\([^()\n]{0,200}\)[ \t]*:?$/.exec(lead[0]);
          used.push({ start: line.start, end: line.start + lead[0].length - (gloss ? gloss[0].length : 0) });
          keepLeadIn = true;
          continue;
        }
      }
      if (!keepLeadIn) leadIn = null;
      if (state.mode !== 'intro') state.mode = 'none';
      proseBefore = { start: (proseBefore as { start: number } | null)?.start ?? line.start, end: line.end };
    }

    /** A pandoc definition list's term (`$N$` then `:   population size`): a definition, no equation. */
    function definitionTerm(i: number): boolean {
      const next = paragraphLines[i + 1];
      return next !== undefined && /^[ \t]*:[ \t]/.test(ctx.text.slice(next.start, next.end));
    }

    /** Single-dollar math alone on a line is display at a paragraph's start, after a display line, or after a line ending in a colon. */
    function displayAllowed(i: number): boolean {
      if (i === 0) return true;
      const prev = paragraphLines[i - 1]!;
      return lastWasEquation || ctx.text.slice(prev.start, prev.end).trimEnd().endsWith(':');
    }
  }

  /**
   * `**Kinetic energy:** $$K = \tfrac12 mv^2$$`: a bold label, then one formula and nothing
   * else on the line, is an equation named by the label (a generic label such as "Formula:"
   * leaves the heading's name). Single dollars count when the formula is a relation and no
   * where-list is being read (there `**Mass:** $m$` is a definition).
   */
  function labelledFormula(line: Line): boolean {
    if (line.maths.length !== 1) return false;
    const m = line.maths[0]!;
    const lead = LEAD_IN.exec(ctx.text.slice(line.start, line.end));
    if (!lead || !(lead[3] || lead[4])) return false;
    const mStart = startOf(m, ctx);
    const mEnd = endOf(m, ctx);
    if (ctx.text.slice(line.start + lead[0].length, mStart).trim() !== '' || !/^[\s.,;]*$/.test(ctx.text.slice(mEnd, line.end))) return false;
    const form = m.type === 'inlineMath' ? inlineForm(m, ctx) : flowForm(m, ctx);
    const src = mathSourceOf(m, ctx);
    if (form === 'dollar' && (state.mode === 'intro' || state.mode === 'defs' || !/=|\\(?:approx|equiv|propto|le|ge|leq|geq|sim)(?![A-Za-z])|[<>]/.test(src.latex))) return false;
    if (substitution(src.latex)) return true;
    const label = lead[2]!.trim();
    if (!GENERIC_LEAD_IN.test(label)) {
      const nameStart = line.start + lead[0].indexOf(lead[2]!);
      const name = markdownSlice(nameStart, nameStart + lead[2]!.length, [], ctx).trimEnd().replace(/:$/, '').trim();
      leadIn = { name, nameText: name.replace(/[$*_`]/g, '').replace(/\s+/g, ' ').trim() || name, offset: nameStart };
    }
    const rewritten = ctx.bracketDisplays.has(mStart) || ctx.dollarDisplays.has(mStart) ? 1 : 0;
    startEquation([src], form, mStart - rewritten, mEnd + rewritten);
    return true;
  }

  /**
   * Obsidian shows `$$…$$` as display math wherever it stands: inside a sentence it is an
   * equation, and a where-clause after it on its paragraph defines it. True when the line had one
   * (the rest of the paragraph is read).
   */
  function obsidianDisplay(line: Line, p: Paragraph): boolean {
    const shown = line.maths.filter((m) => m.type === 'inlineMath' && inlineForm(m, ctx) === 'double-dollar' && !ctx.parenInlines.has(startOf(m, ctx)));
    if (shown.length === 0) return false;
    for (const m of shown) {
      const rewritten = ctx.dollarDisplays.has(startOf(m, ctx)) ? 1 : 0;
      startEquation([mathSourceOf(m, ctx)], 'double-dollar', startOf(m, ctx) - rewritten, endOf(m, ctx) + rewritten);
    }
    const after = endOf(shown[shown.length - 1]!, ctx);
    const where = /^[\s,.;:]*(?:where|here|in which|with)\b[\s:,]*/i.exec(ctx.text.slice(after, endOf(p, ctx)));
    if (where) {
      const from = after + where[0].length;
      const variables = readProseDefinitions(from, endOf(p, ctx), ctx, lines, previousSlug);
      if (variables.length > 0) {
        openWhere(after);
        define({ variables, notes: [], itemsWithoutMath: [] }, after, endOf(p, ctx), mathsBetween(ctx, from, endOf(p, ctx)));
      }
    }
    state.mode = 'none';
    return true;
  }

  /** A worked numeric substitution of an earlier equation (record-rules.ts); a numbered heading's first formula is its equation unless it computes a result. */
  function substitution(latex: string): boolean {
    // A block of macro definitions (the document's preamble, macros.ts) is no equation either.
    if (ctx.macros && isDefinitionsOnly(latex)) return true;
    return isWorkedSubstitution(latex, () => [...(ctx.earlier ?? []), ...drafts.map((d) => d.math.latex)], drafts.length === 0 && heading.number !== null);
  }

  function isMystMath(node: Nodes): boolean {
    return node.type === 'code' && (node.lang ?? '').toLowerCase() === '{math}';
  }

  /** The LaTeX of the equations waiting for definitions, for prose-definitions.ts to check a symbol is used. */
  function currentFormula(): string {
    return current.map((d) => pieces.get(d)!.map((x) => x.latex).join(' ')).join(' ');
  }

  function readLineDefinition(line: Line): Variable | null {
    const read = readDefinition(line.start, line.end, ctx, lines, previousSlug, 'line');
    return read && 'symbols' in read ? read : null;
  }

  for (const draft of drafts) {
    const all = pieces.get(draft)!;
    if (all.length > 1) draft.math = joinMath(all);
    const intro = introducedBy.get(draft);
    if (intro) introduceDefinitions(draft, intro);
    const { equation, whereList } = draft.positions;
    used.push({ start: equation.start.offset, end: equation.end.offset });
    if (whereList) used.push({ start: whereList.start.offset, end: whereList.end.offset });
  }
  const equations = drafts.map((d) => ({ start: d.positions.equation.start.offset, end: d.positions.equation.end.offset }));
  for (const { equation, block } of sectionContent(blocks, used, equations, ctx.text, lines)) drafts[equation]!.content.push(block);
  return { heading, drafts };

  /** Definitions in the prose that introduces a formula (prose-definitions.ts), before its own, for symbols it does not define. */
  function introduceDefinitions(draft: EquationDraft, range: { start: number; end: number }): void {
    const defined = new Set(draft.variables.flatMap((v) => v.symbols.map((x) => x.replace(/\s+/g, ''))));
    const read = readBeforeText(range.start, range.end, draft.math.latex, ctx, lines, previousSlug).filter((v) => v.symbols.every((x) => !defined.has(x.replace(/\s+/g, ''))));
    if (read.length === 0) return;
    draft.variables.unshift(...read);
    for (const m of mathsBetween(ctx, range.start, range.end)) draft.inlineMath.push(mathSourceOf(m, ctx));
  }
}

