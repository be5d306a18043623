/**
 * The theme toggle. The page follows the system (prefers-color-scheme) until the reader picks a
 * theme; the choice is kept in localStorage and applied before first paint by the small
 * head script (assets/theme-*.js, from src/site/assets.ts — same storage key).
 */
export const THEME_KEY = 'formulary-theme';

type Theme = 'light' | 'dark';

function systemTheme(win: Window): Theme {
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function currentTheme(doc: Document): Theme {
  const set = doc.documentElement.getAttribute('data-theme');
  return set === 'dark' || set === 'light' ? set : systemTheme(doc.defaultView ?? window);
}

export function installThemeToggle(doc: Document): void {
  const button = doc.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!button) return;
  const sync = (): void => button.setAttribute('aria-pressed', String(currentTheme(doc) === 'dark'));
  button.hidden = false;
  sync();
  button.addEventListener('click', () => {
    const next: Theme = currentTheme(doc) === 'dark' ? 'light' : 'dark';
    doc.documentElement.setAttribute('data-theme', next);
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // Storage may be disabled (private mode): the choice then lasts for this page only.
    }
    sync();
  });
  (doc.defaultView ?? window).matchMedia?.('(prefers-color-scheme: dark)').addEventListener?.('change', sync);
}
