/**
 * Marks the words of a search on the page it opened (`?h=<query>`, set by the search results),
 * with a bar that says what is marked and removes the marks. Imported only when `?h=` is present.
 * Math is left alone: its words are symbols, marked by the symbol links, not by search.
 */
import { queryTerms } from '../search/options.js';
import { texTokens } from '../search/tokenize.js';
import { uiText } from './ui-text.js';

const WORD = /[\p{L}\p{N}\p{M}]+(?:[-'’][\p{L}\p{N}\p{M}]+)*/gu;

function matcher(query: string): (word: string) => boolean {
  const terms = queryTerms(query);
  const last = terms[terms.length - 1];
  const exact = new Set(terms);
  return (word) =>
    texTokens(word).some((t) => exact.has(t) || (last !== undefined && last.length >= 2 && t.startsWith(last)));
}

function textNodes(root: Element): Text[] {
  const out: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('.katex, script, style, button, .search-marks, .math-error') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

function markNode(node: Text, hit: (word: string) => boolean): number {
  const text = node.data;
  const doc = node.ownerDocument;
  const parts: Node[] = [];
  let last = 0;
  let count = 0;
  for (const m of text.matchAll(WORD)) {
    if (!hit(m[0])) continue;
    const at = m.index ?? 0;
    if (at > last) parts.push(doc.createTextNode(text.slice(last, at)));
    const mark = doc.createElement('mark');
    mark.className = 'search-term';
    mark.textContent = m[0];
    parts.push(mark);
    last = at + m[0].length;
    count++;
  }
  if (count === 0) return 0;
  if (last < text.length) parts.push(doc.createTextNode(text.slice(last)));
  node.replaceWith(...parts);
  return count;
}

export function markSearchTerms(doc: Document): void {
  const url = new URL(doc.location.href);
  const query = url.searchParams.get('h')?.trim();
  const main = doc.getElementById('main');
  if (!query || !main) return;
  const hit = matcher(query);
  let count = 0;
  for (const node of textNodes(main)) count += markNode(node, hit);
  if (count === 0) return;

  const bar = doc.createElement('p');
  bar.className = 'search-marks';
  bar.append(uiText('marks.marked', { query, count }));
  const clear = doc.createElement('button');
  clear.type = 'button';
  clear.className = 'search-marks-clear';
  clear.textContent = uiText('marks.remove');
  clear.addEventListener('click', () => {
    for (const mark of [...main.querySelectorAll('mark.search-term')]) mark.replaceWith(mark.textContent ?? '');
    main.normalize();
    bar.remove();
    url.searchParams.delete('h');
    doc.defaultView?.history.replaceState(null, '', url.pathname + url.search + url.hash);
  });
  bar.append(clear);
  main.prepend(bar);
}
