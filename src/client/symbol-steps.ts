/**
 * Stepping through the symbols of an equation from the keyboard. On an equation page, with the
 * formula focused, → and ↓ move to the next symbol the where-list explains, ← and ↑ to the
 * previous one, Home and End to the first and last; Escape stops. The symbol is highlighted with
 * its definition shown (symbol-links.ts's tooltip) and scrolled into view, and its meaning is
 * announced in a polite live region ("eta: the learning rate", the item's `data-spoken`, made at
 * build time). Focus stays on the formula; Tab leaves it as before.
 */
import type { SymbolLinks } from './symbol-links.js';

const CURRENT = 'fy-step';
const KEYS: Record<string, 'next' | 'prev' | 'first' | 'last'> = { ArrowRight: 'next', ArrowDown: 'next', ArrowLeft: 'prev', ArrowUp: 'prev', Home: 'first', End: 'last' };

/**
 * The formula's symbol occurrences in reading order; one inside another (the t of β_1^t when
 * β_1^t is itself an item) comes right after it, unless it is the same item again.
 */
function symbolsOf(box: Element): Element[] {
  return [...box.querySelectorAll('.katex-html [data-var]')].filter((el) => el.parentElement?.closest('[data-var]')?.getAttribute('data-var') !== el.getAttribute('data-var'));
}

/** What to say for item N: its spoken form, else its text (the math as MathML text, once). */
function meaningOf(article: Element, n: string): string {
  const li = article.querySelector<HTMLElement>(`li[data-var="${n}"]`);
  if (!li) return '';
  if (li.dataset.spoken) return li.dataset.spoken;
  const copy = li.cloneNode(true) as HTMLElement;
  for (const hidden of copy.querySelectorAll('.katex-html, [aria-hidden="true"]')) hidden.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function installSymbolSteps(doc: Document, links: SymbolLinks | null): void {
  const article = doc.querySelector('article.equation-entry');
  const box = article?.querySelector<HTMLElement>('.formula-box');
  if (!article || !box || symbolsOf(box).length === 0) return;
  const status = doc.createElement('p');
  status.className = 'visually-hidden fy-step-status';
  status.setAttribute('aria-live', 'polite');
  box.after(status);
  box.setAttribute('aria-keyshortcuts', 'ArrowRight ArrowLeft ArrowDown ArrowUp Home End Escape');
  let at = -1;

  const clear = (): void => {
    for (const el of box.querySelectorAll(`.${CURRENT}`)) el.classList.remove(CURRENT);
  };
  const stop = (): void => {
    if (at < 0) return;
    at = -1;
    clear();
    links?.hide();
  };
  const go = (i: number): void => {
    const symbols = symbolsOf(box);
    at = Math.max(0, Math.min(i, symbols.length - 1));
    const el = symbols[at]!;
    clear();
    el.classList.add(CURRENT);
    links?.show(el);
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const n = el.getAttribute('data-var') ?? '';
    // Replaced, not appended: a live region announces each new text.
    status.textContent = `${meaningOf(article, n)} (${at + 1} of ${symbols.length})`;
  };

  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      stop();
      return;
    }
    const move = KEYS[e.key];
    if (!move || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const last = symbolsOf(box).length - 1;
    if (move === 'first') go(0);
    else if (move === 'last') go(last);
    else if (move === 'next') go(at < 0 ? 0 : Math.min(at + 1, last));
    else go(at < 0 ? last : Math.max(at - 1, 0));
  });
  box.addEventListener('focusout', stop);
}
