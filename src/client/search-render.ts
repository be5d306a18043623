/**
 * DOM for search results. Content strings only ever become text nodes; the one HTML string
 * inserted is KaTeX output rendered at build time by our own renderer (`preview`: KaTeX HTML,
 * drawn like the pages; `nameMath`: the same for math in a name).
 */
import { highlightParts } from '../search/highlight.js';
import type { StoredDoc } from '../search/options.js';
import type { FormulaHit } from '../search/formula/term-index.js';
import { uiText } from './ui-text.js';

/** Appends `text` to `parent`, with the matched words inside `<mark>`. */
function appendHighlighted(doc: Document, parent: Element, text: string, matched: ReadonlySet<string>): void {
  for (const part of highlightParts(text, matched)) {
    if (part.mark) {
      const mark = doc.createElement('mark');
      mark.textContent = part.text;
      parent.append(mark);
    } else parent.append(doc.createTextNode(part.text));
  }
}

/** Trusted build-time KaTeX output into a fresh element (never content strings). */
function mathElement(doc: Document, className: string, html: string): HTMLElement {
  const span = doc.createElement('span');
  span.className = className;
  span.innerHTML = html;
  return span;
}

/** The where-item with the most matched words, or null when no definition matched. */
function bestDefinition(defs: readonly string[] | undefined, matched: ReadonlySet<string>): string | null {
  let best: string | null = null;
  let most = 0;
  for (const def of defs ?? []) {
    const marks = highlightParts(def, matched).filter((p) => p.mark).length;
    if (marks > most) {
      most = marks;
      best = def;
    }
  }
  return best;
}

/** The name: prose parts highlighted, each `$…$` replaced by its rendered math (or its TeX as text). */
function appendName(doc: Document, parent: Element, stored: StoredDoc, matched: ReadonlySet<string>): void {
  const pieces = stored.name.split(/\$([^$]+)\$/);
  pieces.forEach((piece, k) => {
    if (k % 2 === 0) appendHighlighted(doc, parent, piece.replace(/[*_`]/g, ''), matched);
    else {
      const html = stored.nameMath?.[(k - 1) / 2];
      if (html) {
        // KaTeX's HTML is aria-hidden: the TeX is what assistive technology reads.
        const tex = doc.createElement('span');
        tex.className = 'visually-hidden';
        tex.textContent = piece;
        parent.append(mathElement(doc, 'search-inline-math', html), tex);
      } else parent.append(doc.createTextNode(piece));
    }
  });
}

/** "Matches formula", "Matches formula, part 2 of 4", with how much of the typed formula it shares. */
export function formulaNote(hit: FormulaHit): string {
  const part = hit.part > 0 && hit.parts > 1 ? uiText('search.formulaPart', { part: hit.part, parts: hit.parts }) : '';
  return uiText('search.formula', { part, percent: Math.round(hit.sim * 100) });
}

/**
 * One result: `<li role="none"><a role="option" href>` with number, name, topic and formula.
 * The option IS the link (ARIA allows role=option on a[href]): a link inside an
 * `li[role=option]` would be a focusable control inside a role whose children are
 * presentational (axe: nested-interactive), and a real link keeps middle-click / open in new tab.
 */
export function resultOption(
  doc: Document,
  id: string,
  href: string,
  stored: StoredDoc,
  matched: ReadonlySet<string>,
  formula?: FormulaHit,
): HTMLLIElement {
  const li = doc.createElement('li');
  li.className = 'search-result';
  li.setAttribute('role', 'none');
  const a = doc.createElement('a');
  a.id = id;
  a.href = href;
  a.setAttribute('role', 'option');
  a.setAttribute('aria-selected', 'false');
  a.tabIndex = -1; // focus stays in the box; the arrow keys move the active option
  const title = doc.createElement('span');
  title.className = 'search-name';
  if (stored.number !== null) {
    const num = doc.createElement('span');
    num.className = 'search-number';
    num.textContent = `${stored.number}.`;
    title.append(num, ' ');
  }
  appendName(doc, title, stored, matched);
  a.append(title);
  if (stored.topic) {
    const topic = doc.createElement('span');
    topic.className = 'search-topic';
    appendHighlighted(doc, topic, stored.topic, matched);
    a.append(topic);
  }
  const def = bestDefinition(stored.defs, matched);
  if (def) {
    const snippet = doc.createElement('span');
    snippet.className = 'search-snippet';
    appendHighlighted(doc, snippet, def, matched);
    a.append(snippet);
  }
  if (formula) {
    // A formula query matched this equation's formula: say so, and which part when it has several.
    const note = doc.createElement('span');
    note.className = 'search-formula-note';
    note.textContent = formulaNote(formula);
    a.append(note);
  }
  if (stored.preview) {
    // The name and the snippet say what the option is; the drawing is for the eye only.
    const drawing = mathElement(doc, formula ? 'search-formula search-formula-matched' : 'search-formula', stored.preview);
    drawing.setAttribute('aria-hidden', 'true');
    a.append(drawing);
  }
  li.append(a);
  return li;
}
