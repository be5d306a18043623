// Entry of the browser code. Browser code never imports Node modules.
import './styles.css';
import { installCopyButtons } from './copy.js';
import { installDefsToggle } from './defs-toggle.js';
import { installSymbolsFilter } from './symbols-filter.js';
import { installFormulaScroll } from './formula-scroll.js';
import { installSearchLoader } from './search-loader.js';
import { installThemeToggle } from './theme.js';
import { installSymbolLinks } from './symbol-links.js';
import { installSymbolSteps } from './symbol-steps.js';
import './symbol-links.css';

function start(): void {
  installThemeToggle(document);
  installCopyButtons(document);
  installSearchLoader(document);
  installSymbolSteps(document, installSymbolLinks(document));
  installFormulaScroll(document);
  installDefsToggle(document);
  installSymbolsFilter(document);
  // Arrived from a search result: mark its words (the code loads only then).
  // The 404 page: links to the names nearest to the mistyped address (the code loads only there).
  if (document.querySelector('[data-nearest]')) void import('./not-found.js').then((m) => m.suggestNearest(document)).catch(() => undefined);
  // References to other equations: their preview cards (the code loads only where there are some).
  if (document.querySelector('a.eq-ref[data-preview]')) void import('./ref-preview.js').then((m) => m.installReferencePreviews(document)).catch(() => undefined);
  if (new URLSearchParams(location.search).has('h')) void import('./mark-terms.js').then((m) => m.markSearchTerms(document));
}

// Module scripts run after parsing, so the document is complete here.
start();
