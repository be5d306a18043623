/**
 * Symbol ↔ definition highlighting on equation pages (markup contract: docs/ARCHITECTURE.md).
 *
 * - Hovering or focusing a where-list `<li data-var="N">` highlights every `[data-var="N"]` of
 *   that article's equation; hovering or tapping a symbol highlights its `<li>` and shows the
 *   definition in a `role="tooltip"` element the equation references with aria-describedby.
 * - symbol-links.css does the highlighting with `:has()` alone for N < 20, so it works without
 *   JavaScript; the `fy-hl` class set here covers every N and browsers without `:has()`.
 * - The tooltip stays while the pointer moves onto it, closes with Escape or a tap elsewhere,
 *   and a tap on a symbol toggles it (touch has no hover). Only classes and `hidden` are set,
 *   never style attributes (the site's CSP has no 'unsafe-inline').
 * - A symbol or item already hovered or focused when this code runs is treated as just entered.
 */

const HL = 'fy-hl';
const ENTRY = 'article.equation-entry';
const INSTALLED = 'fySymbolLinks';

interface State {
  tip: HTMLElement | null;
  /** The symbol whose definition is shown, and whether a tap pinned it. */
  shown: { article: Element; n: string; pinned: boolean } | null;
  hideTimer: number | undefined;
  nextId: number;
}

function symbolOf(target: EventTarget | null): { el: Element; article: Element; n: string } | null {
  if (!(target instanceof Element)) return null;
  const el = target.closest('.katex [data-var]');
  const article = el?.closest(ENTRY);
  const n = el?.getAttribute('data-var');
  return el && article && n !== null && n !== undefined ? { el, article, n } : null;
}

function itemOf(target: EventTarget | null): { li: Element; article: Element; n: string } | null {
  if (!(target instanceof Element)) return null;
  const li = target.closest('li[data-var]');
  const article = li?.closest(ENTRY);
  const n = li?.getAttribute('data-var');
  return li && article && n !== null && n !== undefined ? { li, article, n } : null;
}

function highlight(article: Element, n: string | null): void {
  for (const el of Array.from(article.querySelectorAll(`.${HL}`))) el.classList.remove(HL);
  if (n === null || !/^\d+$/.test(n)) return;
  for (const el of Array.from(article.querySelectorAll(`[data-var="${n}"]`))) el.classList.add(HL);
}

/**
 * One tooltip per article, placed right after the formula's box: absolutely positioned with no
 * offsets, it sits where it would flow, just below the whole formula, without moving anything
 * and without covering any line of the formula. (Inside the box, a flex container that clips
 * what overflows it, it sat over the formula's first line, above the symbol pointed at.)
 */
function tipFor(doc: Document, state: State, article: Element, symbol: Element): HTMLElement {
  let tip = article.querySelector<HTMLElement>(':scope .fy-tip');
  if (!tip) {
    tip = doc.createElement('div');
    tip.className = 'fy-tip';
    tip.setAttribute('role', 'tooltip');
    tip.id = `fy-tip-${state.nextId++}`;
    tip.hidden = true;
    tip.addEventListener('pointerenter', () => window.clearTimeout(state.hideTimer));
    tip.addEventListener('pointerleave', () => scheduleHide(state));
  }
  const display = symbol.closest('.formula-box') ?? symbol.closest('.katex-display') ?? symbol.closest('.katex') ?? article;
  if (display === article) article.append(tip);
  else display.after(tip);
  tip.parentElement?.classList.add('fy-tip-host');
  return tip;
}

function show(doc: Document, state: State, symbol: Element, article: Element, n: string, pinned: boolean): void {
  window.clearTimeout(state.hideTimer);
  const li = article.querySelector(`li[data-var="${n}"]`);
  if (!li) return;
  if (state.shown && state.shown.article !== article) hide(state);
  const tip = tipFor(doc, state, article, symbol);
  // The item's own nodes, rendered math included, so the definition reads as on the page.
  tip.replaceChildren(...Array.from(li.childNodes, (c) => c.cloneNode(true)));
  tip.hidden = false;
  for (const math of Array.from(article.querySelectorAll('.katex'))) {
    if (math.querySelector('[data-var]')) math.setAttribute('aria-describedby', tip.id);
  }
  highlight(article, n);
  state.tip = tip;
  state.shown = { article, n, pinned };
}

function hide(state: State): void {
  window.clearTimeout(state.hideTimer);
  const shown = state.shown;
  if (!shown) return;
  if (state.tip) state.tip.hidden = true;
  for (const math of Array.from(shown.article.querySelectorAll('.katex[aria-describedby]'))) {
    math.removeAttribute('aria-describedby');
  }
  highlight(shown.article, null);
  state.shown = null;
}

/** Lets the pointer travel from the symbol onto the tooltip without losing it (WCAG 1.4.13). */
function scheduleHide(state: State): void {
  if (state.shown?.pinned) return;
  window.clearTimeout(state.hideTimer);
  state.hideTimer = window.setTimeout(() => hide(state), 300);
}

/** Shows one symbol's definition as hovering it does, and hides it (used by symbol-steps.ts). */
export interface SymbolLinks {
  show(symbol: Element): void;
  hide(): void;
}

export function installSymbolLinks(root: Document): SymbolLinks | null {
  const body = root.body as HTMLElement | null;
  if (!body || body.dataset[INSTALLED]) return null;
  body.dataset[INSTALLED] = '1';
  const state: State = { tip: null, shown: null, hideTimer: undefined, nextId: 0 };

  root.addEventListener('pointerover', (e) => {
    const s = symbolOf(e.target);
    if (s && (e as PointerEvent).pointerType !== 'touch') {
      if (!state.shown?.pinned) show(root, state, s.el, s.article, s.n, false);
      return;
    }
    const item = itemOf(e.target);
    if (item && !state.shown) highlight(item.article, item.n);
  });
  root.addEventListener('pointerout', (e) => {
    if (symbolOf(e.target)) scheduleHide(state);
    const item = itemOf(e.target);
    if (item && !state.shown) highlight(item.article, null);
  });
  root.addEventListener('focusin', (e) => {
    const item = itemOf(e.target);
    if (item) {
      hide(state);
      highlight(item.article, item.n);
    }
  });
  root.addEventListener('focusout', (e) => {
    const item = itemOf(e.target);
    if (item && !state.shown) highlight(item.article, null);
  });
  root.addEventListener('click', (e) => {
    const s = symbolOf(e.target);
    if (s) {
      const same = state.shown && state.shown.article === s.article && state.shown.n === s.n && state.shown.pinned;
      if (same) hide(state);
      else show(root, state, s.el, s.article, s.n, true);
      return;
    }
    if (state.shown && !(e.target instanceof Node && state.tip?.contains(e.target))) hide(state);
  });
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && state.shown) hide(state);
  });
  // This code runs after the page is shown: a symbol already under the pointer, or a where-list
  // item already focused or pointed at, gets what the missed pointerover/focusin would have given.
  const hovered = [...root.querySelectorAll('.katex [data-var]:hover')].at(-1);
  const s = symbolOf(hovered ?? null);
  const item = itemOf(root.activeElement) ?? itemOf([...root.querySelectorAll('li[data-var]:hover')].at(-1) ?? null);
  if (s) show(root, state, s.el, s.article, s.n, false);
  else if (item) highlight(item.article, item.n);
  return {
    show(symbol) {
      const s = symbolOf(symbol);
      if (s) show(root, state, s.el, s.article, s.n, true);
    },
    hide: () => hide(state),
  };
}
