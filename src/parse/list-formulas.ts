/**
 * Formulas an author presents inside a list that is no where-list (trial 2, G10 and G4; trial 1,
 * F5):
 *
 * - an item that is nothing but one formula stating an equation: a numbered list of laws
 *   (`1. $(AB)^T = B^T A^T$`, `2. $A(B+C) = AB + AC$`), each item a formula;
 * - a display inside an item: `$$…$$` on a line of its own under the item's sentence, with no
 *   blank line (a lazy continuation line, `- **Sum**: … their sum is` / `$$A+B=…$$`), or a
 *   `$$` block in the item (an outline page, Logseq's `- $$ … $$` bullets nested by tabs).
 *
 * The display under an item's sentence counts when it is a lazy continuation line (not indented
 * to the item's content, as a note written in Obsidian does); `$$` blocks indented inside items
 * count on an outline page (isOutlinePage), where every block is a bullet, and in an item the
 * author labels in bold (`1. **Gravity ($F_g$):** …` over an indented `$$…$$`); otherwise a display
 * inside a numbered step or an admonition is the step's content. A list of laws (`$…$` or a
 * one-line `$$…$$` per item, or an item that is only a `$$` block) counts when every item is one.
 *
 * Each is an equation named by the item's bold label (`- **Sum**: …`), by an outline heading
 * bullet above it (`- # Wave optics`), else by the section's heading with its ordinal. A value
 * given to one quantity (`- $m = 2\,\text{kg}$`), conditions and memberships (`$a > 0$`,
 * `$x \in S$`) and formulas inside a sentence stay the list's content (their math is checked).
 */
import type { List, ListItem, Nodes, Paragraph } from 'mdast';
import { endOf, inlineMaths, isClosedFlowMath, isMathCode, markdownSlice, mathsBetween, mathSourceOf, plainText, startOf } from './mdast-helpers.js';
import { readWhereList } from './where-list-items.js';
import { readProseDefinitions } from './where-sentence.js';
import { flowForm, inlineForm, logicalLines, textOutside } from './paragraph-lines.js';
import { isValueAssignment } from './record-rules.js';
import type { LeadIn, SectionReader } from './section-reader.js';
import { readItemWhere, type ItemWhere } from './list-item-where.js';

/** An equation, not a condition: a list item that is only this states a law. */
const EQUATION = /=|\\(?:equiv|approx|simeq|propto|cong|Leftrightarrow|iff)(?![A-Za-z])/;
/** `**Sum**:` or `**Sum:**` at the start of an item: the name of its formula. */
const BOLD_LABEL = /^[ \t]*(\*\*|__)([^\n]{1,80}?)(?:[:：]\1|\1[ \t]*[:：])/;
/** Outline levels read at most (a list nested deeper is read as text). */
const MAX_DEPTH = 32;

interface Naming {
  /** An outline heading bullet's name, and how many formulas it named so far. */
  outline: { lead: LeadIn; count: number } | null;
  /** A label item's text (`- compound interest` over a nested `- $F = P(1+i)^n$`), and how many formulas it named so far. */
  parent?: { lead: LeadIn; count: number } | null;
}

/** A label item's text: short, one line, no math, no sentence (`- compound interest`, `- Kinetic energy:`). */
const LABEL_TEXT = /^[^\n$.;!?]{1,60}:?$/;

/** Reads the formulas of a list that is no where-list; true when it made at least one record. */
export function readListFormulas(r: SectionReader, lists: List[]): boolean {
  const before = r.drafts.length;
  for (const list of lists) readList(r, list, { outline: null }, 0);
  return r.drafts.length > before;
}

/**
 * A page written as an outline (Logseq): its first line that is no `key:: value` property is a
 * bullet, and every line at the left margin is a bullet or a property (what is not a bullet is
 * indented under one).
 */
export function isOutlinePage(text: string): boolean {
  let bullets = 0;
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const c = text[at];
    if (c !== undefined && c !== ' ' && c !== '\t' && c !== '\r' && c !== '\n') {
      if (text.startsWith('- ', at) || text.startsWith('-\t', at)) bullets++;
      else if (!/^[A-Za-z][\w-]*::/.test(text.slice(at, Math.min(end, at + 80)))) return false;
    }
    at = end + 1;
  }
  return bullets > 0;
}

