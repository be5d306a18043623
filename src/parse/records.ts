/**
 * A document's parsed sections → its equation records: which heading is the title (the sections
 * before it are preamble and intro), the heading level that numbers equations, groups, unique
 * slugs, and the record of each section draft. Pure.
 */
import type { Root } from 'mdast';
import type { Diagnostic, Equation, MathSource } from '../types.js';
import { diagnosticAt, type FileContext } from '../diagnostics/diagnostic.js';
import type { Chunk } from './split.js';
import type { SectionRead } from './section.js';
import { readHeading, type HeadingRead } from './heading.js';
import { type SlugStyle, uniqueSlugs } from '../slug.js';
import { slugRequests } from './slug-requests.js';
import type { ChunkContext } from './mdast-helpers.js';
import { headingWithoutEquation } from '../rules/heading-without-equation.js';
import { whereItemWithoutMath } from '../rules/where-item-without-math.js';

/** One chunk of the document as read: its tree, context, section (when it has a heading) and math spans. */
export interface ParsedChunk {
  chunk: Chunk;
  tree: Root;
  ctx: ChunkContext;
  section: SectionRead | null;
  spans: MathSource[];
}

/**
 * The title: the last `#` heading at or before the first section with an equation (the
 * preamble before it may hold a prompt with headings of its own). The title's own section is
 * the intro, never an equation (unless it is the only section, see titleSection). A document
 * whose `#` headings are its sections (pandoc's reading of LaTeX: `\section` is `#`), where a
 * later `#` section has equations too, has its title in a `#` heading before the first of them.
 */
export function findTitle(parsed: ParsedChunk[]): number {
  const hasEquations = (p: ParsedChunk): boolean => (p.section?.drafts.length ?? 0) > 0;
  const firstEq = parsed.findIndex(hasEquations);
  const end = firstEq < 0 ? parsed.length - 1 : firstEq;
  // `#` headings that number sections: several of them hold equations, or the first formula stands
  // under a `#` after an earlier `#` (`# Introduction` then `# 1) Linear equations`, trial 5 M2).
  const isH1 = (p: ParsedChunk): boolean => p.chunk.headingLevel === 1;
  if (firstEq >= 0 && isH1(parsed[firstEq]!) && parsed.some((p, i) => (i > firstEq && isH1(p) && hasEquations(p)) || (i < firstEq && isH1(p)))) {
    for (let i = firstEq - 1; i >= 0; i--) if (parsed[i]!.chunk.headingLevel === 1) return i;
    return -1;
  }
  for (let i = end; i >= 0; i--) if (parsed[i]!.chunk.headingLevel === 1) return i;
  return -1;
}

/** The heading level that holds most equation sections (ties: level 4, the format's, then the deeper). */
function equationLevel(parsed: ParsedChunk[]): number {
  const counts = new Map<number, number>();
  for (const p of parsed) if (p.section && p.section.drafts.length > 0) counts.set(p.section.heading.level, (counts.get(p.section.heading.level) ?? 0) + 1);
  let best = 4;
  let bestCount = counts.get(4) ?? 0;
  for (const [level, count] of counts) if (count > bestCount || (count === bestCount && level > best && best !== 4)) [best, bestCount] = [level, count];
  return best;
}

/**
 * Whether the document's numbered headings number sections, not equations: a numbered heading
 * at the level that holds most equations (from `firstSection` on) presents no formula itself
 * while a deeper heading under it does (`### 3. Find the minimum` over `#### Steps`, trial 4 K16).
 * A numbered heading with no formula and nothing under it is a lost equation (heading-without-equation).
 */
export function numbersSections(parsed: ParsedChunk[], firstSection: number): boolean {
  const level = equationLevel(parsed);
  let open = false;
  for (let i = Math.max(firstSection, 0); i < parsed.length; i++) {
    const p = parsed[i]!;
    const depth = p.chunk.headingLevel;
    if (depth === 0) continue;
    if (depth <= level) open = false;
    if (open && (p.section?.drafts.length ?? 0) > 0) return true;
    if (depth !== level || (p.section?.drafts.length ?? 0) > 0) continue;
    const heading = p.tree.children[0];
    open = heading?.type === 'heading' && readHeading(heading, p.ctx).number !== null;
  }
  return false;
}

