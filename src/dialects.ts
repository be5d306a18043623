/** The markdown dialects the reader knows (src/parse/dialect.ts reads each; the config's `dialect` key names one). */
export const DIALECTS = ['markdown', 'github', 'kramdown', 'obsidian', 'myst', 'quarto', 'pandoc', 'mkdocs'] as const;
export type Dialect = (typeof DIALECTS)[number];
