/**
 * `/symbols/`: the notation index. Every symbol a where-list defines, grouped by symbol key,
 * with each meaning and the equation that gives it; about SYMBOL_PAGE_ENTRIES meanings a
 * page (page k ≥ 2 at `symbols/page/<k>/`), so a large collection's index stays light.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { math, type RenderContext } from '../context.js';
import { renderPage } from './layout.js';
import { markdownInline } from './markdown.js';
import { symbolKey, type SiteCollection, type SiteDeps, type SiteEquation } from '../model.js';
import { chunkGroups, pagePath, pager, pageSuffix, SYMBOL_PAGE_ENTRIES } from './pagination.js';

export interface SymbolGroup {
  key: string;
  /** LaTeX shown for the group (the first symbol met). */
  display: string;
  entries: Array<{ se: SiteEquation; symbol: string; item: string }>;
}

/** The key of one defined symbol: symbols.ts's single key when it gives exactly one, else its normalised LaTeX. */
function keyOfSymbol(deps: SiteDeps, latex: string): string {
  if (deps.equationSymbols) {
    try {
      const keys = [...deps.equationSymbols(latex)].filter((k): k is string => typeof k === 'string');
      if (keys.length === 1 && keys[0]) return keys[0];
    } catch {
      // fall through to the plain key
    }
  }
  return symbolKey(latex);
}

/** Sort text: letters of the LaTeX without commands' backslashes, case-insensitive. */
function sortText(latex: string): string {
  return latex.replace(/\\(mathbf|mathrm|text|hat|bar|tilde|boldsymbol|mathcal|mathbb|operatorname)\b/g, '').replace(/[^A-Za-z0-9]/g, '').toLowerCase();
}

/**
 * Symbols of one where-list item that the index lists (each with the whole item): an item naming
 * thousands of symbols (`$x$ $x$ …`) would otherwise make the page quadratic in its length.
 */
export const MAX_INDEXED_SYMBOLS_PER_ITEM = 32;

export function symbolGroups(sc: SiteCollection, deps: SiteDeps): SymbolGroup[] {
  const groups = new Map<string, SymbolGroup>();
  for (const se of sc.equations) {
    for (const v of se.eq.variables) {
      if (v.inherited) continue;
      const listed = new Set<SymbolGroup>();
      for (const symbol of v.symbols.slice(0, MAX_INDEXED_SYMBOLS_PER_ITEM)) {
        const key = keyOfSymbol(deps, symbol);
        let g = groups.get(key);
        if (!g) groups.set(key, (g = { key, display: symbol, entries: [] }));
        // One entry per item under a symbol, however often the item names it.
        if (listed.has(g)) continue;
        listed.add(g);
        g.entries.push({ se, symbol, item: v.item });
      }
    }
  }
  return [...groups.values()].sort((a, b) => sortText(a.display).localeCompare(sortText(b.display)) || a.key.localeCompare(b.key));
}

/** The groups of a collection cut into pages, computed once per collection model. */
const pagesOf = new WeakMap<SiteCollection, { groups: number; pages: ReturnType<typeof chunkGroups<SymbolGroup>> }>();

function symbolPages(sc: SiteCollection, deps: SiteDeps): { groups: number; pages: ReturnType<typeof chunkGroups<SymbolGroup>> } {
  let cached = pagesOf.get(sc);
  if (!cached) {
    const groups = symbolGroups(sc, deps);
    pagesOf.set(sc, (cached = { groups: groups.length, pages: chunkGroups(groups, SYMBOL_PAGE_ENTRIES) }));
  }
  return cached;
}

/** Number of pages of the notation index. */
export function symbolPageCount(sc: SiteCollection, deps: SiteDeps): number {
  return symbolPages(sc, deps).pages.length;
}

export function renderSymbolsPage(ctx: RenderContext, sc: SiteCollection, deps: SiteDeps, pageNumber = 1): string {
  const { groups, pages } = symbolPages(sc, deps);
  const shown = pages[pageNumber - 1] ?? [];
  const label = 'Pages of the notation index';
  const main: ElementContent[] = [
    h('h1', `Notation${pageSuffix(pageNumber, pages.length)}`),
    h('p', `${groups} symbols defined in the where-lists of ${sc.collection.title}, with their meanings.`),
    ...pager(ctx, sc.paths.symbols(), pageNumber, pages.length, label),
    h(
      'dl.symbol-index',
      shown.flatMap(({ group: g, from, to, continued }) => [
        h('dt', continued ? [math(ctx, g.display, false), ' ', h('span.count', '(continued)')] : [math(ctx, g.display, false)]),
        h('dd', [
          h(
            'ul',
            g.entries.slice(from, to).map((e) =>
              h('li', [h('span.meaning', markdownInline(e.item, ctx)), ' — ', h('a', { href: ctx.urls.href(sc.paths.equation(e.se.eq.slug)) }, e.se.eq.nameText)]),
            ),
          ),
        ]),
      ]),
    ),
    ...pager(ctx, sc.paths.symbols(), pageNumber, pages.length, `${label} (bottom)`),
  ];
  return renderPage(ctx, {
    path: pagePath(sc.paths.symbols(), pageNumber),
    title: `Notation of ${sc.collection.title}${pageSuffix(pageNumber, pages.length)}`,
    description: `Every symbol used in ${sc.collection.title} with its meanings and the equations that use it.`,
    jsonLd: { '@type': 'DefinedTermSet', name: `Notation of ${sc.collection.title}` },
    main,
    paths: sc.paths,
    collectionTitle: sc.collection.title,
    current: 'symbols',
  });
}
