/**
 * References between equations on the site: each reference in prose links to its target's page
 * with the target's number ("Eq. 17") or, where unnumbered, its name; each equation knows which
 * equations (or which collection's introduction) refer to it, for its "Referenced by" list.
 * Resolution is the checker's (rules/reference-targets.ts): what `check` accepts links here.
 */
import type { Collection, EquationReference, MacroTable } from '../types.js';
import { ReferenceIndex } from '../rules/reference-targets.js';
import { slugify } from '../slug.js';
import type { SiteCollection, SiteEquation } from './model.js';

/** A referenced equation's preview card, inside its page's folder (pages/reference-preview.ts). */
export const PREVIEW_FILE = 'preview.html';

/** English strings of references on the pages, in one place. */
export const REFERENCE_TEXT = {
  numbered: (n: number) => `Eq. ${n}`,
  referencedBy: 'Referenced by',
  refersTo: 'Refers to ',
  introduction: 'Introduction',
} as const;

/** A reference as the pages write it: where it goes and what it says. */
export interface ReferenceLink {
  href: string;
  /** The target's preview card (pages/reference-preview.ts). */
  preview: string;
  text: string;
  /** The target's name (for the link's title when the text is its number). */
  name: string;
}

/** Who refers to an equation: another equation, or a collection's introduction (`se` null). */
export interface Backlink {
  sc: SiteCollection;
  se: SiteEquation | null;
}

/** References written in prose as the pages show them (after markdown): `[[x]]`, `[[x|text]]`, `\eqref{x}`, `\ref{x}`, `@eq-x`, `@eq:x`, `\@ref(eq:x)`. */
export const PROSE_REFERENCE = /\[\[([A-Za-z0-9][^[\]$\\|\n]{0,79}?)(?:\|([^[\]\n]{1,120}))?\]\]|\\(?:eq)?ref[ \t]*\{([^{}\n]{1,80})\}|(?<![\w@.\\])@(eq[-:][A-Za-z0-9_-]{1,80}(?::[A-Za-z0-9_-]{1,80})*)|\\@ref\((eq:[A-Za-z0-9_:.-]{1,80})\)/g;

export class SiteReferences {
  private readonly index: ReferenceIndex;
  private readonly siteOf = new Map<Collection, SiteCollection>();
  private readonly backlinks = new Map<SiteEquation, Backlink[]>();
  private readonly targetOf = new Map<SiteEquation, { sc: SiteCollection; se: SiteEquation }>();

  constructor(collections: readonly SiteCollection[], private readonly href: (path: string) => string) {
    this.index = new ReferenceIndex(collections.map((sc) => sc.collection));
    for (const sc of collections) this.siteOf.set(sc.collection, sc);
    for (const sc of collections) {
      for (const ref of sc.collection.references ?? []) {
        const target = this.target(ref, sc.collection);
        if (!target) continue;
        this.targetOf.set(target.se, target);
        const from = referrer(sc, ref);
        if (from === target.se) continue;
        const list = this.backlinks.get(target.se) ?? [];
        if (!list.some((b) => b.se === from && b.sc === sc)) list.push({ sc, se: from });
        this.backlinks.set(target.se, list);
      }
    }
  }

  private target(ref: Pick<EquationReference, 'target' | 'id'>, from: Collection | null): { sc: SiteCollection; se: SiteEquation } | null {
    const r = this.index.resolve(ref, from);
    // An ambiguous reference links to the first (check warns about it).
    const t = r.kind === 'found' ? r.target : r.kind === 'ambiguous' ? r.targets[0]! : null;
    const sc = t && this.siteOf.get(t.collection);
    const se = sc?.bySlug.get(t!.equation.slug);
    return sc && se ? { sc, se } : null;
  }

  /** The link for `target` written in `from` (null: nothing answers to it; shown as written). `shown`: the author's own text (`[[x|text]]`). */
  link(target: string, from: Collection | null, shown?: string): ReferenceLink | null {
    const t = this.target({ target, id: slugify(target) }, from);
    if (!t) return null;
    const eq = t.se.eq;
    const text = shown?.trim() || (eq.number !== null ? REFERENCE_TEXT.numbered(eq.number) : eq.nameText);
    const href = this.href(t.sc.paths.equation(eq.slug));
    return { href, preview: `${href}${PREVIEW_FILE}`, text, name: eq.nameText };
  }

  /** Every equation something refers to, with its collection (each has a preview card). */
  targets(): Array<{ sc: SiteCollection; se: SiteEquation }> {
    return [...this.targetOf.values()];
  }

  referencedBy(se: SiteEquation): Backlink[] {
    return this.backlinks.get(se) ?? [];
  }
}

/** The equation whose section holds the reference (null: before the first equation). */
function referrer(sc: SiteCollection, ref: EquationReference): SiteEquation | null {
  let found: SiteEquation | null = null;
  for (const se of sc.equations) {
    if (se.eq.positions.heading.start.offset <= ref.position.start.offset) found = se;
    else break;
  }
  return found;
}

/** Renders with references looking in `sc`'s document first. */
export function withReferencesFrom<T>(ctx: { references?: { from: Collection | null }; macros?: MacroTable }, sc: SiteCollection, render: () => T): T {
  // The collection's own macros for its markdown's math (its formulas were expanded by the parser).
  const macros = ctx.macros;
  if (macros) ctx.macros = sc.collection.macros ?? {};
  if (ctx.references) ctx.references.from = sc.collection;
  try {
    return render();
  } finally {
    if (ctx.references) ctx.references.from = null;
    if (macros) ctx.macros = macros;
  }
}
