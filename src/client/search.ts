/**
 * The search UI, imported lazily by search-loader.ts on first use of the box.
 *
 * Markup contract (docs/ARCHITECTURE.md): `#search-input` (role=combobox) controls
 * `#search-results` (role=listbox, hidden). Focus never leaves the input: ↑/↓ move the
 * active option (aria-activedescendant + aria-selected), Enter opens it, Esc closes the
 * list (a second Esc clears the box). On the home page the full `#equation-list` is
 * filtered in place as well. The index is fetched once from `{base}search-index.json`.
 */
import MiniSearch from 'minisearch';
import { miniSearchOptions, searchEquations, type IndexedDoc, type StoredDoc } from '../search/options.js';
import { resultOption } from './search-render.js';
import { boundQuery } from '../search/query-bounds.js';

/** Options shown in the dropdown; the home list shows every match. */
const MAX_OPTIONS = 8;

interface Ui {
  doc: Document;
  base: string;
  input: HTMLInputElement;
  list: HTMLElement;
  status: HTMLElement;
  homeItems: HTMLElement[];
  active: number;
  index: MiniSearch<IndexedDoc> | null;
}

let initialised = false;

async function loadIndex(base: string): Promise<MiniSearch<IndexedDoc>> {
  // no-cache revalidates, so a redeployed site never pairs new code with an old index.
  const response = await fetch(`${base}search-index.json`, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
  return MiniSearch.loadJSON<IndexedDoc>(await response.text(), miniSearchOptions);
}

function options(ui: Ui): HTMLElement[] {
  return [...ui.list.querySelectorAll<HTMLElement>('[role="option"]')];
}

function setOpen(ui: Ui, open: boolean): void {
  ui.list.hidden = !open;
  ui.input.setAttribute('aria-expanded', String(open));
  if (!open) setActive(ui, -1);
}

function setActive(ui: Ui, k: number): void {
  const all = options(ui);
  ui.active = k;
  all.forEach((el, i) => el.setAttribute('aria-selected', String(i === k)));
  const current = all[k];
  if (current) {
    ui.input.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView({ block: 'nearest' });
  } else ui.input.removeAttribute('aria-activedescendant');
}

function filterHomeList(ui: Ui, slugs: ReadonlySet<string> | null): void {
  for (const item of ui.homeItems) item.hidden = slugs !== null && !slugs.has(item.dataset.slug ?? '');
}

function announce(ui: Ui, query: string, count: number): void {
  ui.status.textContent = !query ? '' : count === 0 ? 'No equation matches.' : count === 1 ? '1 equation matches.' : `${count} equations match.`;
}

function run(ui: Ui): void {
  const query = boundQuery(ui.input.value.trim());
  ui.list.replaceChildren();
  if (!ui.index) {
    ui.status.textContent = query ? 'Loading search…' : '';
    return;
  }
  if (!query) {
    filterHomeList(ui, null);
    announce(ui, '', 0);
    setOpen(ui, false);
    return;
  }
  const results = searchEquations(ui.index, query);
  filterHomeList(ui, new Set(results.map((r) => String(r.slug))));
  announce(ui, query, results.length);
  results.slice(0, MAX_OPTIONS).forEach((result, k) => {
    const stored = result as unknown as StoredDoc;
    ui.list.append(resultOption(ui.doc, `search-option-${k}`, ui.base + stored.url, stored, new Set(result.terms)));
  });
  setOpen(ui, results.length > 0 && ui.doc.activeElement === ui.input);
  setActive(ui, -1); // the old active option is gone
}

function open(ui: Ui, k: number): void {
  const link = options(ui)[k];
  if (link instanceof HTMLAnchorElement) ui.doc.location.assign(link.href);
}

function onKeydown(ui: Ui, event: KeyboardEvent): void {
  const count = options(ui).length;
  switch (event.key) {
    case 'ArrowDown':
    case 'ArrowUp': {
      if (count === 0) return;
      event.preventDefault();
      if (ui.list.hidden) setOpen(ui, true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(ui, ui.active < 0 ? (step > 0 ? 0 : count - 1) : (ui.active + step + count) % count);
      return;
    }
    case 'Enter':
      if (!ui.list.hidden && ui.active >= 0) {
        event.preventDefault();
        open(ui, ui.active);
      } else if (ui.homeItems.length > 0 && ui.index) {
        // The home list is already filtered: submitting would only reload it.
        event.preventDefault();
        setOpen(ui, false);
      }
      return;
    case 'Escape':
      if (!ui.list.hidden) setOpen(ui, false);
      else if (ui.input.value) {
        ui.input.value = '';
        run(ui);
      } else return;
      event.preventDefault();
      return;
  }
}

/** Wires the box; safe to call more than once (later calls do nothing). */
export function initSearch(doc: Document): void {
  const input = doc.getElementById('search-input');
  const list = doc.getElementById('search-results');
  if (initialised || !(input instanceof HTMLInputElement) || !list) return;
  initialised = true;

  const status = doc.createElement('p');
  status.className = 'search-status';
  status.setAttribute('role', 'status');
  (input.form ?? input.parentElement ?? doc.body).append(status);

  const ui: Ui = {
    doc,
    base: doc.documentElement.dataset.base ?? '/',
    input,
    list,
    status,
    homeItems: [...doc.querySelectorAll<HTMLElement>('#equation-list li.eq-item[data-slug]')],
    active: -1,
    index: null,
  };

  input.setAttribute('autocomplete', 'off');
  input.addEventListener('input', () => run(ui));
  input.addEventListener('keydown', (event) => onKeydown(ui, event));
  input.addEventListener('focus', () => {
    if (input.value.trim() && options(ui).length > 0) setOpen(ui, true);
  });
  // Close when focus leaves the search form (not when it moves within it).
  input.addEventListener('blur', (event) => {
    const next = event.relatedTarget;
    if (!(next instanceof Node) || !(input.form ?? list).contains(next)) setOpen(ui, false);
  });
  // Keep focus in the box while a result is clicked, so the click is not lost to blur.
  list.addEventListener('mousedown', (event) => event.preventDefault());

  loadIndex(ui.base).then(
    (index) => {
      ui.index = index;
      run(ui);
    },
    () => {
      // Unavailable offline/uncached: say so; the form still submits to the home page.
      ui.status.textContent = input.value.trim() ? 'Search is unavailable; press Enter to see the full list.' : '';
    },
  );
  run(ui);
}
