/**
 * The only search code every page loads: it waits for the reader to want search
 * (focus on the box, `/`, Ctrl+K / Cmd+K, or arriving on the home page with `?q=`) and
 * only then imports the search UI, its index and MiniSearch; a box already focused when this
 * code runs counts as wanting it. Without JavaScript, or if that import fails, the form still
 * submits to the home page's full list.
 *
 * The results' CSS comes with this module (≈0.6 KB gzip in the page's stylesheet) rather than
 * with the lazy chunk: a static stylesheet spares every page Vite's CSS-preload helper (≈1.1 KB
 * of JS) and the list never appears unstyled.
 */
import './search.css';

/** Keys typed into these elements are text, not shortcuts. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

export function installSearchLoader(doc: Document): void {
  const input = doc.getElementById('search-input');
  if (!(input instanceof HTMLInputElement)) return;

  let loading: Promise<void> | null = null;
  const load = (): Promise<void> =>
    (loading ??= import('./search.js')
      .then((search) => search.initSearch(doc))
      .catch(() => {
        // Offline or a stale deploy: allow a retry on the next focus; the form still works.
        loading = null;
      }));

  input.addEventListener('focus', () => void load());
  input.addEventListener('input', () => void load());
  // This code runs after the page is shown: a reader who already clicked into the box (and
  // perhaps typed) before it arrived fired no event here; load now, and the typed text is run.
  if (doc.activeElement === input) void load();

  // Phones: the box folds into an icon that opens a full-screen search (search.css); the back
  // arrow closes it. Without JavaScript neither button shows and the box stays in the header.
  const form = input.form;
  const openButton = form?.querySelector<HTMLButtonElement>('.search-open');
  const backButton = form?.querySelector<HTMLButtonElement>('.search-back');
  if (form && openButton && backButton) {
    form.classList.add('search-foldable');
    openButton.hidden = false;
    backButton.hidden = false;
    openButton.addEventListener('click', () => {
      form.classList.add('search-expanded');
      input.focus();
    });
    backButton.addEventListener('click', () => {
      form.classList.remove('search-expanded');
      input.blur();
      openButton.focus();
    });
    form.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && form.classList.contains('search-expanded') && !input.value) {
        form.classList.remove('search-expanded');
        openButton.focus();
      }
    });
  }

  doc.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing || event.altKey) return;
    const commandK = (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'k';
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !isEditable(event.target);
    if (!commandK && !slash) return;
    event.preventDefault();
    input.form?.classList.add('search-expanded');
    input.focus();
    input.select();
  });

  // The form submitted before this script ran lands on the search page (or, from an older
  // link, the home page) with ?q=…: show the results for it right away.
  const query = new URLSearchParams(doc.location.search).get('q');
  if (query && doc.getElementById('equation-list')) {
    if (!input.value) input.value = query;
    void load();
  } else if (query && doc.querySelector('.search-page-note')) {
    if (!input.value) input.value = query;
    input.form?.classList.add('search-expanded');
    input.focus();
  }
}
