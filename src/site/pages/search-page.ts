/**
 * `search/`: where the search form goes without JavaScript (a static site cannot read `?q=`).
 * Every equation's name, filed under the initial of each word of it ("Adam Optimizer" under A
 * and O), with its where-list in plain words, so the reader picks a letter or uses find-in-page
 * and never lands on an unfiltered list with an empty box. Up to ONE_PAGE names it is one page;
 * beyond, `search/` holds the letters and `search/<letter>/` each letter's names, ONE_PAGE a page
 * (`search/<letter>/page/<k>/` after the first), so no page grows with the collection.
 * With JavaScript, search-loader.ts reads `?q=` here and opens the search with it.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { RenderContext } from '../context.js';
import { renderPage } from './layout.js';
import type { SiteCollection, SiteEquation } from '../model.js';
import { plainText } from '../../search/plain-math.js';
import { proseCut } from '../../parse/prose-bound.js';
import { chunk, pagePath, pager, pageSuffix } from './pagination.js';
import { siteMessages } from '../i18n/messages.js';

export const SEARCH_PAGE = 'search/';
/** Names on one page before the list is cut into a page per letter. */
const ONE_PAGE = 300;

interface Entry {
  sc: SiteCollection;
  se: SiteEquation;
}

/** The initials of a name's words (A–Z after removing accents; other scripts under "#"). */
function initials(name: string): Set<string> {
  const out = new Set<string>();
  for (const word of name.normalize('NFD').replace(/\p{M}/gu, '').split(/[^\p{L}\p{N}]+/u)) {
    if (!word || /^\d+$/.test(word)) continue;
    const c = word[0]!.toUpperCase();
    out.add(/[A-Z]/.test(c) ? c : '#');
  }
  return out;
}

/** Per site plan: every search page shows the letters, and sorting 10,000 names per page was most of their cost. */
const lettersMemo = new WeakMap<SiteCollection[], Map<string, Entry[]>>();

export function searchLetters(collections: SiteCollection[]): Map<string, Entry[]> {
  let memo = lettersMemo.get(collections);
  if (!memo) lettersMemo.set(collections, (memo = lettersOf(collections)));
  return memo;
}

function lettersOf(collections: SiteCollection[]): Map<string, Entry[]> {
  const byLetter = new Map<string, Entry[]>();
  for (const sc of collections)
    for (const se of sc.equations)
      for (const l of initials(se.eq.nameText)) {
        let list = byLetter.get(l);
        if (!list) byLetter.set(l, (list = []));
        list.push({ sc, se });
      }
  const collator = new Intl.Collator();
  for (const list of byLetter.values()) list.sort((a, b) => collator.compare(a.se.eq.nameText, b.se.eq.nameText));
  return new Map([...byLetter].sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b))));
}

const slugOf = (letter: string): string => (letter === '#' ? 'other' : letter.toLowerCase());

interface LetterPage {
  letter: string;
  /** 1-based page of the letter's names, and how many pages the letter has. */
  k: number;
  count: number;
  entries: Entry[];
}

const pagesMemo = new WeakMap<SiteCollection[], Map<string, LetterPage>>();

/** Path → letter page, when the list is cut by letter (empty when it is one page). */
function letterPages(collections: SiteCollection[]): Map<string, LetterPage> {
  let memo = pagesMemo.get(collections);
  if (!memo) {
    memo = new Map();
    const total = collections.reduce((n, sc) => n + sc.equations.length, 0);
    if (total > ONE_PAGE) {
      for (const [letter, entries] of searchLetters(collections)) {
        const pages = chunk(entries, ONE_PAGE);
        pages.forEach((list, i) => memo!.set(pagePath(`${SEARCH_PAGE}${slugOf(letter)}/`, i + 1), { letter, k: i + 1, count: pages.length, entries: list }));
      }
    }
    pagesMemo.set(collections, memo);
  }
  return memo;
}