/** The heading of a document that has none (level 0): its title (the file's name, or the front matter's title), at the file's start. */
export function untitledHeading(title: string): HeadingRead {
  const nameText = title.trim() || 'Equations';
  return { level: 0, number: null, name: nameText.replace(/[\\`*_[\]<>$#|~]/g, '\\$&'), nameText, nameOffset: 0, id: null };
}

/**
 * The records of a section whose heading is a formula (formula-heading.ts) take the name of the
 * heading above it, "Name (2)" from its second formula on (its own records counted too).
 */
function nameByParent(section: SectionRead, parent: { text: string; name: string; named: { count: number } }): void {
  const own = section.heading.name;
  for (const draft of section.drafts) {
    if (draft.name !== own && draft.ordinalName === undefined) continue;
    parent.named.count++;
    const n = parent.named.count;
    draft.name = n === 1 ? parent.name : `${parent.name} (${n})`;
    draft.nameText = n === 1 ? parent.text : `${parent.text} (${n})`;
    delete draft.ordinalName;
  }
}

/** `firstSection`: the first chunk whose equations are records (the ones before are preamble, title and intro). */
/** `title`: the document's, naming a formula heading with no heading above it. */
export function buildEquations(parsed: ParsedChunk[], firstSection: number, fctx: FileContext, diagnostics: Diagnostic[], slugStyle: SlugStyle | undefined, title: string): Equation[] {
  const level = equationLevel(parsed);
  const drafts: Array<{ draft: SectionRead['drafts'][number]; group: string | null }> = [];
  const stack: Array<{ level: number; text: string; name: string; named: { count: number } }> = [];
  const top = { count: 0 };
  parsed.forEach((p, i) => {
    // The text before the first heading (level 0) holds records when it presents formulas (trial 3, H1).
    if (i < firstSection && p.chunk.headingLevel > 0) return;
    if (p.chunk.headingLevel === 0) {
      // A document with no heading at all, or the formulas before its first heading: named by the title.
      for (const draft of p.section?.drafts ?? []) drafts.push({ draft, group: null });
      top.count += p.section?.drafts.length ?? 0;
      return;
    }
    const heading = p.tree.children[0];
    if (!heading || heading.type !== 'heading') return;
    while (stack.length > 0 && stack[stack.length - 1]!.level >= heading.depth) stack.pop();
    const group = stack.length > 0 ? stack[stack.length - 1]!.text : null;
    const section = p.section;
    if (section?.formulaHeading) nameByParent(section, stack[stack.length - 1] ?? { text: title, name: untitledHeading(title).name, named: top });
    if (section) for (const draft of section.drafts) drafts.push({ draft, group });
    const read = section?.heading ?? readHeading(heading, p.ctx);
    if (read.level === 4 && read.number !== null && (section?.drafts.length ?? 0) === 0) {
      diagnostics.push(diagnosticAt(fctx, read.nameOffset, headingWithoutEquation, headingWithoutEquation.messages.noEquation(read.nameText), null));
    }
    stack.push({ level: heading.depth, text: read.nameText, name: read.name, named: { count: section?.formulaHeading ? 0 : (section?.drafts.length ?? 0) } });
  });
  const slugs = uniqueSlugs(slugRequests(drafts.map(({ draft }) => draft), slugStyle));
  return drafts.map(({ draft, group }, i) => {
    const slug = slugs[i]!;
    for (const at of draft.itemsWithoutMath) {
      diagnostics.push(diagnosticAt(fctx, at, whereItemWithoutMath, whereItemWithoutMath.messages.wrap(), slug));
    }
    const equation: Equation = {
      slug,
      number: draft.headingLevel === level ? draft.headingNumber : null,
      name: draft.name,
      nameText: draft.nameText,
      latex: draft.math.latex,
      latexMap: draft.math.map,
      display: draft.display,
      group,
      headingLevel: draft.headingLevel,
      variables: draft.variables,
      notes: draft.notes,
      inlineMath: draft.inlineMath,
      // The name's own place (a bold label's, or the heading's): diagnostics about the name point there (rules/collection.ts).
      positions: { ...draft.positions, name: fctx.lines.span(draft.nameOffset, draft.nameOffset) },
    };
    if (draft.math.macroError) equation.macroError = draft.math.macroError;
    if (draft.id) equation.explicitId = draft.id;
    if (draft.label && draft.label !== draft.id) equation.label = draft.label;
    if (draft.otherLabels.length > 0) equation.otherLabels = draft.otherLabels;
    if (draft.content.length > 0) equation.content = draft.content;
    return equation;
  });
}

