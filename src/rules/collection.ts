/**
 * Rules across the equations of a collection, in one pass: duplicate names, ids and slugs, names that
 * give no slug, numbering out of sequence (their checks in empty-slug.ts and numbering.ts), and an
 * equation that repeats or contains another's (duplicate-equation.ts).
 */
import type { Diagnostic, Equation } from '../types.js';
import { type SlugStyle, slugify } from '../slug.js';
import { diagnosticAt, type FileContext } from '../diagnostics/diagnostic.js';
import { headingNameOffset } from './structure.js';
import { duplicateName } from './duplicate-name.js';
import { duplicateSlug } from './duplicate-slug.js';
import { duplicateId } from './duplicate-id.js';
import { checkEmptySlug } from './empty-slug.js';
import { checkNumbering } from './numbering.js';
import { checkDuplicateEquations } from './duplicate-equation.js';

/** The line of a record's name: its bold label's, or its heading's. */
const nameLine = (eq: Equation): number => (eq.positions.name ?? eq.positions.heading).start.line;

/** `sectionNumbers`: the heading numbers number sections (Collection.headingNumbers): no `numbering` warning. */
export function checkCollection(equations: Equation[], ctx: FileContext, slugStyle?: SlugStyle, sectionNumbers = false): Diagnostic[] {
  const out: Diagnostic[] = [];
  const names = new Map<string, Equation>();
  const ids = new Map<string, Equation>();
  // Who holds each URL (slugs are unique by now: src/slug.ts uniqueSlugs).
  const holders = new Map(equations.map((eq) => [eq.slug, eq]));
  let previousNumber: number | null = null;
  for (const eq of equations) {
    // At the name as written: a bold label naming the formula, or the heading (rules/structure.ts headingNameOffset).
    const at = eq.positions.name?.start.offset ?? headingNameOffset(eq, ctx);
    const key = eq.nameText.toLowerCase();
    const base = eq.explicitId ?? slugify(eq.nameText, slugStyle);
    const sameName = names.get(key);
    const sameId = eq.explicitId === undefined ? undefined : ids.get(eq.explicitId);
    if (sameId) {
      out.push(diagnosticAt(ctx, at, duplicateId, duplicateId.messages.sameId(eq.explicitId!, sameId.nameText, nameLine(sameId), eq.slug), eq.slug));
    } else if (sameName) {
      out.push(diagnosticAt(ctx, at, duplicateName, duplicateName.messages.sameName(eq.nameText, nameLine(sameName), eq.slug), eq.slug));
    } else if (base && eq.slug !== base && holders.has(base) && holders.get(base)!.positions.heading.start.offset !== eq.positions.heading.start.offset) {
      // "Name (2)", the second record of a section whose URL got "-2", follows its section silently.
      const other = holders.get(base)!;
      out.push(diagnosticAt(ctx, at, duplicateSlug, duplicateSlug.messages.sameUrl(eq.nameText, other.nameText, nameLine(other), base, eq.slug), eq.slug));
    }
    names.set(key, eq);
    if (eq.explicitId !== undefined && !ids.has(eq.explicitId)) ids.set(eq.explicitId, eq);
    const noSlug = checkEmptySlug(eq, base, at, ctx);
    if (noSlug) out.push(noSlug);
    if (eq.number !== null && !sectionNumbers) {
      const outOfSequence = checkNumbering(eq, previousNumber, ctx);
      if (outOfSequence) out.push(outOfSequence);
      previousNumber = eq.number;
    }
  }
  for (const item of checkDuplicateEquations(equations, ctx)) out.push(item);
  return out;
}
