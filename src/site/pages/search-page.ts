/**
 * `search/`: where the search form goes without JavaScript (a static site cannot read `?q=`).
 * Every equation's name, filed under the initial of each word of it ("Adam Optimizer" under A
 * and O), with its where-list in plain words, so the reader picks a letter or uses find-in-page
 * and never lands on an unfiltered list with an empty box. Up to ONE_PAGE names it is one page;
 * beyond, `search/` holds the letters and `search/<letter>/` each letter's names.
 * With JavaScript, search-loader.ts reads `?q=` here and opens the search with it.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { RenderContext } from '../context.js';
import { renderPage } from './layout.js';
import type { SiteCollection, SiteEquation } from '../model.js';
import { plainText } from '../../search/plain-math.js';

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

/** Page paths: `search/`, plus `search/<letter>/` when the list is cut by letter. */
export function searchPagePaths(collections: SiteCollection[]): string[] {
  const total = collections.reduce((n, sc) => n + sc.equations.length, 0);
  if (total <= ONE_PAGE) return [SEARCH_PAGE];
  return [SEARCH_PAGE, ...[...searchLetters(collections).keys()].map((l) => `${SEARCH_PAGE}${slugOf(l)}/`)];
}

function entryItem(ctx: RenderContext, { sc, se }: Entry): ElementContent {
  const defs = se.eq.variables.map((v) => plainText(v.item)).join('; ');
  return h('li', [
    h('a', { href: ctx.urls.href(sc.paths.equation(se.eq.slug)) }, se.eq.nameText),
    ...(defs ? [h('span.search-page-defs', ` — ${defs}`)] : []),
  ]);
}

export function renderSearchPage(ctx: RenderContext, collections: SiteCollection[], path: string): string {
  const letters = searchLetters(collections);
  const split = searchPagePaths(collections).length > 1;
  const current = split && path !== SEARCH_PAGE ? [...letters.keys()].find((l) => `${SEARCH_PAGE}${slugOf(l)}/` === path) : undefined;
  const href = (l: string): string => (split ? ctx.urls.href(`${SEARCH_PAGE}${slugOf(l)}/`) : `#letter-${slugOf(l)}`);
  const shown = split ? (current ? [[current, letters.get(current)!] as const] : []) : [...letters];
  const main: ElementContent[] = [
    h('h1', current ? `Equations by name: ${current === '#' ? 'other' : current}` : 'Equations by name'),
    h('p.search-page-note', [
      'Every equation by the initial of each word of its name, with what its symbols mean. ',
      'Pick a letter, or use your browser’s find in page (Ctrl+F, ⌘F) for any word. ',
      h('span.search-page-js', 'With JavaScript on, the search box above shows ranked results as you type.'),
    ]),
    h('nav.letter-bar', { ariaLabel: 'Jump to letter' }, [h('ul', [...letters.keys()].map((l) => h('li', [h('a', { href: href(l), ariaCurrent: l === current ? 'page' : undefined }, l === '#' ? 'Other' : l)])))]),
    ...shown.map(([l, entries]) =>
      h('section.search-letter', { ariaLabelledBy: `letter-${slugOf(l)}` }, [
        h(`h2#letter-${slugOf(l)}`, l === '#' ? 'Other' : l),
        h('ul.search-page-list', entries.map((e) => entryItem(ctx, e))),
      ]),
    ),
  ];
  const primary = collections[0];
  return renderPage(ctx, {
    path,
    title: current ? `Equations by name: ${current}` : 'Equations by name',
    description: 'Every equation by name, with what its symbols mean.',
    noindex: true,
    main,
    paths: primary?.paths ?? null,
    collectionTitle: primary?.collection.title,
  });
}
