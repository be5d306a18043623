/**
 * The state of reading one section and the steps every block reader shares: start an equation
 * (named by the heading, a lead-in or a callout title), extend it, give definitions to the
 * equations waiting for them (the last one or a run), open a where-list; and, when the section
 * is read, the definitions of the prose that introduced each formula and the section's other
 * content (section-content.ts).
 */
import type { Heading, Nodes } from 'mdast';
import type { DisplayForm, MathSource, Note, Span, Variable } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { endOf, inlineMaths, mathsBetween, mathSourceOf, startOf, type ChunkContext } from './mdast-helpers.js';
import { readHeading, type HeadingRead } from './heading.js';
import { displayDefinition, displayDefinitions, readDefinition } from './definitions.js';
import { readingWords, type ReadingWords } from './language.js';
import type { Line } from './paragraph-lines.js';
import { readBeforeText } from './prose-definitions.js';
import { sectionContent, type Range } from './section-content.js';
import { equationLabel } from './equation-labels.js';
import { isNumberOnly, isWorkedSubstitution } from './record-rules.js';
import { isRepeat } from './commentary.js';
import { isDefinitionsOnly } from './macro-definitions.js';
import type { FormulaCallout } from './callouts.js';
import { displayRowDefinitions } from './display-rows.js';
import { joinMath, MAX_EQUATIONS_PER_SECTION, type EquationDraft, type SectionRead } from './section-draft.js';
import { runsOf } from './runs.js';
import { markAfterProse, markAfterSentence, withoutProseRepeats } from './definitions-run.js';
import { namedLastLine } from './prose-naming.js';
import { italicLetterLine } from './prose-plain-symbols.js';
import { plainLineDefinition } from './plain-symbol-lines.js';

/**
 * What the next block means: 'after' an equation (a definition-shaped list defines it),
 * 'intro' after "Where:" (a list, lines or a display definition), 'defs' after definitions
 * (more lists or lines; display math is a new equation), 'none'.
 */
export type ReadMode = 'none' | 'after' | 'intro' | 'defs';

/** A bold label naming the next formula (`**Kinetic energy:**`). */
export interface LeadIn {
  name: string;
  nameText: string;
  offset: number;
}

export class SectionReader {
  readonly heading: HeadingRead;
  readonly drafts: EquationDraft[] = [];
  /** Where-introductions ("where:", "où :", "其中：") in the document's language (language.ts), matched on a trimmed line. */
  readonly words: ReadingWords;
  /** Equations waiting for definitions: the last one, or a run of consecutive ones. */
  current: EquationDraft[] = [];
  lastWasEquation = false;
  mode: ReadMode = 'none';
  leadIn: LeadIn | null = null;
  calloutTitle: FormulaCallout | null = null;
  /** The block after the one being read is display math (a bold label alone on its line names it). */
  displayNext = false;
  /** The block being read stands in a box that presents formulas (a blockquote, `<details>`): a repeat there is no record. */
  contained = false;
  /** Definitions a formula sheet's lead-in clause gave the formula on the next line (formula-sheet.ts). */
  pendingDefinitions: { variables: Variable[]; maths: Nodes[] } | null = null;
  /** Where a lead-in ending in a colon right after the formula starts ("Here:", "让我们来拆解这个公式："): a list of symbols after it is the formula's where-list. */
  colonLeadIn: number | null = null;
  /** A numbered list item came since the last formula: the next formula starts a run of its own (runs.ts). */
  newRunNext = false;
  /** The prose lines right before the next block, when they may introduce a formula (prose-definitions.ts). */
  proseBefore: Range | null = null;
  /** The section's blocks, and what of them is formula, definitions or a lead-in (the rest is content). */
  readonly blocks: Range[] = [];
  readonly used: Range[] = [];
  private readonly headingSpan: Span;
  private readonly pieces = new Map<EquationDraft, MathSource[]>();
  private readonly introducedBy = new Map<EquationDraft, Range>();

