/**
 * The one KaTeX instance of the process, with its mhchem extension (`\ce{…}`, `\pu{…}`) loaded:
 * chemistry documents are ordinary content. Every module that typesets or parses imports KaTeX
 * from here, so `check`, the site and the symbol analysis all accept the same LaTeX.
 */
import katex from 'katex';
import 'katex/contrib/mhchem';

export default katex;
