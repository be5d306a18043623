/**
 * One section (a heading and what follows it up to the next heading) → its equation drafts.
 *
 * An equation is a display-math block at the section's top level: `$…$` alone on its line(s)
 * (consecutive lines of one paragraph join into one equation), `$$…$$`, `\[…\]` or a fenced
 * ```` ```math ```` block. Its where-definitions are what follows it, up to the next equation:
 * a where-introduction ("Where:") then a list, plain definition lines or a display definition;
 * a prose where-sentence; or a list right after it whose items are all definition-shaped.
 * A blockquote or `<details>` box that presents formulas is read as the section's own blocks;
 * one that comments on them (an example, a proof, "Why …?", commentary.ts) and anything else
 * nested (lists, admonitions) is not an equation, though its math is still checked (math-spans.ts).
 *
 * This file reads the section's blocks in order (definition lists, formula tables and math blocks:
 * section-blocks.ts); the state they share and the steps of making
 * a record are section-reader.ts, paragraphs section-paragraph.ts (with section-inline-display.ts,
 * section-lead-ins.ts, section-prose.ts), titled callouts callouts.ts.
 */
import type { Heading, List, Nodes, Root } from 'mdast';
import type { LineIndex } from '../diagnostics/positions.js';
import type { Note, Variable } from '../types.js';
import { endOf, inlineMaths, isMathCode, mathSourceOf, startOf, type ChunkContext } from './mdast-helpers.js';
import { isDefinitionList, isPlainDefinitionList, readWhereList } from './where-list-items.js';
import { inlineForm } from './paragraph-lines.js';
import { headingFormula } from './formula-heading.js';
import { formulaCallout, presentingQuote } from './callouts.js';
import { isCommentaryTitle } from './commentary.js';
import { inCommentary } from './colon-fences.js';
import { htmlDisplayBlocks } from './html-displays.js';
import { SectionReader } from './section-reader.js';
import { readDashesBefore, readParagraph } from './section-paragraph.js';
import type { SectionRead } from './section-draft.js';
import type { HeadingRead } from './heading.js';
import { listIntro, listLeadIn } from './section-lead-ins.js';
import { writesSymbol } from './prose-sentences.js';
import { readListFormulas } from './list-formulas.js';
import { readLayoutQuote } from './layout-quotes.js';
import { readDefinitions, readFlowMath, readTableOfFormulas } from './section-blocks.js';

export type { SectionRead } from './section-draft.js';

/**
 * `untitled`: for a document with no heading at all, the heading its formulas are named by (the
 * whole tree is then the section's body).
 */
