/**
 * Rules across the equations of a collection: duplicate names and slugs, names that give no
 * slug, numbering out of sequence, and an equation that repeats or contains another's.
 */
import type { Diagnostic, Equation } from '../types.js';
import { type SlugStyle, slugify } from '../slug.js';
import { diagnosticAt, type FileContext } from '../diagnostics/diagnostic.js';
import { headingNameOffset } from './structure.js';

export function checkCollection(equations: Equation[], ctx: FileContext, slugStyle?: SlugStyle): Diagnostic[] {
  const out: Diagnostic[] = [];
  const names = new Map<string, Equation>();
  const slugs = new Map<string, Equation>();
  let previousNumber: number | null = null;
  for (const eq of equations) {
    const at = headingNameOffset(eq, ctx);
    const key = eq.nameText.toLowerCase();
    const base = eq.explicitId ?? slugify(eq.nameText, slugStyle);
    const sameName = names.get(key);
    if (sameName) {
      out.push(diagnosticAt(ctx, at, 'warning', 'duplicate-name', `"${eq.nameText}" is also the name of the equation at line ${sameName.positions.heading.start.line}; this one's page is /equations/${eq.slug}/ (rename one for a clearer URL)`, eq.slug));
    } else if (base && slugs.has(base)) {
      const other = slugs.get(base)!;
      out.push(diagnosticAt(ctx, at, 'error', 'duplicate-slug', `"${eq.nameText}" and "${other.nameText}" (line ${other.positions.heading.start.line}) get the same URL /equations/${base}/; rename one`, eq.slug));
    }
    names.set(key, eq);
    if (base && !slugs.has(base)) slugs.set(base, eq);
    if (!base) {
      out.push(diagnosticAt(ctx, at, 'warning', 'empty-slug', `The name "${eq.nameText}" has no letters or digits to make a URL from; the page is /equations/${eq.slug}/`, eq.slug));
    }
    if (eq.number !== null) {
      if (previousNumber !== null && eq.number !== previousNumber + 1) {
        const numberAt = eq.positions.heading.start.offset + (ctx.lines.text.slice(eq.positions.heading.start.offset).search(/\d/));
        out.push(diagnosticAt(ctx, numberAt, 'warning', 'numbering', `Equation ${eq.number} follows equation ${previousNumber}: expected ${previousNumber + 1}`, eq.slug));
      }
      previousNumber = eq.number;
    }
  }
  for (const item of checkRepeats(equations, ctx)) out.push(item);
  return out;
}

/** LaTeX reduced to what changes the formula: no spacing commands, alignment or trailing punctuation. */
function normalise(latex: string): string {
  return latex
    .replace(/\\[,;:!]|\\quad|\\qquad|&|\s+/g, '')
    .replace(/\\begin\{(aligned|gathered|align\*?|split)\}|\\end\{(aligned|gathered|align\*?|split)\}/g, '')
    .replace(/[,.]+$/, '');
}

/** Top-level lines (`\\`) and `\quad`-separated parts of an equation, normalised. */
function parts(latex: string): string[] {
  const stripped = latex.replace(/\\begin\{(aligned|gathered|align\*?|split)\}|\\end\{(aligned|gathered|align\*?|split)\}/g, '');
  return stripped
    .split(/\\\\|,?\s*\\quad|,?\s*\\qquad/)
    .map(normalise)
    .filter((p) => p.length >= 12);
}

function checkRepeats(equations: Equation[], ctx: FileContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const whole = new Map<string, Equation>();
  const partOf = new Map<string, Equation>();
  for (const eq of equations) {
    if (!eq.latex.trim()) continue;
    const n = normalise(eq.latex);
    const at = eq.positions.equation?.start.offset ?? eq.positions.heading.start.offset;
    const same = whole.get(n) ?? partOf.get(n);
    if (same) {
      const how = whole.has(n) ? 'repeats' : 'repeats part of';
      out.push(diagnosticAt(ctx, at, 'warning', 'duplicate-equation', `This equation ${how} "${same.nameText}" (line ${same.positions.heading.start.line}); link to it or say why it is repeated`, eq.slug));
    } else {
      for (const p of parts(eq.latex)) {
        const contained = whole.get(p);
        if (contained && p !== n) {
          out.push(diagnosticAt(ctx, at, 'warning', 'duplicate-equation', `This equation contains "${contained.nameText}" (line ${contained.positions.heading.start.line}) as one of its lines`, eq.slug));
          break;
        }
      }
    }
    if (!whole.has(n)) whole.set(n, eq);
    for (const p of parts(eq.latex)) if (p !== n && !partOf.has(p)) partOf.set(p, eq);
  }
  return out;
}
