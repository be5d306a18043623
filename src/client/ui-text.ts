/**
 * The browser code's words: English here (the same as src/site/i18n/en.ts, which a test
 * checks), or the site's language from the page's `<script id="fy-ui" type="application/json">`
 * (written by the layout only when some word is not English).
 */
const ENGLISH = {
  'search.none': 'No equation matches.',
  'search.one': '1 equation matches.',
  'search.many': '{count} equations match.',
  'search.countOne': '1 result',
  'search.countMany': '{count} results',
  'search.loading': 'Loading search…',
  'search.unavailable': 'Search is unavailable; press Enter to see the full list.',
  'search.formula': 'Matches formula{part} ({percent}% alike)',
  'search.formulaPart': ', part {part} of {parts}',
  'marks.marked': 'Marked: “{query}” ({count}). ',
  'marks.remove': 'Remove marks',
  'copy.latex': 'LaTeX copied to the clipboard.',
  'copy.link': 'Link copied to the clipboard.',
  'copy.failed': 'Copying failed; select the text and copy it by hand.',
  'defs.show': 'Show all definitions',
  'defs.hide': 'Hide all definitions',
  'scroll.hint': ', scroll →',
};

export type UiKey = keyof typeof ENGLISH;

let table: Record<string, string> | null = null;

function load(): Record<string, string> {
  if (table) return table;
  table = { ...ENGLISH };
  const el = typeof document !== 'undefined' ? document.getElementById('fy-ui') : null;
  if (el?.textContent) {
    try {
      const given = JSON.parse(el.textContent) as Record<string, unknown>;
      for (const [k, v] of Object.entries(given)) if (k in ENGLISH && typeof v === 'string') table[k] = v;
    } catch {
      // A broken block leaves the English words.
    }
  }
  return table;
}

/** The word of `key` in the page's language, `{name}` placeholders filled in. */
export function uiText(key: UiKey, vars?: Record<string, string | number>): string {
  const template = load()[key] ?? ENGLISH[key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in vars)) return whole;
    const v = vars[name];
    return typeof v === 'number' ? formatNumber(v) : String(v);
  });
}

let numbers: Intl.NumberFormat | null = null;

/** A count in the page's language (`<html lang>`): "1,000" in English, "1 000" in French, "1.000" in German. */
function formatNumber(n: number): string {
  if (!numbers) {
    const lang = (typeof document !== 'undefined' && document.documentElement.lang) || 'en';
    try {
      numbers = new Intl.NumberFormat(lang);
    } catch {
      numbers = new Intl.NumberFormat('en');
    }
  }
  return numbers.format(n);
}

/** For the test that keeps these words equal to the site's English catalogue. */
export const CLIENT_ENGLISH: Readonly<Record<UiKey, string>> = ENGLISH;