export function readSection(tree: Root, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null, untitled?: HeadingRead): SectionRead | null {
  const first = tree.children[0];
  if (!untitled && (!first || first.type !== 'heading')) return null;
  ctx.maths = inlineMaths(tree);
  const r = new SectionReader(untitled ?? (first as Heading), ctx, lines, previousSlug);
  // A heading that is only a formula (`## $k = A e^{-E_a/RT}$`) is the section's first equation (trial 4, K3).
  const headed = untitled ? null : headingFormula(first as Heading, ctx);
  if (headed) {
    r.startEquation([mathSourceOf(headed, ctx)], inlineForm(headed, ctx), startOf(headed, ctx), endOf(headed, ctx));
    // The heading's math is the formula, not a span of its name.
    if (r.drafts[0]) r.drafts[0].inlineMath = [];
  }
  // The `<details>` boxes open at this block: true for one whose summary makes it commentary (commentary.ts).
  const details: boolean[] = [];
  // The blocks of a blockquote that presents formulas, read as the section's own (trial 3, H5).
  const quoted = new Set<Nodes>();
  // Quotes inside a quote used as indentation (layout-quotes.ts): read as the section's own blocks too.
  const layout = new Set<Nodes>();

  const rest = tree.children.slice(untitled ? 0 : 1);
  for (let k = 0; k < rest.length; k++) {
    const node = rest[k]!;
    // Set by the paragraph just read when it is a lead-in ending in a colon (section-paragraph.ts).
    const colonLeadIn = r.colonLeadIn;
    r.colonLeadIn = null;
    if (node.type !== 'paragraph' && node.type !== 'math' && !isMathCode(node)) r.proseBefore = null;
    if (node.type === 'thematicBreak') continue;
    // A quote used as indentation, or one holding only a heading (layout-quotes.ts, trial 9 E1).
    if (node.type === 'blockquote' && readLayoutQuote(r, node, rest, k, quoted, layout)) continue;
    if (node.type !== 'html' || !/^\s*<!--/.test(node.value)) r.blocks.push({ start: startOf(node, ctx), end: endOf(node, ctx) });
    if (node.type === 'html') {
      const value = node.value;
      if (/^\s*<!--/.test(value)) continue;
      // A `$$` display wrapped in `<div>` … `</div>` (no blank line): its blocks are read as the section's (html-displays.ts).
      const inner = details.length === 0 ? htmlDisplayBlocks(node, ctx.bracketDisplays, ctx.offset) : null;
      if (inner) {
        rest.splice(k + 1, 0, ...inner);
        r.lastWasEquation = false;
        continue;
      }
      detailsTags(value, details);
      r.lastWasEquation = false;
      continue;
    }
    // A `<details>` box presents its formulas unless its summary says it is commentary (trial 3, H6).
    if (details.some(Boolean)) continue;
    r.contained = details.length > 0 || quoted.has(node);
    const start = startOf(node, ctx);
    const end = endOf(node, ctx);
    if (ctx.commentary && inCommentary(ctx.commentary, start)) {
      // The body of a `::: details` (or example, proof, warning…) container: commentary, no equation.
      r.mode = 'none';
      r.leadIn = null;
      r.lastWasEquation = false;
      continue;
    }
    if (node.type === 'math' || isMathCode(node)) {
      readFlowMath(r, node, start, end);
      continue;
    }
    if (node.type === 'paragraph') {
      if (readTableOfFormulas(r, node)) continue;
      const taken = readDefinitions(r, rest, k);
      if (taken > 0) {
        for (let j = k + 1; j < k + taken; j++) r.blocks.push({ start: startOf(rest[j]!, ctx), end: endOf(rest[j]!, ctx) });
        k += taken - 1;
        continue;
      }
      const after = rest[k + 1];
      r.displayNext = after !== undefined && (after.type === 'math' || isMathCode(after));
      // `$x$ - meaning` lines right before the display that writes them (trial 9, D3).
      if (r.displayNext && readDashesBefore(r, node, mathSourceOf(after!, ctx).latex)) continue;
      readParagraph(r, node);
      continue;
    }
    if (node.type === 'list') {
      const lists: List[] = [node];
      // Switching bullet characters (`*` then `+`) starts a new list in CommonMark: read them all.
      while (rest[k + 1]?.type === 'list') lists.push(rest[++k] as List);
      const introduced = colonLeadIn !== null && r.mode === 'after' && introducedList(r, lists);
      const where = r.current.length > 0 && (r.mode === 'intro' || r.mode === 'defs' || introduced || (r.mode === 'after' && (isDefinitionList(lists, ctx) || isPlainDefinitionList(lists, ctx, r.currentFormula()))));
      if (where) {
        const implicit = r.mode === 'after';
        if (implicit) r.openWhere(introduced ? colonLeadIn : start);
        const read = readWhereList(lists, ctx, lines, previousSlug, implicit, introduced, r.currentFormula());
        if (introduced) explainedOnly(read, r.currentFormula());
        r.define(read, start, endOf(lists[lists.length - 1]!, ctx), lists.flatMap((l) => inlineMaths(l)));
        r.mode = 'none';
      } else {
        // A list of laws, or displays inside items (list-formulas.ts): a where-list after it defines its last formula.
        r.mode = readListFormulas(r, lists) ? 'after' : 'none';
        // A numbered item (a problem set's "2. …") is another context: the next formula shares no definitions with those before (trial 6, N10).
        if (lists.some((l) => l.ordered)) r.newRunNext = true;
      }
      // A list ending in an item that is only a bold label names the display after it (trial 3, H14).
      const after = rest[k + 1];
      r.leadIn = !where && after !== undefined && (after.type === 'math' || isMathCode(after)) ? listLeadIn(r, lists[lists.length - 1]!) : null;
      // The last item's prose introduces the display right after the list, as a paragraph would.
      if (!where && r.mode === 'none' && after !== undefined && (after.type === 'math' || isMathCode(after))) r.proseBefore = listIntro(r, lists[lists.length - 1]!);
      r.lastWasEquation = false;
      continue;
    }
    if (node.type === 'blockquote') {
      const callout = formulaCallout(node, ctx);
      if (callout) {
        // A titled callout presenting a formula: its content is read as the section's, the title naming the formula.
        rest.splice(k + 1, 0, ...node.children);
        r.calloutTitle = callout;
        r.mode = 'none';
        r.lastWasEquation = false;
        continue;
      }
      if (presentingQuote(node, ctx)) {
        // A blockquote holding a display presents it (trial 3, H5): its blocks are read as the section's.
        rest.splice(k + 1, 0, ...node.children);
        for (const child of node.children) quoted.add(child);
        r.mode = 'none';
        r.lastWasEquation = false;
        continue;
      }
    }
    r.mode = 'none';
    r.leadIn = null;
    r.lastWasEquation = false;
  }
  const read = r.finish();
  return headed && read.drafts.length > 0 ? { ...read, formulaHeading: true } : read;
}

/**
 * A list after a lead-in ending in a colon right after the formula (trial 4, K8): a where-list
 * when its items start with symbols (a symbol and a noun is enough, `$P$ valor principal`) and
 * the formula writes at least one of them.
 */
function introducedList(r: SectionReader, lists: List[]): boolean {
  const { ctx } = r;
  if (!isDefinitionList(lists, ctx, true)) return false;
  const formula = r.currentFormula();
  return lists.some((l) => l.children.some((item) => {
    const first = item.children[0];
    const m = first ? inlineMaths(first)[0] : undefined;
    return m !== undefined && startOf(m, ctx) - startOf(first!, ctx) < 4 && writesSymbol(formula, mathSourceOf(m, ctx).latex);
  }));
}

/**
 * Of a list a lead-in introduces, an item about an expression the formula does not write (a
 * "$\frac{1}{n}$ averages the errors" under `\frac{1}{2n}`) explains the formula: a note, not a
 * definition to be found in it.
 */
function explainedOnly(read: { variables: Variable[]; notes: Note[] }, formula: string): void {
  read.variables = read.variables.filter((v) => {
    if (v.symbols.some((s) => writesSymbol(formula, s))) return true;
    read.notes.push({ text: v.item, position: v.position });
    return false;
  });
}

const DETAILS_TAG = /<details\b[^>]*>|<\/details\s*>|<summary\b[^>]*>([\s\S]*?)<\/summary\s*>/gi;

/** Follows the `<details>` boxes an HTML block opens and closes; a summary titles the innermost (commentary or not). */
function detailsTags(html: string, open: boolean[]): void {
  for (const m of html.matchAll(DETAILS_TAG)) {
    const tag = m[0].slice(0, 3).toLowerCase();
    if (tag === '</d') open.pop();
    else if (tag === '<de') open.push(false);
    else if (open.length > 0) open[open.length - 1] = isCommentaryTitle(m[1]!.replace(/<[^>]*>/g, ' '));
  }
}
