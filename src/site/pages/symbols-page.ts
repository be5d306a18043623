/**
 * `/symbols/`: the notation index. Every symbol a where-list defines, grouped by symbol key,
 * with each meaning and the equation that gives it; about SYMBOL_PAGE_ENTRIES meanings a
 * page (page k ≥ 2 at `symbols/page/<k>/`), so a large collection's index stays light.
 * A jump-to-letter bar links each initial (on whichever page it starts), a filter box
 * (symbols-filter.ts) narrows the page, and expressions a where-list defines (`(AB)`,
 * `L(\theta)`: more than one symbol) are listed under their equation, not as index keys.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { math, type RenderContext } from '../context.js';
import { renderPage } from './layout.js';
import { markdownInline } from './markdown.js';
import { symbolKey, type SiteCollection, type SiteDeps, type SiteEquation } from '../model.js';
import { chunkGroups, pagePath, pager, pageSuffix, SYMBOL_PAGE_ENTRIES } from './pagination.js';
import { siteMessages } from '../i18n/messages.js';
import { meaningKey } from '../meanings.js';

export interface SymbolGroup {
  key: string;
  /** LaTeX shown for the group (the first symbol met). */
  display: string;
  /**
   * One entry per meaning: the item of the first equation that gives it (`se`), and the later
   * equations that give the symbol the same meaning (`also`, see `meaningKey`).
   */
  entries: Array<{ se: SiteEquation; symbol: string; item: string; also: SiteEquation[] }>;
}

/**
 * The key of one defined symbol: symbols.ts's single key when it gives exactly one, else its
 * normalised LaTeX; null for an expression (symbols.ts finds more than one symbol in it).
 */
function keyOfSymbol(deps: SiteDeps, latex: string): string | null {
  if (deps.equationSymbols) {
    try {
      const keys = [
        ...new Set(
          [...deps.equationSymbols(latex)]
            .map((k) => (typeof k === 'string' ? k : k && typeof k === 'object' && typeof (k as { key?: unknown }).key === 'string' ? (k as { key: string }).key : null))
            .filter((k): k is string => !!k),
        ),
      ];
      if (keys.length === 1 && keys[0]) return keys[0];
      if (keys.length > 1) return null;
    } catch {
      // fall through to the plain key
    }
  }
  return symbolKey(latex);
}

/** Expressions defined in where-lists, by equation (document order). */
export interface ExpressionGroup {
  se: SiteEquation;
  entries: Array<{ symbol: string; item: string }>;
}

export function expressionGroups(sc: SiteCollection, deps: SiteDeps): ExpressionGroup[] {
  const out: ExpressionGroup[] = [];
  for (const se of sc.equations) {
    const entries: ExpressionGroup['entries'] = [];
    for (const v of se.eq.variables) {
      if (v.inherited) continue;
      // One entry per where-item, however many expressions it defines.
      const symbol = v.symbols.find((x) => keyOfSymbol(deps, x) === null);
      if (symbol !== undefined) entries.push({ symbol, item: v.item });
    }
    if (entries.length) out.push({ se, entries });
  }
  return out;
}

/** The letter a group is filed under in the jump bar: A–Z by its sort text, or "#". */
function initialOf(g: SymbolGroup): string {
  const c = sortText(g.display)[0]?.toUpperCase() ?? '';
  return /[A-Z]/.test(c) ? c : '#';
}

