/**
 * Bold labels that name a formula: `**Kinetic energy:**` on the line before it (a lead-in; with
 * no colon when the display is right under it, `**Jensen's inequality**`), a numbered item that
 * is only that label (`1. **Mean squared error**:`) before the display, or on the same line as
 * it (`**Kinetic energy:** $$K = \tfrac12 mv^2$$`, a labelled formula). A
 * generic label ("**Formula:**", "**Step 2:**") introduces without naming: the heading keeps
 * naming the formula.
 */
import type { List } from 'mdast';
import type { Line } from './paragraph-lines.js';
import { flowForm, inlineForm } from './paragraph-lines.js';
import { endOf, markdownSlice, mathSourceOf, startOf } from './mdast-helpers.js';
import type { LeadIn, SectionReader } from './section-reader.js';

/** `**Name:**`, `**Name**:`, and `**Name** (a gloss):` */
// The colon may be the full-width one of Chinese and Japanese (`**单位向量：**`).
const LEAD_IN = /^[ \t]*(\*\*|__)([^*_\n]{1,100}?)([:：]?)\1[ \t]*(?:\([^()\n]{0,200}\)[ \t]*)?([:：]?)/;
/** Lead-ins that introduce a formula without naming it ("**Formula:**"), or an aside's label ("**Note:** …", "**Tip:**"): the heading keeps naming it. */
export const GENERIC_LEAD_IN = /^(?:the\s+)?(?:(?:general|standard|mathematical|closed|key)\s+)?(?:formula|equation|expression|definition|form|representation|math|latex|example|solution|result|answer|derivation|proof|calculation|computation|statement|relation|identity|rule|law|note|tip|hint|remark|warning|caution|important|attention|aside|reminder|takeaway)s?$|^step\s+\d+$/i;

/** The words after a bold term that say the display gives it: "is computed as:", "can be written as", "is". */
const INTRODUCES = /^[ \t]*(?:(?:is|are)[ \t]+(?:then[ \t]+)?(?:computed|calculated|given|defined|written|expressed|obtained|estimated|measured|found)[ \t]+(?:as|by|from|with)|(?:can|may)[ \t]+be[ \t]+(?:computed|calculated|written|expressed|obtained|estimated)(?:[ \t]+(?:as|by|from|with))?|(?:is|are|reads|equals))[ \t]*[:：.]?[ \t]*$/i;

