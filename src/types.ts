/**
 * Shared record types of the Formulary pipeline.
 *
 * This module holds types only (no runtime code, no Node imports), so the
 * browser code in src/client may import it as freely as the Node stages.
 *
 * Pipeline: read → parse → validate → render → write.
 */

/** A point in a source file. `line` and `column` are 1-based; `offset` is a 0-based UTF-16 index into the file text. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A range in a source file, `end` exclusive. */
export interface Span {
  start: Point;
  end: Point;
}

/**
 * Maps offsets inside a LaTeX string back to offsets in the markdown file.
 * Each piece says: latex[at .. at+length) was copied from file[offset .. offset+length).
 * Characters of the LaTeX string that no piece covers were synthesised by the parser
 * (e.g. the `\\` joining several `$...$` lines); they map to the nearest piece before them.
 */
export interface OffsetMap {
  pieces: Array<{ at: number; offset: number; length: number }>;
}

/** A LaTeX string together with where it came from. */
export interface MathSource {
  latex: string;
  map: OffsetMap;
  /**
   * Set when the collection's macros could not be expanded in this formula (a macro that calls
   * itself, or one that grows past the formula's bound): `latex` is then the formula as written
   * and `at` the offset in it of the macro call (src/parse/macro-expand.ts).
   */
  macroError?: { at: number; message: string };
}

/** A macro the collection defines: `\newcommand{\R}{\mathbb{R}}`, a config `macros` entry, MyST's front matter `math:`. */
export interface MacroDefinition {
  /** Number of parameters (`#1`…`#9`). */
  params: number;
  /** The default of an optional first parameter (`\newcommand{\x}[2][0]{…}`). */
  optional?: string;
  body: string;
}

/** Macros by name, with their backslash (`"\\R"`). */
export type MacroTable = Record<string, MacroDefinition>;

/** How the source wrote an equation. */
export type DisplayForm =
  | 'dollar' // $...$ (the format's own form), possibly spanning lines
  | 'dollar-lines' // several consecutive $...$ lines joined into one equation
  | 'double-dollar' // $$...$$
  | 'bracket' // \[...\]
  | 'fenced' // ```math fenced code
  | 'table'; // a cell of a formula table (src/parse/formula-table.ts): inline math, as a table cell must be

export interface Variable {
  /** The symbol(s) the item defines, as LaTeX, one entry per symbol (`$W_{hh}, W_{xh}$` → two). */
  symbols: string[];
  /** Where each symbol's LaTeX came from (same order as `symbols`). */
  symbolSources: MathSource[];
  /** The description as markdown, with inline math kept as `$...$` (\(...\) normalised to $...$). */
  description: string;
  /** The whole item as the author wrote it (markdown, inline math as $...$), for display. */
  item: string;
  /** The whole item's source span. */
  position: Span;
  /**
   * Set when the item points at an earlier equation's definitions
   * ("$w_i$, $x_i$, and $b$ are defined as above", "... as before").
   */
  inherited?: { from: string | null };
  /** Set when the item defines by equation (`$M = \frac{1}{2}(P + Q)$`): the right-hand side. */
  definedAs?: string;
  /**
   * Set when the definition was read from prose around the formula (src/parse/prose-definitions.ts):
   * a where-sentence, "Here, $k$ is …", "Let $\omega = 2\pi f$.", or the sentence that introduces
   * the formula; `glossary` when it came from a section of the document that lists its quantities
   * and presents no formula (src/parse/definitions-glossary.ts). Absent for where-lists, definition
   * lines and tables.
   */
  source?: 'prose' | 'glossary';
  /** For a glossary definition: the heading of the glossary section it came from ('' when it has none). */
  glossary?: string;
  /**
   * Set on a prose definition read in passing, not as a statement of the formula's symbols: one the
   * document gives once for all its formulas, away from this one (src/parse/definitions-document.ts),
   * or a Japanese noun in apposition (「回転行列$\mathbf{C}$」, src/parse/prose-japanese.ts). It
   * explains the symbol, yet makes no where-list: a formula that has only such definitions is not
   * checked symbol by symbol.
   */
  incidental?: true;
}

/**
 * A block of the equation's section that is neither the formula nor its definitions: a paragraph,
 * a list, a table, an admonition, a blockquote, an image (src/parse/section-content.ts). Kept as
 * the author's markdown so the equation page can show it under the where-list.
 */
export interface ContentBlock {
  /** The author's markdown (inline math as written, dollars that are text restored). */
  markdown: string;
  /** Before or after the equation's formula in the section. */
  place: 'before' | 'after';
  position: Span;
}

/** A where-list item that defines nothing ("The factor $\tfrac{1}{2}$ is often included by convention"). */
export interface Note {
  text: string;
  position: Span;
}