/** Page paths: `search/`, plus `search/<letter>/` (and its further pages) when the list is cut by letter. */
export function searchPagePaths(collections: SiteCollection[]): string[] {
  return [SEARCH_PAGE, ...letterPages(collections).keys()];
}

/** What the search page at `path` shows besides the site's shell (its page key, page-keys.ts): equations stay records. */
export function searchPageInputs(collections: SiteCollection[], path: string): { parts: unknown; shown: Array<{ prefix: string; se: SiteEquation }> } {
  const letters = searchLetters(collections);
  const pages = letterPages(collections);
  const page = pages.get(path);
  const shown = pages.size > 0 ? (page?.entries ?? []) : [...letters.values()].flat();
  return {
    parts: [path, pages.size > 0, [...letters.keys()], page ? [page.letter, page.k, page.count] : null, pages.size > 0 ? null : [...letters].map(([l, list]) => [l, list.length])],
    shown: shown.map((e) => ({ prefix: e.sc.paths.prefix, se: e.se })),
  };
}

/** A where-item as the list shows it: past the prose bound (parse/prose-bound.ts), cut with an ellipsis. */
function bounded(item: string): string {
  const cut = proseCut(item);
  return cut === null ? plainText(item) : `${plainText(item.slice(0, cut))} …`;
}

function entryItem(ctx: RenderContext, { sc, se }: Entry): ElementContent {
  // An item past the prose bound (parse/prose-bound.ts) is shown in full only on its equation's page.
  const defs = se.eq.variables.map((v) => bounded(v.item)).join('; ');
  return h('li', [
    h('a', { href: ctx.urls.href(sc.paths.equation(se.eq.slug)) }, se.eq.nameText),
    ...(defs ? [h('span.search-page-defs', ` — ${defs}`)] : []),
  ]);
}

export function renderSearchPage(ctx: RenderContext, collections: SiteCollection[], path: string): string {
  const letters = searchLetters(collections);
  const pages = letterPages(collections);
  const split = pages.size > 0;
  const page = pages.get(path);
  const current = page?.letter;
  const href = (l: string): string => (split ? ctx.urls.href(`${SEARCH_PAGE}${slugOf(l)}/`) : `#letter-${slugOf(l)}`);
  const shown: Array<readonly [string, Entry[]]> = split ? (page ? [[page.letter, page.entries] as const] : []) : [...letters];
  const suffix = page ? pageSuffix(page.k, page.count, ctx) : '';
  const t = siteMessages(ctx).t;
  const letterPager = (label: string): ElementContent[] => (page ? pager(ctx, `${SEARCH_PAGE}${slugOf(page.letter)}/`, page.k, page.count, label) : []);
  const main: ElementContent[] = [
    h('h1', current ? t('byName.letter', { letter: current === '#' ? t('byName.other') : current }) + suffix : t('byName.title')),
    h('p.search-page-note', [
      t('byName.intro'),
      t('byName.find'),
      h('span.search-page-js', t('byName.js')),
    ]),
    h('nav.letter-bar', { ariaLabel: t('byName.letters') }, [h('ul', [...letters.keys()].map((l) => h('li', [h('a', { href: href(l), ariaCurrent: l === current ? 'page' : undefined }, l === '#' ? t('byName.otherHeading') : l)])))]),
    ...letterPager(t('byName.pages')),
    ...shown.map(([l, entries]) =>
      h('section.search-letter', { ariaLabelledBy: `letter-${slugOf(l)}` }, [
        h(`h2#letter-${slugOf(l)}`, l === '#' ? t('byName.otherHeading') : l),
        h('ul.search-page-list', entries.map((e) => entryItem(ctx, e))),
      ]),
    ),
    ...letterPager(t('byName.pagesBottom')),
  ];
  const primary = collections[0];
  return renderPage(ctx, {
    path,
    title: current ? t('byName.letter', { letter: current }) + suffix : t('byName.title'),
    description: t('byName.description'),
    noindex: true,
    main,
    paths: primary?.paths ?? null,
    collectionTitle: primary?.collection.title,
  });
}
