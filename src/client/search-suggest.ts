/**
 * What the search panel offers when a query finds nothing: the nearest names (links to their
 * pages, src/search/nearest.ts over the manifest's slugs) and, when the query could be a formula
 * the word search read as prose, a button that searches for the formula instead. Also used by
 * the 404 page for a mistyped address. Content strings only ever become text nodes.
 */
import { nearestSlugs } from '../search/nearest.js';
import { plainText } from '../search/plain-math.js';
import type { StoredDoc } from '../search/options.js';
import type { ShardedIndex } from '../search/shards.js';

/** "17. Adam Optimizer", the name's math as plain text. */
export function plainName(stored: StoredDoc): string {
  const name = plainText(stored.name);
  return stored.number !== null ? `${stored.number}. ${name}` : name;
}

/** Links to the names nearest to `query` (best first), or [] when none is near. */
export async function nearestLinks(doc: Document, index: ShardedIndex, base: string, query: string): Promise<HTMLAnchorElement[]> {
  const ids = nearestSlugs(index.manifest.slugs, query);
  if (ids.length === 0) return [];
  const stored = await index.stored(ids);
  return stored.map((s) => {
    const a = doc.createElement('a');
    a.href = base + s.url;
    a.textContent = plainName(s);
    return a;
  });
}

/** A list of links (one per line: easy to tap on a phone). */
export function linkList(doc: Document, className: string, links: HTMLAnchorElement[]): HTMLUListElement {
  const ul = doc.createElement('ul');
  ul.className = className;
  for (const a of links) {
    const li = doc.createElement('li');
    li.append(a);
    ul.append(li);
  }
  return ul;
}

/**
 * Fills `box` with the suggestions for a query that found nothing. `formula` runs the formula
 * search (null: no button); `current` says whether the query is still the one typed.
 */
export async function showSuggestions(
  doc: Document,
  box: HTMLElement,
  index: ShardedIndex,
  base: string,
  query: string,
  formula: (() => void) | null,
  current: () => boolean,
): Promise<void> {
  const links = await nearestLinks(doc, index, base, query).catch(() => []);
  if (!current()) return;
  const parts: HTMLElement[] = [];
  if (links.length > 0) {
    const title = doc.createElement('p');
    title.className = 'search-suggest-title';
    title.textContent = 'Did you mean:';
    parts.push(title, linkList(doc, 'search-suggest-list', links));
  }
  if (formula) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'search-formula-instead';
    button.textContent = 'Search for the formula instead';
    button.addEventListener('click', formula);
    parts.push(button);
  }
  box.replaceChildren(...parts);
  box.hidden = parts.length === 0;
}