const letterId = (letter: string): string => (letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`);

/** Sort text: letters of the LaTeX without commands' backslashes, case-insensitive. */
function sortText(latex: string): string {
  return latex.replace(/\\(mathbf|mathrm|text|hat|bar|tilde|boldsymbol|mathcal|mathbb|operatorname)\b/g, '').replace(/[^A-Za-z0-9]/g, '').toLowerCase();
}

/**
 * Symbols of one where-list item that the index lists (each with the whole item): an item naming
 * thousands of symbols (`$x$ $x$ …`) would otherwise make the page quadratic in its length.
 */
export const MAX_INDEXED_SYMBOLS_PER_ITEM = 32;

/** Equations one entry of the index links at most (a meaning shared by more continues in another entry). */
export const MAX_EQUATIONS_PER_MEANING = 50;

export function symbolGroups(sc: SiteCollection, deps: SiteDeps): SymbolGroup[] {
  const groups = new Map<string, SymbolGroup>();
  /** Each group's entries by meaning. */
  const meanings = new Map<SymbolGroup, Map<string, SymbolGroup['entries'][number]>>();
  for (const se of sc.equations) {
    for (const v of se.eq.variables) {
      if (v.inherited) continue;
      const listed = new Set<SymbolGroup>();
      for (const symbol of v.symbols.slice(0, MAX_INDEXED_SYMBOLS_PER_ITEM)) {
        const key = keyOfSymbol(deps, symbol);
        if (key === null) continue; // an expression: listed under its equation
        let g = groups.get(key);
        if (!g) groups.set(key, (g = { key, display: symbol, entries: [] }));
        // One entry per item under a symbol, however often the item names it.
        if (listed.has(g)) continue;
        listed.add(g);
        let byMeaning = meanings.get(g);
        if (!byMeaning) meanings.set(g, (byMeaning = new Map()));
        const meaning = meaningKey(v.description);
        const same = byMeaning.get(meaning);
        // The symbol once per meaning, with every equation that gives it that meaning (past
        // MAX_EQUATIONS_PER_MEANING of them, a new entry: a page's size stays bounded by its entries).
        if (same && same.also.length + 1 < MAX_EQUATIONS_PER_MEANING) {
          if (same.se !== se && !same.also.includes(se)) same.also.push(se);
          continue;
        }
        const entry = { se, symbol, item: v.item, also: [] };
        byMeaning.set(meaning, entry);
        g.entries.push(entry);
      }
    }
  }
  return [...groups.values()].sort((a, b) => sortText(a.display).localeCompare(sortText(b.display)) || a.key.localeCompare(b.key));
}

interface SymbolPages {
  groups: number;
  pages: ReturnType<typeof chunkGroups<SymbolGroup>>;
  /** The expressions each page lists after its symbols (1-based page → groups): on the last symbol page when they fit its budget, else on pages of their own. */
  expressions: Map<number, ExpressionGroup[]>;
  count: number;
}

/**
 * The groups of a collection cut into pages, computed once per collection model: by its equations,
 * which a plan of `formulary dev` shares with the last one when the collection's file did not change (model.ts).
 */
const pagesOf = new WeakMap<SiteEquation[], SymbolPages>();

function symbolPages(sc: SiteCollection, deps: SiteDeps): SymbolPages {
  let cached = pagesOf.get(sc.equations);
  if (!cached) {
    const groups = symbolGroups(sc, deps);
    const pages = chunkGroups(groups, SYMBOL_PAGE_ENTRIES);
    const expressions = new Map<number, ExpressionGroup[]>();
    const exprs = expressionGroups(sc, deps);
    const last = pages[pages.length - 1] ?? [];
    const used = last.reduce((n, p) => n + (p.to - p.from), 0);
    const exprEntries = exprs.reduce((n, x) => n + x.entries.length, 0);
    let count = pages.length;
    if (used + exprEntries <= SYMBOL_PAGE_ENTRIES) {
      if (exprs.length) expressions.set(count, exprs);
    } else {
      // Whole equations' expressions a page, on pages after the symbols: no page grows past the budget much.
      let page: ExpressionGroup[] = [];
      let size = 0;
      for (const x of exprs) {
        if (size > 0 && size + x.entries.length > SYMBOL_PAGE_ENTRIES) {
          expressions.set(++count, page);
          page = [];
          size = 0;
        }
        page.push(x);
        size += x.entries.length;
      }
      if (page.length) expressions.set(++count, page);
    }
    pagesOf.set(sc.equations, (cached = { groups: groups.length, pages, expressions, count }));
  }
  return cached;
}

/** Number of pages of the notation index. */
export function symbolPageCount(sc: SiteCollection, deps: SiteDeps): number {
  return symbolPages(sc, deps).count;
}

/**
 * What notation page `pageNumber` shows besides the site's shell (its page key, page-keys.ts): the
 * page's groups and expressions with their entries (equations stay records), the letter bar, the counts.
 */
export function symbolsPageInputs(sc: SiteCollection, deps: SiteDeps, pageNumber: number): { parts: unknown; shown: SiteEquation[] } {
  const { groups, pages, expressions, count } = symbolPages(sc, deps);
  const firstPageOf = new Map<string, number>();
  pages.forEach((page, k) => page.forEach(({ group }) => firstPageOf.has(initialOf(group)) || firstPageOf.set(initialOf(group), k + 1)));
  const shown: SiteEquation[] = [];
  const groupParts = (pages[pageNumber - 1] ?? []).map(({ group: g, from, to, continued }) => [
    g.key,
    g.display,
    continued,
    g.entries.slice(from, to).map((e) => {
      shown.push(e.se, ...e.also);
      return [e.symbol, e.item, e.also.length];
    }),
  ]);
  const exprParts = (expressions.get(pageNumber) ?? []).map((x) => {
    shown.push(x.se);
    return x.entries.map((e) => [e.symbol, e.item]);
  });
  return { parts: [pageNumber, count, groups, [...firstPageOf], groupParts, exprParts], shown };
}

/** A page's symbols with their meanings; nothing on a page of expressions only. `startsHere`: the page holds the first group of that letter. */
function symbolList(ctx: RenderContext, sc: SiteCollection, shown: SymbolPages['pages'][number], startsHere: (letter: string) => boolean): ElementContent[] {
  if (shown.length === 0) return [];
  const seen = new Set<string>();
  return [
    h(
      'dl.symbol-index',
      shown.map(({ group: g, from, to, continued }) => {
        const letter = initialOf(g);
        const first = !continued && !seen.has(letter) && startsHere(letter);
        seen.add(letter);
        return h('div.symbol-group', { id: first ? letterId(letter) : undefined, dataKey: g.key }, [
          h('dt', continued ? [math(ctx, g.display, false), ' ', h('span.count', siteMessages(ctx).t('symbols.continued'))] : [math(ctx, g.display, false)]),
          h('dd', [
            h(
              'ul',
              g.entries.slice(from, to).map((e) =>
                h('li', [
                  h('span.meaning', markdownInline(e.item, ctx, 'elided')),
                  ' — ',
                  ...[e.se, ...e.also].flatMap((se, i) => [...(i > 0 ? [', '] : []), h('a', { href: ctx.urls.href(sc.paths.equation(se.eq.slug)) }, se.eq.nameText)]),
                ]),
              ),
            ),
          ]),
        ]);
      }),
    ),
  ];
}

export function renderSymbolsPage(ctx: RenderContext, sc: SiteCollection, deps: SiteDeps, pageNumber = 1): string {
  const { groups, pages, expressions: expressionPages, count } = symbolPages(sc, deps);
  const shown = pages[pageNumber - 1] ?? [];
  const t = siteMessages(ctx).t;
  const label = t('symbols.pages');
  // Where each initial starts: the first page holding a group filed under it.
  const firstPageOf = new Map<string, number>();
  pages.forEach((page, k) => page.forEach(({ group }) => firstPageOf.has(initialOf(group)) || firstPageOf.set(initialOf(group), k + 1)));
  const letterLink = (letter: string, k: number): ElementContent =>
    h('li', [h('a', { href: `${k === pageNumber ? '' : ctx.urls.href(pagePath(sc.paths.symbols(), k))}#${letterId(letter)}` }, letter === '#' ? t('byName.otherHeading') : letter)]);
  const expressions = expressionPages.get(pageNumber) ?? [];
  const main: ElementContent[] = [
    h('h1', t('symbols.title') + pageSuffix(pageNumber, count, ctx)),
    h('p', t('symbols.intro', { count: groups, title: sc.collection.title })),
    h('nav.letter-bar', { ariaLabel: t('byName.letters') }, [h('ul', [...firstPageOf].map(([letter, k]) => letterLink(letter, k)))]),
    // Shown by symbols-filter.ts; without JavaScript, find-in-page does the same.
    h('p.symbol-filter', { hidden: true }, [
      h('label', { for: 'symbol-filter' }, t('symbols.filter')),
      h('input#symbol-filter', { type: 'search', autoComplete: 'off', placeholder: t('symbols.filterPlaceholder') }),
      ' ',
      h('span.symbol-filter-count', { role: 'status' }),
    ]),
    ...pager(ctx, sc.paths.symbols(), pageNumber, count, label),
    ...symbolList(ctx, sc, shown, (letter) => firstPageOf.get(letter) === pageNumber),
    ...(expressions.length
      ? [
          h('section.expression-index', { ariaLabelledBy: 'expressions' }, [
            h('h2#expressions', t('symbols.expressions')),
            h('p', t('symbols.expressionsIntro')),
            h(
              'dl.symbol-index',
              expressions.map((x) =>
                h('div.symbol-group', [
                  h('dt', [h('a', { href: ctx.urls.href(sc.paths.equation(x.se.eq.slug)) }, x.se.eq.nameText)]),
                  h('dd', [h('ul', x.entries.map((e) => h('li', [h('span.meaning', markdownInline(e.item, ctx, 'elided'))])))]),
                ]),
              ),
            ),
          ]),
        ]
      : []),
    ...pager(ctx, sc.paths.symbols(), pageNumber, count, t('symbols.pagesBottom')),
  ];
  return renderPage(ctx, {
    path: pagePath(sc.paths.symbols(), pageNumber),
    title: t('symbols.titleOf', { title: sc.collection.title }) + pageSuffix(pageNumber, count, ctx),
    description: t('symbols.description', { title: sc.collection.title }),
    jsonLd: { '@type': 'DefinedTermSet', name: t('symbols.titleOf', { title: sc.collection.title }) },
    main,
    paths: sc.paths,
    collectionTitle: sc.collection.title,
    current: 'symbols',
  });
}