function readList(r: SectionReader, list: List, naming: Naming, depth: number): void {
  if (depth > MAX_DEPTH) return;
  let laws = list.children.map((item) => lawItem(item, naming, list.children.length));
  // A list of displays (`1. $$p(x) \geq 0$$`, `2. $$\int p(x)\,dx = 1$$`: axioms) presents each, inequalities too, when one states an equation (trial 4, doc 1).
  if (!laws.every((m) => m !== null)) {
    const displays = list.children.map((item) => displayRelation(r, item));
    if (displays.every((m) => m !== null) && displays.some((m) => m !== null && statesEquation(m.type === 'inlineMath' ? m.value : ''))) laws = displays;
  }
  const allLaws = laws.every((m) => m !== null);
  let defining = false;
  list.children.forEach((item, k) => {
    // On an outline page, the bullets after a formula's bullet that say what its symbols are ("- $d$ is the slit spacing") define it.
    if (defining && readItemDefinitions(r, item)) return;
    const made = r.drafts.length;
    readItem(r, item, naming, depth, allLaws ? laws[k]! : null);
    defining = ctx(r).outlinePage === true && r.drafts.length > made;
  });
}

const ctx = (r: SectionReader) => r.ctx;

/** An outline bullet that is one sentence defining symbols (`- $d$ is the slit spacing and $\theta$ the angle.`): read for the formula before it. */
function readItemDefinitions(r: SectionReader, item: ListItem): boolean {
  const p = item.children[0];
  if (item.children.length !== 1 || p?.type !== 'paragraph' || p.children[0]?.type !== 'inlineMath' || r.current.length === 0) return false;
  const start = startOf(p, r.ctx);
  const end = endOf(p, r.ctx);
  const variables = readProseDefinitions(start, end, r.ctx, r.lines, r.previousSlug);
  if (variables.length === 0) return false;
  r.define({ variables }, start, end, mathsBetween(r.ctx, start, end));
  return true;
}

function readItem(r: SectionReader, item: ListItem, naming: Naming, depth: number, only: Nodes | null): void {
  const { ctx } = r;
  const heading = item.children[0]?.type === 'heading' ? item.children[0] : null;
  // An outline page's heading bullet (`- # Wave optics`) names the formulas of its sub-bullets.
  const first = item.children[0];
  const own: Naming = heading ? { outline: { lead: headingLead(r, heading), count: 0 } } : { outline: naming.outline, parent: labelLead(r, item) };
  const label = first?.type === 'paragraph' ? BOLD_LABEL.exec(ctx.text.slice(startOf(first, ctx), endOf(first, ctx))) : null;
  // The name as written (`Gravity ($F_g$)`); its plain text without the math's dollars, as a heading's is.
  const itemLead = label && first ? { name: label[2]!.trim(), nameText: label[2]!.replace(/\$\$?([^$]+)\$\$?/g, '$1').trim(), offset: startOf(first, ctx) + label[0].indexOf(label[2]!) } : null;
  if (only) {
    present(r, naming, itemLead, only, inlineForm(only, ctx));
    // A deeper bullet under a formula-only bullet is its where-list (trial 4, K2).
    const sub = item.children[1];
    if (sub?.type === 'list' && r.current.length > 0) {
      const start = startOf(sub, ctx);
      const end = endOf(sub, ctx);
      r.openWhere(start);
      r.define(readWhereList([sub], ctx, r.lines, r.previousSlug), start, end, inlineMaths(sub));
      r.mode = 'none';
    }
    return;
  }
  // An item the author labels (`1. **Gravity:** …`) presents the displays in it, wherever they stand in it (trial 3, H2).
  const labelled = itemLead !== null;
  // The item's own where-list, under its display (list-item-where.ts).
  const where: ItemWhere = { after: false, intro: false };
  for (const child of item.children) {
    if (readItemWhere(r, child, where)) continue;
    const made = r.drafts.length;
    where.intro = false;
    readChild(r, item, child, own, itemLead, labelled, depth);
    where.after = r.drafts.length > made;
  }
}

function readChild(r: SectionReader, item: ListItem, child: Nodes, own: Naming, itemLead: LeadIn | null, labelled: boolean, depth: number): void {
  const { ctx } = r;
  if (child.type === 'list') readList(r, child, own, depth + 1);
  else if ((ctx.outlinePage || labelled || isLawDisplay(item, child) || isStepDisplay(r, item, child)) && (child.type === 'math' || isMathCode(child)) && isClosedFlowMath(child, ctx)) present(r, own, itemLead, child, flowForm(child, ctx));
  else if (child.type === 'paragraph') for (const m of displayLines(r, child, labelled)) present(r, own, itemLead, m, inlineForm(m, ctx));
}

