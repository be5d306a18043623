/**
 * A visible cue on formula boxes that are wider than the screen: `data-overflow` while some of
 * the formula is hidden past the right edge (styles.css draws a fade there), and the box's label
 * says "scroll →" for assistive technology. Re-measured when the box's size changes.
 */
import { uiText } from './ui-text.js';
const hint = (): string => uiText('scroll.hint');

function update(box: HTMLElement): void {
  const overflows = box.scrollWidth > box.clientWidth + 1;
  const label = box.getAttribute('aria-label') ?? '';
  const HINT = hint();
  const base = label.endsWith(HINT) ? label.slice(0, -HINT.length) : label;
  if (overflows) {
    const atEnd = box.scrollLeft + box.clientWidth >= box.scrollWidth - 1;
    box.dataset.overflow = atEnd ? 'start' : 'end';
    if (base) box.setAttribute('aria-label', base + HINT);
  } else {
    delete box.dataset.overflow;
    if (base) box.setAttribute('aria-label', base);
  }
}

export function installFormulaScroll(doc: Document): void {
  const boxes = [...doc.querySelectorAll<HTMLElement>('.formula-box')];
  if (boxes.length === 0) return;
  const win = doc.defaultView;
  const observer = win && 'ResizeObserver' in win ? new win.ResizeObserver((entries) => entries.forEach((e) => update(e.target as HTMLElement))) : null;
  for (const box of boxes) {
    update(box);
    observer?.observe(box);
    box.addEventListener('scroll', () => update(box), { passive: true });
  }
  // KaTeX's fonts change the width once they load.
  void doc.fonts?.ready.then(() => boxes.forEach(update));
}
