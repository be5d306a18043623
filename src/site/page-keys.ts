/**
 * Page keys: a hash of everything a page is made from, so a rebuild can keep a page it would
 * render to the same bytes (render-site.ts, write/incremental.ts). A key must change whenever the
 * page's bytes could: each key covers the site's shell (URLs, assets, titles, theme, the list of
 * collections), the page's own facts, and every equation the page shows as a whole record minus
 * its source positions (an edit above an equation moves its offsets, not its page). Equations are
 * hashed once per build; a page's key is a hash of those hashes. When in doubt a key takes more
 * than the page reads: a neighbour's formula edit re-renders its neighbours, which is cheap.
 *
 * The running code is not part of a key: the output manifest that stores them is only used by a
 * build of the same code (its stamp, write/incremental.ts).
 */
import { createHash } from 'node:crypto';
import type { RenderContext } from './context.js';
import type { SiteCollection, SiteEquation } from './model.js';
import { relatedWhy } from './related.js';
import { otherMeanings } from './meanings.js';

/** Record fields that say where something is in the source file, not what it is. */
const POSITIONAL = new Set(['positions', 'latexMap', 'position', 'symbolSources', 'inlineMath']);
const withoutPositions = (key: string, value: unknown): unknown => (POSITIONAL.has(key) ? undefined : value);

const hash = (text: string): string => createHash('sha1').update(text).digest('base64url');

export interface KeyFlags {
  /** Equation pages get an SVG and a card (their paths are in the page). */
  images: boolean;
  /** Equation pages get a spoken form. */
  speech: boolean;
}

export class PageKeys {
  private readonly views = new WeakMap<SiteEquation, string>();
  private readonly collections = new WeakMap<SiteCollection, string>();
  private readonly site: string;

  constructor(ctx: RenderContext, all: SiteCollection[], flags: KeyFlags) {
    this.site = hash(
      JSON.stringify([
        ctx.urls.base,
        ctx.urls.siteUrl,
        ctx.assets,
        ctx.siteTitle,
        ctx.repoUrl,
        ctx.repoBranch,
        ctx.site ?? null,
        all.map((c) => [c.paths.prefix, c.collection.title, c.collection.sourceFile]),
        flags,
        // References link by other equations' numbers and names, and give backlinks: with any, every page depends on them.
        ...(all.some((c) => c.collection.references?.length) ? [all.map((c) => [c.collection.references?.map((r) => [r.target, r.position.start.offset]), c.equations.map((e) => [e.eq.slug, e.eq.number, e.eq.nameText, e.eq.positions.heading.start.offset])])] : []),
        // The macros typeset every where-item's, note's and introduction's math (the records hold only the expanded formulas).
        ...(ctx.macros ? [all.map((c) => c.collection.macros ?? null)] : []),
        // The images of section content, by their hashed names: a changed image changes its page.
        ...(ctx.contentImages ? [[...ctx.contentImages]] : []),
      ]),
    );
  }

  /** One equation as any page shows it: its record without positions, its linked LaTeX, its topic. */
  view(se: SiteEquation): string {
    let v = this.views.get(se);
    if (v === undefined) {
      v = hash(JSON.stringify([JSON.stringify(se.eq, withoutPositions), se.latex, [...se.linked], se.topic ? [se.topic.slug, se.topic.title] : null]));
      this.views.set(se, v);
    }
    return v;
  }

  /** What every page of a collection shows about it: title, texts, topics with their sizes, size. */
  private collection(sc: SiteCollection): string {
    let v = this.collections.get(sc);
    if (v === undefined) {
      const c = sc.collection;
      v = hash(JSON.stringify([sc.paths.prefix, sc.primary, c.title, c.intro, c.preamble, c.sourceFile, sc.topics.map((t) => [t.slug, t.title, t.equations.length]), sc.equations.length]));
      this.collections.set(sc, v);
    }
    return v;
  }

  private of(parts: unknown[]): string {
    return hash(JSON.stringify([this.site, ...parts]));
  }

  /**
   * An equation's page: the equation, its neighbours, related equations (with the reasons shown),
   * the sources of its borrowed meanings, and which of its formulas get media (`media`: an earlier
   * long formula can use up the build's budget for them, katex/limits.ts).
   */
  equation(sc: SiteCollection, se: SiteEquation, repoUrl: string | null, media: boolean[] | null = null): string {
    const prev = sc.equations[se.index - 1];
    const next = sc.equations[se.index + 1];
    // What the reason is written from (describeShared shows the first shared meaning and how many more).
    const related = relatedWhy(sc, se).map((r) => [this.view(r.e), r.shared[0]?.latex ?? null, r.shared[0]?.meaning ?? null, r.shared.length, r.topic]);
    const sources = (se.eq.borrowed ?? []).map((b) => {
      const source = sc.bySlug.get(b.from);
      return source ? this.view(source) : null;
    });
    // The source link names the formula's line.
    const line = repoUrl ? (se.eq.positions.equation ?? se.eq.positions.heading).start.line : null;
    // "Also means": the other meanings of its symbols, with the equations that give them (meanings.ts).
    const also = se.eq.variables.map((v) => otherMeanings(sc, se, v).map((o) => [o.description, this.view(o.se)]));
    return this.of(['equation', this.collection(sc), this.view(se), prev ? this.view(prev) : null, next ? this.view(next) : null, related, sources, line, media, also]);
  }

  /** Page `k` of `count` of an equation list (home, topic) showing `shown`. */
  list(sc: SiteCollection, what: string, k: number, count: number, shown: SiteEquation[]): string {
    return this.of(['list', what, this.collection(sc), k, count, shown.map((se) => this.view(se))]);
  }

  /** Another page of a collection (or of the site, `sc` null): what it shows, and the equations it shows. */
  page(sc: SiteCollection | null, what: string, parts: unknown, shown: Array<SiteEquation | { prefix: string; se: SiteEquation }>): string {
    return this.of(['page', what, sc ? this.collection(sc) : null, parts, shown.map((x) => ('se' in x ? [x.prefix, this.view(x.se)] : this.view(x)))]);
  }

  /** An equation's page at its number (`/equations/17/`): the same page as at its slug. */
  numbered(equationKey: string): string {
    return this.of(['numbered', equationKey]);
  }
}