/** A formula stating an equation, not a condition (`a > 0`) nor a value given to one quantity (`m = 2\,\text{kg}`). */
export function statesEquation(latex: string): boolean {
  return EQUATION.test(latex) && !isValueAssignment(latex);
}

/** An item that is nothing but one display block stating an equation (`- $$` / `F = m a` / `$$`). */
function isLawDisplay(item: ListItem, child: Nodes): boolean {
  return item.children.length === 1 && child.type === 'math' && statesEquation(child.value);
}

/**
 * The item's formula when the item is a law: one paragraph that is only a formula stating an
 * equation, or such a paragraph over a deeper list whose bullets start with math (the formula's
 * where-list, trial 4 K2). The only bullet under a label item (`- simple interest` over
 * `- $J = P i n$`) may write an expression the label names (`$P i n$` with an operator).
 */
function lawItem(item: ListItem, naming: Naming, siblings: number): Nodes | null {
  const [p, sub] = item.children;
  if (p?.type !== 'paragraph' || item.children.length > 2) return null;
  if (sub && (sub.type !== 'list' || !sub.children.every(startsWithMath))) return null;
  return lawOf(p) ?? (siblings === 1 && naming.parent ? labelledExpression(p) : null);
}

/** An inequality: `\geq`, `\le`, `<`, `\neq`… */
const RELATION = /[<>]|\\(?:geq?|leq?|geqslant|leqslant|neq|ne|gg|ll)(?![A-Za-z])/;

/** The item's formula when the item is only a one-line `$$…$$` (or `\[…\]`) writing an equation or an inequality. */
function displayRelation(r: SectionReader, item: ListItem): Nodes | null {
  const p = item.children[0];
  if (item.children.length !== 1 || p?.type !== 'paragraph') return null;
  const m = p.children.length === 1 ? p.children[0] : null;
  if (!m || m.type !== 'inlineMath' || inlineForm(m, r.ctx) === 'dollar' || r.ctx.parenInlines.has(startOf(m, r.ctx))) return null;
  return statesEquation(m.value) || RELATION.test(m.value) ? m : null;
}

/** A list item whose first paragraph opens with math (`- $P$ the principal, …`). */
function startsWithMath(item: ListItem): boolean {
  const p = item.children[0];
  if (p?.type !== 'paragraph') return false;
  const m = p.children[0];
  return m?.type === 'inlineMath' || (m?.type === 'text' && !m.value.trim() && p.children[1]?.type === 'inlineMath');
}

/** The paragraph's one formula when it is an expression with an operator between letters (`P + P i n`, `N - V`), not one symbol or a value. */
function labelledExpression(p: Paragraph): Nodes | null {
  const m = p.children.length === 1 ? p.children[0] : null;
  if (!m || m.type !== 'inlineMath' || m.value.length > 300) return null;
  return /[A-Za-z][^=<>]*(?:[+\-*/]|\\cdot|\\times|\\frac)/.test(m.value) && (m.value.match(/[A-Za-z]/g)?.length ?? 0) >= 2 ? m : null;
}

/** The name a label item gives the formulas of its nested list (trial 4, K2), or null. */
function labelLead(r: SectionReader, item: ListItem): Naming['parent'] {
  const [p, sub] = item.children;
  if (p?.type !== 'paragraph' || sub?.type !== 'list' || p.children.some((c) => c.type !== 'text')) return null;
  const { ctx } = r;
  const start = startOf(p, ctx);
  const raw = ctx.text.slice(start, endOf(p, ctx));
  const text = raw.trim();
  if (!LABEL_TEXT.test(text)) return null;
  const name = text.replace(/:$/, '').trim();
  return name ? { lead: { name, nameText: name, offset: start + raw.indexOf(text) }, count: 0 } : null;
}

/**
 * A `$$` block inside an item right under a sentence that leads into it (a derivation's step,
 * `- Using $J$, the term becomes:` over an indented display; the sentence ends in a colon or a
 * full stop, or the item opens with a bold step name) states an equation: the author presents it
 * (trial 5, M3; trial 4, K1). Under a bare
 * step title (`- Step two`) it stays the step's content; an MkDocs admonition's body (containers.ts
 * reads `!!! note` as an item) keeps its own rule.
 */
