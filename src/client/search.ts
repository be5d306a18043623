/**
 * The search UI, imported lazily by search-loader.ts on first use of the box.
 *
 * Markup contract (docs/ARCHITECTURE.md): `#search-input` (role=combobox) controls
 * `#search-results` (role=listbox) inside `#search-panel` (hidden), whose `.search-count` says
 * how many equations match. Focus never leaves the input: ↑/↓ move the active option
 * (aria-activedescendant + aria-selected), Enter opens it (or the first option when none is
 * active), Esc closes the list (a second Esc clears the box). Every result is reachable: the
 * list renders PAGE_SIZE options and appends the next ones as it is scrolled or arrowed to its
 * end. Each option's link carries `?h=<query>` (not a formula match's), so the page it opens marks the words. On the home page the full `#equation-list` is
 * filtered in place as well. The index is sharded (src/search/shards.ts): the manifest
 * `{base}search/manifest.json` is fetched on first use, then each query fetches the term
 * shards it needs and the stored fields of the results it shows.
 */
import { MAX_FORMULA_QUERY, SEARCH_MANIFEST_PATH, ShardedIndex, type EquationResult, type SearchManifest } from '../search/shards.js';
import { resultOption } from './search-render.js';
import { boundQuery } from '../search/query-bounds.js';
import { uiText } from './ui-text.js';
import { couldBeFormula } from '../search/nearest.js';
import { looksLikeFormula } from '../search/formula/detect.js';
import { showSuggestions } from './search-suggest.js';

/** Options rendered at a time; more are appended as the list is scrolled to its end. */
const PAGE_SIZE = 25;

interface Ui {
  doc: Document;
  base: string;
  input: HTMLInputElement;
  list: HTMLElement;
  panel: HTMLElement;
  count: HTMLElement;
  /** Under the count when nothing matched: the nearest names, "Search for the formula instead". */
  suggest: HTMLElement;
  status: HTMLElement;
  /** The current query's results (all of them) and its matched terms, for appending more options. */
  results: EquationResult[];
  query: string;
  /** The text the results answer (a formula query is not cut to distinct terms). */
  typed: string;
  homeItems: HTMLElement[];
  active: number;
  index: ShardedIndex | null;
  /** Incremented by every run, so an answer that arrives after a newer query is dropped. */
  seq: number;
}

let initialised = false;

async function fetchJson(url: string, cache: RequestCache): Promise<unknown> {
  const response = await fetch(url, { cache });
  if (!response.ok) throw new Error(`search: HTTP ${response.status}`);
  return response.json();
}

async function loadIndex(base: string): Promise<ShardedIndex> {
  // no-cache revalidates the manifest, so a redeployed site never pairs new code with an old
  // index; the shards live in a content-hashed folder and may come from the cache.
  const manifest = (await fetchJson(base + SEARCH_MANIFEST_PATH, 'no-cache')) as SearchManifest;
  return new ShardedIndex(manifest, (path) => fetchJson(base + path, 'default'));
}

function options(ui: Ui): HTMLElement[] {
  return [...ui.list.querySelectorAll<HTMLElement>('[role="option"]')];
}

function setOpen(ui: Ui, open: boolean): void {
  ui.panel.hidden = !open;
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
  ui.status.textContent = !query ? '' : count === 0 ? uiText('search.none') : count === 1 ? uiText('search.one') : uiText('search.many', { count });
  ui.count.textContent = !query ? '' : count === 1 ? uiText('search.countOne') : uiText('search.countMany', { count });
}

/** Appends the next PAGE_SIZE options (fetching their stored fields); false when all are shown. */
async function appendMore(ui: Ui, seq: number): Promise<boolean> {
  const index = ui.index;
  const from = options(ui).length;
  if (!index || from >= ui.results.length) return false;
  const next = ui.results.slice(from, from + PAGE_SIZE);
  const stored = await index.stored(next.map((r) => Number(r.id)));
  if (seq !== ui.seq || options(ui).length !== from) return false;
  const h = `?h=${encodeURIComponent(ui.query)}`;
  next.forEach((result, k) => {
    const doc = stored[k]!;
    // A formula match opens its page without word marks (the query's letters would mark every "a").
    ui.list.append(resultOption(ui.doc, `search-option-${from + k}`, ui.base + doc.url + (result.formula ? '' : h), doc, new Set(result.terms), result.formula));
  });
  return true;
}

