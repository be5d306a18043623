/**
 * The stylesheet a right-to-left site (Arabic, Hebrew, Persian, Urdu…) adds to the site's own:
 * the few rules written with physical sides mirrored, and math kept left to right (formulas,
 * LaTeX source and search previews read left to right in every language). Only a
 * right-to-left site gets it, so a left-to-right site's pages and assets are unchanged.
 */
export const RTL_RULES = [
  '.skip-link { left: auto; right: 0.5rem; }',
  '.breadcrumb li + li::before { content: "‹"; margin-right: 0; margin-left: 0.25rem; }',
  '.where-list, .related ul, .prev-next ul { padding-left: 0; padding-right: 1.25rem; }',
  '.symbol-index dd { margin-left: 0; margin-right: 1rem; }',
  '.symbol-index ul { padding-left: 0; padding-right: 1rem; }',
  '.site-logo { margin-right: 0; margin-left: 0.4em; }',
  '.katex, .formula-box, .latex-source pre, .search-formula { direction: ltr; }',
  '.formula-box { text-align: left; }',
  '.search-icon::after { right: auto; left: -0.42em; transform: scaleX(-1); }',
];