function isStepDisplay(r: SectionReader, item: ListItem, child: Nodes): boolean {
  if (child.type !== 'math' || !EQUATION.test(child.value) || isValueAssignment(child.value)) return false;
  const k = item.children.indexOf(child as ListItem['children'][number]);
  const before = item.children[k - 1];
  const first = item.children[0];
  if (k < 1 || before?.type !== 'paragraph' || first?.type !== 'paragraph') return false;
  const { ctx } = r;
  if (/^[!?=]/.test(ctx.text.charAt(startOf(first, ctx)))) return false;
  // An item opening with a bold step name (`- **Step 1.** Solve the homogeneous equation`) leads into its display too.
  return /[:：。.]\s*$/.test(ctx.text.slice(startOf(before, ctx), endOf(before, ctx))) || /^(\*\*|__)[^\n*_]{1,80}\1/.test(ctx.text.slice(startOf(first, ctx), endOf(first, ctx)));
}

/** The paragraph's one formula when it is nothing else and states an equation (not a value). */
function lawOf(p: Paragraph): Nodes | null {
  const m = p.children.length === 1 ? p.children[0] : p.children.length === 2 && p.children[1]?.type === 'text' && /^[\s.,;]*$/.test(p.children[1].value) ? p.children[0] : undefined;
  // `$x = y$`, or a one-line `$$x = y$$` or `\[x = y\]` (a display in the author's tool).
  if (!m || m.type !== 'inlineMath') return null;
  const latex = m.value;
  return statesEquation(latex) ? m : null;
}

/** `$$…$$` (or `\[…\]`) alone on a line of an item's paragraph: a display under the item's sentence (`anywhere`: indented too). */
function displayLines(r: SectionReader, p: Paragraph, anywhere: boolean): Nodes[] {
  const { ctx } = r;
  const out: Nodes[] = [];
  for (const line of logicalLines(p, ctx)) {
    const m = line.maths[0];
    if (line.maths.length !== 1 || !m || m.type !== 'inlineMath' || startOf(m, ctx) !== line.start) continue;
    if (inlineForm(m, ctx) === 'dollar' || ctx.parenInlines.has(startOf(m, ctx)) || !/^[\s,.;]*$/.test(textOutside(line, ctx))) continue;
    // A lazy continuation line starts at the left margin; an indented one is the item's own text (but on an outline page).
    const margin = line.start === 0 || ctx.text[line.start - 1] === '\n';
    if (!margin && !ctx.outlinePage && !anywhere) continue;
    out.push(m);
  }
  return out;
}

function present(r: SectionReader, naming: Naming, itemLead: LeadIn | null, m: Nodes, form: ReturnType<typeof inlineForm>): void {
  const { ctx } = r;
  const src = mathSourceOf(m, ctx);
  if (r.substitution(src.latex)) return;
  const outline = naming.parent ?? naming.outline;
  if (itemLead) r.leadIn = itemLead;
  else if (outline) {
    outline.count++;
    const n = outline.count;
    r.leadIn = n === 1 ? outline.lead : { ...outline.lead, name: `${outline.lead.name} (${n})`, nameText: `${outline.lead.nameText} (${n})` };
  }
  const start = startOf(m, ctx);
  const end = endOf(m, ctx);
  const rewritten = m.type === 'inlineMath' && (ctx.bracketDisplays.has(start) || ctx.dollarDisplays.has(start)) ? 1 : 0;
  r.lastWasEquation = false;
  const made = r.drafts.length;
  r.startEquation([src], form, start - rewritten, end + rewritten);
  r.leadIn = null;
  // Another heading bullet (or label item) is another topic: its first formula shares no definitions with the formulas before it.
  const draft = r.drafts[made];
  if (draft && outline?.count === 1) draft.newRun = true;
}

function headingLead(r: SectionReader, heading: Nodes): LeadIn {
  const { ctx } = r;
  const start = startOf(heading, ctx);
  const raw = ctx.text.slice(start, endOf(heading, ctx));
  const at = start + (/^[ \t]*#{1,6}[ \t]*/.exec(raw)?.[0].length ?? 0);
  const name = markdownSlice(at, endOf(heading, ctx), [], ctx).trim() || plainText(heading).trim();
  return { name, nameText: plainText(heading).replace(/\s+/g, ' ').trim() || name, offset: at };
}