/** `force`: read the query as a formula even where its words look like prose (the reader asked). */
function run(ui: Ui, force = false): void {
  // Words are searched bounded (query-bounds.ts); a formula keeps its repeated symbols.
  const typed = ui.input.value.trim().slice(0, MAX_FORMULA_QUERY);
  const query = boundQuery(typed);
  const seq = ++ui.seq;
  const index = ui.index;
  if (!index) {
    ui.list.replaceChildren();
    ui.status.textContent = query ? uiText('search.loading') : '';
    return;
  }
  ui.suggest.replaceChildren();
  ui.suggest.hidden = true;
  if (!query) {
    ui.list.replaceChildren();
    filterHomeList(ui, null);
    announce(ui, '', 0);
    setOpen(ui, false);
    return;
  }
  void (async () => {
    await index.prepare(typed, force);
    if (seq !== ui.seq) return;
    const results = index.searchLoaded(typed, force);
    ui.results = results;
    ui.query = query;
    ui.typed = typed;
    ui.list.replaceChildren();
    await appendMore(ui, seq);
    if (seq !== ui.seq) return;
    filterHomeList(ui, new Set(results.map((r) => index.slugOf(Number(r.id)))));
    announce(ui, query, results.length);
    // Open with no result too: "0 results" and what to try instead are worth showing.
    setOpen(ui, ui.doc.activeElement === ui.input);
    setActive(ui, -1); // the old active option is gone
    if (results.length === 0) {
      const formula = !force && couldBeFormula(typed) && !looksLikeFormula(typed) ? () => run(ui, true) : null;
      await showSuggestions(ui.doc, ui.suggest, index, ui.base, typed, formula, () => seq === ui.seq);
    }
  })().catch(() => {
    if (seq === ui.seq) ui.status.textContent = uiText('search.unavailable');
  });
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
      if (ui.panel.hidden) setOpen(ui, true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (step > 0 && ui.active === count - 1 && count < ui.results.length) {
        // At the end of what is rendered: bring the next options, then step onto the first of them.
        const seq = ui.seq;
        void appendMore(ui, seq).then((added) => {
          if (added && seq === ui.seq) setActive(ui, count);
        });
        return;
      }
      setActive(ui, ui.active < 0 ? (step > 0 ? 0 : count - 1) : (ui.active + step + count) % count);
      return;
    }
    case 'Enter':
      if (count > 0 && ui.input.value.trim().slice(0, MAX_FORMULA_QUERY) === ui.typed) {
        // The active option, or the first when none is active (the best match).
        event.preventDefault();
        open(ui, Math.max(ui.active, 0));
      } else if (ui.homeItems.length > 0 && ui.index) {
        // The home list is already filtered: submitting would only reload it.
        event.preventDefault();
        setOpen(ui, false);
      }
      return;
    case 'Escape':
      if (!ui.panel.hidden) setOpen(ui, false);
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
  const panel = doc.getElementById('search-panel');
  if (initialised || !(input instanceof HTMLInputElement) || !list || !panel) return;
  initialised = true;

  const status = doc.createElement('p');
  status.className = 'search-status';
  status.setAttribute('role', 'status');
  (input.form ?? input.parentElement ?? doc.body).append(status);

  // The suggestions for a query that found nothing, between the count and the (empty) list.
  const suggest = doc.createElement('div');
  suggest.className = 'search-suggest';
  suggest.hidden = true;
  list.before(suggest);

  const ui: Ui = {
    doc,
    base: doc.documentElement.dataset.base ?? '/',
    input,
    list,
    panel,
    count: panel.querySelector<HTMLElement>('.search-count') ?? doc.createElement('p'),
    suggest,
    status,
    results: [],
    query: '',
    typed: '',
    homeItems: [...doc.querySelectorAll<HTMLElement>('#equation-list li.eq-item[data-slug]')],
    active: -1,
    index: null,
    seq: 0,
  };

  input.setAttribute('autocomplete', 'off');
  input.addEventListener('input', () => run(ui));
  input.addEventListener('keydown', (event) => onKeydown(ui, event));
  input.addEventListener('focus', () => {
    if (input.value.trim() && ui.query) setOpen(ui, true);
  });
  // Close when focus leaves the search form (not when it moves within it).
  input.addEventListener('blur', (event) => {
    const next = event.relatedTarget;
    if (!(next instanceof Node) || !(input.form ?? panel).contains(next)) setOpen(ui, false);
  });
  // Keep focus in the box while a result is clicked, so the click is not lost to blur.
  panel.addEventListener('mousedown', (event) => event.preventDefault());
  // Scrolled near the end of the rendered options: append the next ones.
  const scroller = (): void => {
    for (const el of [panel, list]) {
      if (el.scrollHeight - el.scrollTop - el.clientHeight < 200) void appendMore(ui, ui.seq);
    }
  };
  panel.addEventListener('scroll', scroller, { passive: true });
  list.addEventListener('scroll', scroller, { passive: true });

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