function leadInName(r: SectionReader, nameStart: number, length: number, maths: Line['maths']): LeadIn {
  const name = markdownSlice(nameStart, nameStart + length, maths, r.ctx).trimEnd().replace(/[:：]$/, '').trim();
  return { name, nameText: name.replace(/[$*_`]/g, '').replace(/\s+/g, ' ').trim() || name, offset: nameStart };
}

/**
 * A paragraph's first line that is a bold label (`**Kinetic energy:**`): it names the next
 * formula. True when the line was one (its label is no section content; a gloss after it stays).
 */
export function readLeadIn(r: SectionReader, line: Line, displayFollows = false): boolean {
  const text = r.ctx.text.slice(line.start, line.end);
  const lead = LEAD_IN.exec(text);
  // Without a colon, a bold label alone on its line names the display right under it (trial 3, H14).
  // A bold term that leads in the display: "**Mean squared error** is computed as:" (no math, the line ends the paragraph).
  const predicate = lead !== null && !lead[3] && !lead[4] && displayFollows && line.maths.length === 0 && INTRODUCES.test(text.slice(lead[0].length));
  const named = lead && (lead[3] || lead[4] || predicate || (displayFollows && line.maths.length === 0 && lead[0].trim() === text.trim()));
  if (!lead || !named || GENERIC_LEAD_IN.test(lead[2]!.trim())) return false;
  const nameStart = line.start + lead[0].indexOf(lead[2]!);
  r.leadIn = leadInName(r, nameStart, lead[2]!.length, line.maths);
  // The bold label is the name; a gloss after it ("**Binomial** ($n$ trials, …):") stays on the page.
  const gloss = /\([^()\n]{0,200}\)[ \t]*[:：]?$/.exec(lead[0]);
  // After a bold term that leads in ("**MSE** (mean squared error) is computed as:"), the words stay the section's text too.
  r.used.push({ start: line.start, end: line.start + lead[0].length - (gloss ? gloss[0].length : 0) });
  return true;
}

/**
 * `**Kinetic energy:** $$K = \tfrac12 mv^2$$`: a bold label, then one formula and nothing
 * else on the line, is an equation named by the label (a generic label such as "Formula:"
 * leaves the heading's name). Single dollars count when the formula is a relation and no
 * where-list is being read (there `**Mass:** $m$` is a definition). `continuing`: the line
 * before was a formula (labelled formulas on consecutive lines are a run).
 */
export function labelledFormula(r: SectionReader, line: Line, continuing: boolean): boolean {
  const { ctx } = r;
  if (line.maths.length !== 1) return false;
  const m = line.maths[0]!;
  const lead = LEAD_IN.exec(ctx.text.slice(line.start, line.end));
  if (!lead || !(lead[3] || lead[4])) return false;
  const mStart = startOf(m, ctx);
  const mEnd = endOf(m, ctx);
  if (ctx.text.slice(line.start + lead[0].length, mStart).trim() !== '' || !/^[\s.,;]*$/.test(ctx.text.slice(mEnd, line.end))) return false;
  const form = m.type === 'inlineMath' ? inlineForm(m, ctx) : flowForm(m, ctx);
  const src = mathSourceOf(m, ctx);
  if (form === 'dollar' && (r.mode === 'intro' || r.mode === 'defs' || !/=|\\(?:approx|equiv|propto|le|ge|leq|geq|sim)(?![A-Za-z])|[<>]/.test(src.latex))) return false;
  if (r.substitution(src.latex)) return true;
  const label = lead[2]!.trim();
  if (!GENERIC_LEAD_IN.test(label)) r.leadIn = leadInName(r, line.start + lead[0].indexOf(lead[2]!), lead[2]!.length, []);
  const rewritten = ctx.bracketDisplays.has(mStart) || ctx.dollarDisplays.has(mStart) ? 1 : 0;
  // Labelled formulas on consecutive lines are a run: they share the definitions after them.
  r.lastWasEquation = continuing;
  r.startEquation([src], form, mStart - rewritten, mEnd + rewritten);
  return true;
}

/**
 * A list whose last item is only a bold label (`1. **Mean squared error**:`, trial 3 H14): the
 * display after the list is named by it. Null for any other list, and for a generic label.
 */
export function listLeadIn(r: SectionReader, list: List): LeadIn | null {
  const item = list.children[list.children.length - 1];
  const p = item?.children.length === 1 ? item.children[0] : undefined;
  if (!p || p.type !== 'paragraph') return null;
  const start = startOf(p, r.ctx);
  const text = r.ctx.text.slice(start, endOf(p, r.ctx));
  const lead = LEAD_IN.exec(text);
  if (!lead || lead[0].trim() !== text.trim() || GENERIC_LEAD_IN.test(lead[2]!.trim())) return null;
  return leadInName(r, start + lead[0].indexOf(lead[2]!), lead[2]!.length, []);
}

/**
 * The prose of a list's last item, when the display right after the list continues it ("- **电感元件**
 * 设流过电感的电流为 $i=…$, 则电感两端的电压为" then `$$u = …$$`, trial 6 N9): the item's last paragraph
 * introduces the formula as a paragraph before it would (prose-definitions.ts readBeforeText).
 */
export function listIntro(r: SectionReader, list: List): { start: number; end: number } | null {
  const item = list.children[list.children.length - 1];
  const p = item?.children[item.children.length - 1];
  if (!p || p.type !== 'paragraph') return null;
  return { start: startOf(p, r.ctx), end: endOf(p, r.ctx) };
}
