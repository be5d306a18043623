/**
 * The 404 page's "Did you mean": the names nearest to the mistyped address
 * (`/equations/adam-optimiser/` → Adam Optimizer), found in the search manifest's slugs
 * (src/search/nearest.ts). The page is static and served for every miss, so this runs in the
 * browser; main.ts imports it only on a page with `[data-nearest]`. Without JavaScript, or when
 * the manifest cannot be fetched, the page keeps its plain text.
 */
import { SEARCH_MANIFEST_PATH, ShardedIndex, type SearchManifest } from '../search/shards.js';
import { linkList, nearestLinks } from './search-suggest.js';

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

/** The words of the address below the base: its last non-empty segment ("adam-optimiser"). */
export function missedWords(pathname: string, base: string): string {
  const below = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const segments = below.split('/').filter(Boolean);
  let last = segments.at(-1) ?? '';
  try {
    last = decodeURIComponent(last);
  } catch {
    // a malformed escape: read it as typed
  }
  return last.replace(/\.html?$/, '');
}

export async function suggestNearest(doc: Document): Promise<void> {
  const box = doc.querySelector<HTMLElement>('[data-nearest]');
  if (!box) return;
  const base = doc.documentElement.dataset.base ?? '/';
  const words = missedWords(doc.location.pathname, base);
  if (!words) return;
  const manifest = (await fetchJson(base + SEARCH_MANIFEST_PATH)) as SearchManifest;
  const index = new ShardedIndex(manifest, (path) => fetchJson(base + path));
  const links = await nearestLinks(doc, index, base, words);
  if (links.length === 0) return;
  const title = doc.createElement('p');
  title.textContent = 'Did you mean:';
  box.replaceChildren(title, linkList(doc, 'nearest-list', links));
  box.hidden = false;
}