  /**
   * `first`: the section's heading; or, for a document with no heading at all, the heading its
   * equations are named by (the document's title, parse.ts), which has no node and sits at 0.
   */
  constructor(
    private readonly first: Heading | HeadingRead,
    readonly ctx: ChunkContext,
    readonly lines: LineIndex,
    readonly previousSlug: string | null,
  ) {
    if ('type' in first) {
      this.heading = readHeading(first, ctx);
      this.headingSpan = lines.span(startOf(first, ctx), endOf(first, ctx));
    } else {
      this.heading = first;
      this.headingSpan = lines.span(first.nameOffset, first.nameOffset);
    }
    this.words = ctx.words ?? readingWords(undefined);
  }

  startEquation(sources: MathSource[], display: DisplayForm, start: number, end: number): void {
    // Past the bound, display math is still checked (math-spans.ts) but makes no more records.
    if (this.drafts.length >= MAX_EQUATIONS_PER_SECTION) return;
    if (sources.every((s) => !s.latex.trim())) {
      // An empty `$$ $$` (an author's leftover, trial 3 H8) typesets nothing: no equation, no page.
      this.used.push({ start, end });
      this.lastWasEquation = false;
      return;
    }
    const { heading, ctx } = this;
    const ordinal = this.drafts.length + 1;
    const label = equationLabel(ctx, start, end);
    let name = heading.name;
    let nameText = heading.nameText;
    let nameOffset = heading.nameOffset;
    // A generic label (`**Base Formula**:`, `**公式:**`) names nothing the heading does not (trial 7, P21).
    const lead = this.leadIn && !isGenericLabel(this.leadIn.nameText) ? this.leadIn : null;
    if (lead) ({ name, nameText, offset: nameOffset } = lead);
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
      otherLabels: label.others,
      math: joinMath(sources),
      display: sources.length > 1 && display === 'dollar' ? 'dollar-lines' : display,
      variables: [],
      notes: [],
      inlineMath: ordinal === 1 && 'type' in this.first ? inlineMaths(this.first).map((m) => mathSourceOf(m, ctx)) : [],
      positions: { heading: this.headingSpan, equation: this.lines.span(start, end), whereList: null },
      itemsWithoutMath: [],
      content: [],
    };
    if (!lead && ordinal > 1) draft.ordinalName = ordinal;
    if (this.newRunNext) draft.newRun = true;
    this.newRunNext = false;
    this.drafts.push(draft);
    this.pieces.set(draft, [...sources]);
    if (this.pendingDefinitions) {
      draft.variables.push(...this.pendingDefinitions.variables);
      for (const m of this.pendingDefinitions.maths) draft.inlineMath.push(mathSourceOf(m, ctx));
      this.pendingDefinitions = null;
    }
    if (this.proseBefore && !this.lastWasEquation) this.introducedBy.set(draft, this.proseBefore);
    this.proseBefore = null;
    if (this.lastWasEquation) this.current.push(draft);
    else this.current = [draft];
    this.lastWasEquation = true;
    this.mode = 'after';
    this.leadIn = null;
  }

  /** The text before the equation just started on its own line introduces it alone (`$E$ --> energy … $$E = …$$`, line-formulas.ts): no run with its neighbours. */
  introduceLast(range: Range): void {
    const draft = this.drafts[this.drafts.length - 1];
    if (!draft || this.introducedBy.has(draft)) return;
    this.introducedBy.set(draft, range);
    draft.newRun = true;
    this.newRunNext = true;
  }

  /** Adds display pieces to the equation just started (consecutive `$…$` lines). */
  extendEquation(src: MathSource, end: number): void {
    const draft = this.drafts[this.drafts.length - 1]!;
    // Joined once, when the section is read (joining at every line would be quadratic).
    this.pieces.get(draft)!.push(src);
    if (draft.display === 'dollar') draft.display = 'dollar-lines';
    draft.positions.equation = this.lines.span(draft.positions.equation.start.offset, end);
  }

  /** Gives definitions read from [start, end) to the equations waiting for them. */
  define(read: { variables: Variable[]; notes?: Note[]; itemsWithoutMath?: number[] }, start: number, end: number, maths: Nodes[]): void {
    for (const draft of this.current) {
      for (const v of read.variables) draft.variables.push(v);
      for (const n of read.notes ?? []) draft.notes.push(n);
      const span = draft.positions.whereList;
      draft.positions.whereList = this.lines.span(span ? span.start.offset : start, end);
    }
    const owner = this.current[this.current.length - 1]!;
    for (const at of read.itemsWithoutMath ?? []) owner.itemsWithoutMath.push(at);
    for (const m of maths) owner.inlineMath.push(mathSourceOf(m, this.ctx));
  }

  openWhere(start: number): void {
    for (const draft of this.current) if (!draft.positions.whereList) draft.positions.whereList = this.lines.span(start, start);
    this.mode = 'intro';
  }

  /** A value (no letter at all), a worked numeric substitution of an earlier equation (record-rules.ts) or a repeat in a box; a numbered heading's first formula is its equation unless it computes a result. */
  substitution(latex: string): boolean {
    // A block of macro definitions (the document's preamble, macros.ts) is no equation either.
    if (this.ctx.macros && isDefinitionsOnly(latex)) return true;
    // In a box (a collapsible solution, a quoted formula), a formula the document already recorded is a repeat (commentary.ts).
    if (this.contained && isRepeat(latex, [...(this.ctx.earlier ?? []), ...this.drafts.map((d) => d.math.latex)])) return true;
    return isNumberOnly(latex) || isWorkedSubstitution(latex, () => [...(this.ctx.earlier ?? []), ...this.drafts.map((d) => d.math.latex)], this.drafts.length === 0 && this.heading.number !== null);
  }

  /** The LaTeX of the equations waiting for definitions, for prose-definitions.ts to check a symbol is used. */
  currentFormula(): string {
    return this.current.map((d) => this.pieces.get(d)!.map((x) => x.latex).join(' ')).join(' ');
  }

  /** A display right after a where-introduction that defines symbols (definitions.ts), or null. */
  definitionsOfDisplay(src: MathSource, span: Span): Variable[] | null {
    const one = displayDefinition(src, span, this.previousSlug);
    return one ? [one] : displayDefinitions(src, span, this.previousSlug);
  }

  readLineDefinition(line: Line): Variable | null {
    const end = withoutHardBreak(this.ctx.text, line);
    // `$P =$ the principal`: the equals sign inside the math is the separator (read as a list item is).
    const glossary = line.maths.length > 0 && /[=:]\s*$/.test(mathSourceOf(line.maths[0]!, this.ctx).latex) && startOf(line.maths[0]!, this.ctx) - line.start < 3;
    const read = readDefinition(line.start, line.end, this.ctx, this.lines, this.previousSlug, glossary ? 'item' : 'line');
    // The item keeps the line as written; its meaning ends before a hard break's backslash (`$c$ = velocity (m/s)\`).
    if (read && 'symbols' in read) {
      if (end < line.end) read.description = read.description.replace(/\\$/, '').trimEnd();
      return read;
    }
    // `*H* is the heat current`, `v0: starting speed`, `Vf = final velocity` (plain-symbol-lines.ts).
    return italicLetterLine(line.start, end, this.currentFormula(), this.ctx, this.lines) ?? (line.maths.length === 0 ? plainLineDefinition(line.start, line.end, this.currentFormula(), this.ctx.text, this.lines) : null);
  }

  /** The section as read: each draft's joined formula, the prose that introduced it, and the section's other content. */
  finish(): SectionRead {
    for (const [k, draft] of this.drafts.entries()) {
      const previous = this.drafts[k - 1];
      // Prose between two formulas (not blank lines, not the cells between two rows of one formula table).
      const between = previous ? this.ctx.text.slice(previous.positions.equation.end.offset, draft.positions.equation.start.offset) : '';
      if (between.trim() && !between.split('\n').every((l) => !l.trim() || /^\s*\||\|\s*$/.test(l))) {
        markAfterProse(draft);
        if (!/^\p{Ll}/u.test(/\p{L}/u.exec(between)?.[0] ?? 'a')) markAfterSentence(draft);
      }
      const all = this.pieces.get(draft)!;
      if (all.length > 1) draft.math = joinMath(all);
      this.defineOnRows(draft);
      const intro = this.introducedBy.get(draft);
      if (intro) this.introduceDefinitions(draft, intro, draft.math.latex);
      draft.variables = withoutProseRepeats(draft.variables);
      const { equation, whereList } = draft.positions;
      this.used.push({ start: equation.start.offset, end: equation.end.offset });
      if (whereList) this.used.push({ start: whereList.start.offset, end: whereList.end.offset });
    }
    // The sentence that introduces a run introduces each of its formulas ("With the transmission
    // rate $\beta$ and the recovery rate $\gamma$, the epidemic follows" before two formulas, only
    // the second writing \gamma): read once more against the whole run (runs.ts shares what it reads).
    for (const run of runsOf(this.drafts)) {
      const intro = run.length > 1 ? this.introducedBy.get(run[0]!) : undefined;
      if (intro) this.introduceDefinitions(run[0]!, intro, run.map((d) => d.math.latex).join(' '));
    }
    const equations = this.drafts.map((d) => ({ start: d.positions.equation.start.offset, end: d.positions.equation.end.offset }));
    for (const { equation, block } of sectionContent(this.blocks, this.used, equations, this.ctx.text, this.lines, this.ctx.boxTitles)) this.drafts[equation]!.content.push(block);
    // A formula table row's description (section.ts) came first: what comes before the formula, then what follows it, each in source order.
    for (const draft of this.drafts) if (draft.content.length > 1) draft.content.sort((a, b) => (a.place === b.place ? 0 : a.place === 'before' ? -1 : 1) || a.position.start.offset - b.position.start.offset);
    return { heading: this.heading, drafts: this.drafts };
  }

  /** Definitions on the display's own rows after the formula (`\\ x_i \text{ is …}`, display-rows.ts), for symbols it does not define. */
  private defineOnRows(draft: EquationDraft): void {
    const read = displayRowDefinitions(draft.math, this.lines, this.previousSlug);
    if (read.length === 0) return;
    const defined = new Set(draft.variables.flatMap((v) => v.symbols.map((x) => x.replace(/\s+/g, ''))));
    for (const v of read) if (!v.symbols.every((x) => defined.has(x.replace(/\s+/g, '')))) draft.variables.push(v);
  }

  /** Definitions in the prose that introduces a formula (prose-definitions.ts), before its own, for symbols it does not define. */
  private introduceDefinitions(draft: EquationDraft, range: Range, formula: string): void {
    const defined = new Set(draft.variables.flatMap((v) => v.symbols.map((x) => x.replace(/\s+/g, ''))));
    const read = [...namedLastLine(range, draft, this.ctx.text, this.lines, this.previousSlug), ...readBeforeText(range.start, range.end, formula, this.ctx, this.lines, this.previousSlug)].filter((v) => v.symbols.every((x) => !defined.has(x.replace(/\s+/g, ''))));
    if (read.length === 0) return;
    // Read again for a run: the intro's math is already among the draft's spans.
    const again = draft.variables.some((v) => v.position.start.offset >= range.start && v.position.start.offset < range.end);
    draft.variables.unshift(...read);
    if (!again) for (const m of mathsBetween(this.ctx, range.start, range.end)) draft.inlineMath.push(mathSourceOf(m, this.ctx));
  }
}

/** A label that only says "formula" (`Formula`, `Base Formula`, `The equation`, `公式`): no name of its own. */
const GENERIC_LABEL =
  /^(?:(?:the|base|main|basic|key|general|core|final|full|standard|mathematical)\s+)?(?:formula|formulae|formulas|equation|equations|expression|formulation|math|maths|calculation)(?:\s+used)?$|^(?:公式|计算公式|基本公式|表达式|方程|数学公式|式)$/i;

export function isGenericLabel(nameText: string): boolean {
  return GENERIC_LABEL.test(nameText.replace(/[*_:：\s]+$/u, '').replace(/^[*_\s]+/u, '').trim());
}

/** A line's end before a markdown hard break written as a backslash (`$t$: years\`). */
export function withoutHardBreak(text: string, line: Line): number {
  let end = line.end;
  while (end > line.start && /[ \t\r]/.test(text[end - 1]!)) end--;
  if (text[end - 1] === '\\' && text[end - 2] !== '\\') end--;
  return end;
}