export interface Equation {
  /** URL slug from the name (or the heading's explicit `{#id}`), unique in its collection, stable across rebuilds. */
  slug: string;
  /** The id written on the heading (`#### 17. Adam Optimizer {#adam}`), when there is one. */
  explicitId?: string;
  /** The formula's own label when a heading's `{#id}` gave the equation its URL: references resolve by it too. */
  label?: string;
  /** The ids of the formula's other labels (an `align` with a `\label` on each row): references resolve by them too. */
  otherLabels?: string[];
  /** The heading's number ("17." → 17), or null when the heading is not numbered. */
  number: number | null;
  /** The name as markdown, inline math kept as `$...$`, without the number. */
  name: string;
  /** The name as plain text (math kept as its LaTeX source, no delimiters). */
  nameText: string;
  /** The equation's LaTeX, without delimiters; one string even when spread over several lines. */
  latex: string;
  /** Where each character of `latex` came from. */
  latexMap: OffsetMap;
  /** Set when the collection's macros could not be expanded in the formula (see `MathSource.macroError`). */
  macroError?: { at: number; message: string };
  display: DisplayForm;
  /** The nearest enclosing heading's text (above the equation's own section), if any. */
  group: string | null;
  /** The heading's level (the format's is 4); 0 in a document with no heading at all (named by its title, its heading span empty at the file's start). */
  headingLevel: number;
  variables: Variable[];
  notes: Note[];
  /** Math written in the name, where-list descriptions and notes, for validation. */
  inlineMath: MathSource[];
  /** The section's other content (src/parse/section-content.ts); absent when there is none. */
  content?: ContentBlock[];
  /** The math of where-list items past the bound (src/parse/where-bounds.ts): checked, never analysed. */
  overflowMath?: MathSource[];
  positions: {
    heading: Span;
    equation: Span | null;
    whereList: Span | null;
    /** Where the record's name is written: its bold label (`**Kinetic energy:**`), or its heading's text after the number. Absent on records made elsewhere than the parser. */
    name?: Span;
  };
  /**
   * Meanings borrowed from other where-lists of the collection for symbols this equation uses but
   * does not define (set by src/borrow/stage.ts after parsing; absent when none). The
   * author's `variables` are never changed.
   */
  borrowed?: BorrowedDefinition[];
  /** Symbols (LaTeX, as used) the equation uses that neither its where-list nor any other equation explains. */
  unexplained?: string[];
}

/** A symbol's meaning taken from another equation's where-list (src/borrow/borrow.ts). */
export interface BorrowedDefinition {
  /** The symbol as this equation writes it (LaTeX), e.g. `\sigma`, `h_{t-1}`. */
  symbol: string;
  /** The source item's description (markdown, inline math as `$...$`). */
  description: string;
  /** Slug of the equation (same collection) whose where-list defines the symbol. */
  from: string;
  /** Index of the defining item in that equation's `variables`. */
  fromItem: number;
  /** 0..1: how sure the choice is (1: one meaning in the whole collection, given in the same topic). */
  confidence: number;
}

export interface Collection {
  /** The document's title (its main `#` heading), or the file name. */
  title: string;
  /** The prose between the title and the first equation, as markdown. */
  intro: string;
  /** What comes before the title heading (e.g. the generating prompt), as markdown; may be empty. */
  preamble: string;
  /** The source file's path as given (relative to the working directory when possible). */
  sourceFile: string;
  equations: Equation[];
  /**
   * Every other math span of the file, for validation: the intro and preamble, prose, tables,
   * lists, blockquotes, admonitions and HTML blocks anywhere in the document (not the equations,
   * their names and where-lists, which their records hold).
   */
  inlineMath: MathSource[];
  /** The macros the document's formulas were expanded with (the config's, then its own preamble's); absent when none. */
  macros?: MacroTable;
  /** References to equations written in the document (`\eqref{x}`, `\ref{x}`, MyST `{eq}`, Quarto `@eq-x`), in order. */
  references?: EquationReference[];
  /** The tool the document is read as (src/parse/dialect.ts) and what said so. */
  dialect?: { dialect: string; from: string };
  /** The config's slug style when it is not the default `unicode` (src/slug.ts). */
  slugStyle?: 'ascii';
  /**
   * `sections`: the document's numbered headings number its sections, not its equations (a
   * numbered heading at the equation level holds no formula of its own, only its subsections do:
   * an LLM answer's `### 3. Find the minimum` over `#### Steps`). No `numbering` or `heading-level`
   * warning then holds it to a sequence of equation numbers (src/parse/records.ts).
   */
  headingNumbers?: 'sections';
  /** The document's language when it is not English: the config's `lang`, its front matter's, or detected (src/parse/language.ts). */
  lang?: string;
}

/** A reference to an equation by its label, as the author's tool writes it (src/parse/references.ts). */
export interface EquationReference {
  /** The label as written (`eq:newton`). */
  target: string;
  /** The id it resolves to: the label made URL-safe, as an equation's label id is. */
  id: string;
  /** `wiki`: Formulary's own `[[name, id or number]]`. */
  syntax: 'eqref' | 'ref' | 'myst' | 'quarto' | 'pandoc' | 'bookdown' | 'wiki';
  position: Span;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  ruleId: string;
  message: string;
  /** The slug of the equation it concerns, or null. */
  equation: string | null;
}

/** A markdown file as read from disk. */
export interface SourceFile {
  /** Path as shown in diagnostics (relative to cwd when inside it). */
  path: string;
  text: string;
  /**
   * Set when `text` is markdown taken out of another file (a Jupyter notebook's markdown cells,
   * src/read/notebook.ts): the file's own text and where each character of `text` is in it.
   * Offsets stay offsets into `text`; lines and columns are the file's (src/diagnostics/mapped-lines.ts).
   */
  origin?: { text: string; map: OffsetMap };
}

/** One topic: a named set of equations (by slug). */
export interface Topic {
  slug: string;
  title: string;
  equations: string[];
}

/** The search document for one equation (built at build time, shipped to the browser). */
export interface SearchDoc {
  id: number;
  slug: string;
  /** URL of the equation page, relative to the site root (no leading slash), e.g. "equations/adam-optimizer/". */
  url: string;
  number: number | null;
  name: string;
  topic: string;
  /** Words of the where-list descriptions (math as TeX). */
  text: string;
  /** The TeX of the equation and its defined symbols. */
  tex: string;
}
