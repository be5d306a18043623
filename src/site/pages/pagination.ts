/**
 * Long lists split over pages, so every page stays light at any collection size: the home
 * list and topic pages show LIST_PAGE_SIZE equations a page once they hold more than
 * LIST_ONE_PAGE_MAX, the notation index about SYMBOL_PAGE_ENTRIES meanings a page. Page 1
 * keeps the list's own URL; page k ≥ 2 is `<list path>page/<k>/`. A list that fits one page
 * gets no pager, so small sites (the seed's 100 equations) look exactly as before.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { RenderContext } from '../context.js';
import { siteMessages } from '../i18n/messages.js';

/** A list of at most this many equations is one page (the seed's 100: its site has no pager). */
export const LIST_ONE_PAGE_MAX = 100;
/**
 * Equations per page of a longer list. 50, not 100: a page of 100 typical formulas is ~35 KB
 * of gzipped HTML and pulls ~120 KB of KaTeX fonts, over the 150 KB first-visit budget.
 */
export const LIST_PAGE_SIZE = 50;

/** Equations per page of a list of `total` equations. */
export function listPageSize(total: number): number {
  return total <= LIST_ONE_PAGE_MAX ? Math.max(1, total) : LIST_PAGE_SIZE;
}
/** Meanings (where-list entries) per page of the notation index, whole symbols kept together where they fit. */
export const SYMBOL_PAGE_ENTRIES = 400;

/** The path of page `k` (1-based) of the list at `listPath`. */
export function pagePath(listPath: string, k: number): string {
  return k <= 1 ? listPath : `${listPath}page/${k}/`;
}

/** `items` cut into pages of `size` (at least one page, possibly empty). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length > 0 ? pages : [[]];
}

/**
 * Groups cut into pages of about `budget` entries: a group that fits a page but would
 * overflow the current one starts a new page; a group larger than the budget fills the
 * current page up and goes on over the next ones (its later parts marked `continued`).
 */
export function chunkGroups<G extends { entries: readonly unknown[] }>(groups: readonly G[], budget: number): Array<Array<{ group: G; from: number; to: number; continued: boolean }>> {
  const pages: Array<Array<{ group: G; from: number; to: number; continued: boolean }>> = [[]];
  let used = 0;
  for (const group of groups) {
    let from = 0;
    while (from < group.entries.length || (from === 0 && group.entries.length === 0)) {
      const rest = group.entries.length - from;
      // A group that fits a page starts a new one rather than straddle two; a larger one fills the page up.
      if (used >= budget || (used > 0 && rest <= budget && used + rest > budget)) {
        pages.push([]);
        used = 0;
      }
      const to = Math.min(group.entries.length, from + (budget - used));
      pages[pages.length - 1]!.push({ group, from, to, continued: from > 0 });
      used += Math.max(1, to - from);
      if (to === from) break;
      from = to;
    }
  }
  return pages;
}

/** Page numbers to link: the first, the last, and two either side of the current one; null marks a gap. */
function shownPages(current: number, count: number): Array<number | null> {
  const out: Array<number | null> = [];
  for (let k = 1; k <= count; k++) {
    if (k === 1 || k === count || Math.abs(k - current) <= 2) out.push(k);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  return out;
}

/** "Page k of n" navigation: previous, numbered pages, next. Nothing for a single page. */
export function pager(ctx: RenderContext, listPath: string, current: number, count: number, label: string): ElementContent[] {
  if (count <= 1) return [];
  const href = (k: number): string => ctx.urls.href(pagePath(listPath, k));
  const items: ElementContent[] = shownPages(current, count).map((k) =>
    k === null
      ? h('li.pager-gap', { ariaHidden: 'true' }, '…')
      : h('li', [h('a', { href: href(k), ariaCurrent: k === current ? 'page' : undefined, ariaLabel: siteMessages(ctx).t('pager.page', { page: k }) }, String(k))]),
  );
  const parts: ElementContent[] = [];
  if (current > 1) parts.push(h('a.pager-prev', { href: href(current - 1), rel: 'prev' }, siteMessages(ctx).t('pager.prev')));
  parts.push(h('ol', items));
  if (current < count) parts.push(h('a.pager-next', { href: href(current + 1), rel: 'next' }, siteMessages(ctx).t('pager.next')));
  return [h('nav.pager', { ariaLabel: label }, parts)];
}

/** " (page k of n)" for titles of pages after the first; empty on page 1. */
export function pageSuffix(current: number, count: number, ctx?: RenderContext): string {
  return current > 1 ? (ctx ? siteMessages(ctx).t('pager.suffix', { page: current, count }) : ` (page ${current} of ${count})`) : '';
}
