/**
 * parse: a markdown file → a Collection of Equation records with exact source positions,
 * plus diagnostics about the document's structure (the format rules that can only be seen
 * while reading it). Pure: no I/O.
 *
 * The text goes through same-length rewrites first (every offset stays a file offset): lone CR
 * line endings become LF, `\(…\)`/`\[…\]` become dollars (preprocess.ts), dollars that are
 * text become a placeholder (dollars.ts), admonitions and table pipes become markdown that
 * CommonMark reads (containers.ts). Then the document is split at its headings and each
 * section is read on its own (section.ts).
 */
import type { Root } from 'mdast';
import type { Collection, Diagnostic, MacroTable, SourceFile } from '../types.js';
import { lineIndexOf } from '../diagnostics/mapped-lines.js';
import { diagnosticAt, type FileContext } from '../diagnostics/diagnostic.js';
import { colonFences } from './colon-fences.js';
import { templateMath } from './template-math.js';
import { slidevDeck } from './slides.js';
import { normaliseDelimiters } from './preprocess.js';
import { blankLinesAsText, blankLinesSameLength, hasBlankLinePlaceholders } from './display-close.js';
import { markdownBounds } from './bounds.js';
import { mapStringsInPlace, maskLiteral, unmaskInPlace } from './literal-mask.js';
import { restoreDollars, scanDollars } from './dollars.js';
import { proseDiagnostics } from './prose-diagnostics.js';
import { rewriteContainers } from './containers.js';
import { htmlHeadings } from './html-headings.js';
import { splitAtHeadings, type Chunk } from './split.js';
import { readSection, type SectionRead } from './section.js';
import { SectionKeys, type SectionMemo, type SectionReading } from './section-memo.js';
import { buildEquations, numbersSections, untitledHeading, type ParsedChunk } from './records.js';
import { cleanProse, fileTitleOf, titleAndIntro } from './title-intro.js';
import { applyGlossaries } from './definitions-glossary.js';
import { keepSectionsWithoutEquations } from './sections-without-equations.js';
import { shareRunDefinitions } from './runs.js';
import { mathSpans } from './math-spans.js';
import { type SlugStyle, slugify } from '../slug.js';
import { documentLanguage, readingWords } from './language.js';
import { readReferences } from './references.js';
import { documentMacros } from './macros.js';
import { MAX_EXPANSION_WORK } from './macro-expand.js';
import type { Dialect } from '../dialects.js';
import { chooseDialect } from './dialect.js';
import { isFormulaSheet } from './formula-sheet.js';
import { isOutlinePage } from './list-formulas.js';
import { blankFrontMatter, frontMatterTitle, readableSource } from './formats.js';
import { fastParse } from './fast-markdown.js';
import { RemarkNotLoaded, ensureRemark, remarkParse, remarkParseMdx } from './remark.js';
import { isMdx } from './mdx.js';
import { isClosedFlowMath, type ChunkContext } from './mdast-helpers.js';
import { MAX_BLOCK_LINES, PIECE_CHARS, parseInPieces, pieceCuts, type PieceCuts } from './pieces.js';
import type { BoundRule } from './bounds-collector.js';
import type { RuleRef } from '../diagnostics/diagnostic.js';
import { unclosedCodeFence } from '../rules/unclosed-code-fence.js';
import { unclosedMath } from '../rules/unclosed-math.js';
import { blockTooLong } from '../rules/block-too-long.js';
import { tooManyEquations } from '../rules/too-many-equations.js';
import { noEquations } from '../rules/no-equations.js';
import { nestingTooDeep } from '../rules/nesting-too-deep.js';
import { markupTooDense } from '../rules/markup-too-dense.js';
import { tooMuchMath } from '../rules/too-much-math.js';

/** A line indented like CommonMark's indented code (four spaces or a tab). */
const INDENTED = /^(?: {4}|[ ]{0,3}\t)/m;

/** The rules the markdown bounds (bounds.ts) report. */
const BOUND_RULES: Record<BoundRule, RuleRef> = { 'nesting-too-deep': nestingTooDeep, 'markup-too-dense': markupTooDense, 'too-much-math': tooMuchMath };

/** Equations one file makes at most: the largest collection the build is designed and benchmarked for. */
export const MAX_EQUATIONS_PER_FILE = 10_000;

export interface ParseResult {
  collection: Collection;
  diagnostics: Diagnostic[];
}


export interface ParseOptions {
  /** Use the fast path for plain equation chunks (default true; tests compare both paths). */
  fast?: boolean;
  /** The config's dialect, and the one a tool's project file beside the document says (dialect.ts). */
  dialect?: Dialect;
  projectDialect?: Dialect | null;
  /** The config's slug style (default `unicode`, src/slug.ts). */
  slug?: SlugStyle;
  /** The config's language tag; the front matter's `lang:` wins, else it is detected (language.ts). */
  lang?: string;
  /** The config's `macros` (macro-definitions.ts `configMacros`), applied before the document's own (macros.ts). */
  macros?: MacroTable;
  /** The file's sections read at the last save (the dev server, section-memo.ts): unchanged ones are not read again. */
  sections?: SectionMemo;
}

/** Lone CR line endings (classic Mac) → LF; CRLF stays. Same length. */
export function normaliseLineEndings(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/**
 * Parses one file. Chunks beyond the fast path need remark: call `await ensureRemark()` (from
 * ./remark.js) once before, or use `parseCollectionAsync`, which does it only when needed.
 *
 * The markdown structure bounds (bounds.ts) come first: markup past them (nesting too deep,
 * delimiter runs too long or dense, math past the file's limit) is masked to same-length
 * private-use characters, so it is read as text at the same offsets, then unmasked in the records.
 */
export function parseCollection(file: SourceFile, options: ParseOptions = {}): ParseResult {
  // MDX's JavaScript and JSX, Quarto's and R Markdown's executable chunks are blanked (formats.ts).
  const source = readableSource(file.path, normaliseLineEndings(file.text));
  const bounds = markdownBounds(source);
  const fctx: FileContext = { file: file.path, lines: lineIndexOf(file, source) };
  // Markup past a bound is shown as text (a warning); math past the file's limit is not typeset (an error).
  const boundDiagnostics = bounds.issues.map((issue) => diagnosticAt(fctx, issue.offset, BOUND_RULES[issue.ruleId], issue.message, null));
  if (bounds.literal.length === 0) {
    const result = parseText(file, source, options);
    return { collection: result.collection, diagnostics: [...boundDiagnostics, ...result.diagnostics] };
  }
  const result = parseText(file, maskLiteral(source, bounds.literal), options);
  return { collection: unmaskInPlace(result.collection), diagnostics: [...boundDiagnostics, ...unmaskInPlace(result.diagnostics)] };
}

function parseText(file: SourceFile, source: string, options: ParseOptions): ParseResult {
  // MDX has no indented code (remark.ts); the fast path reads it as CommonMark does, so an indented line takes remark.
  const mdx = isMdx(file.path);
  const fast = options.fast !== false;
  const dialect = chooseDialect(source, options.dialect, options.projectDialect, file.path);
  const lines = lineIndexOf(file, source);
  const fctx: FileContext = { file: file.path, lines };
  const diagnostics: Diagnostic[] = [];
  // Template tags (Hugo, Liquid, Zola) and doubled backslashes become `\(`…`\)`/`\[`…`\]` first (template-math.ts).
  // Colon-fenced containers (`::: tip`, `:::note`, `::: {.callout-note}`) lose their marker lines (colon-fences.ts).
  // Slidev decks lose their slide separators, per-slide settings and click steps (slides.ts).
  const fenced = colonFences(templateMath(slidevDeck(source)));
  const pre = normaliseDelimiters(fenced.text);
  // A notebook's markdown cells are read as Jupyter's MathJax reads them: `$ x $` is math.
  const dollars = scanDollars(pre.text, new Set([...pre.bracketDisplays, ...pre.dollarDisplays, ...pre.tickInlines]), /\.ipynb$/i.test(file.path));
  // The front matter is read from `source` (title, language, dialect) and `withSettings` (macros); the reader never sees it.
  const withSettings = rewriteContainers(dollars.text);
  // `<h2 align="center">Setup</h2>` lines are section headings (html-headings.ts).
  const text = htmlHeadings(blankFrontMatter(withSettings));
  const { chunks, unclosedFence } = splitAtHeadings(text);

  if (unclosedFence && unclosedFence.swallowedHeadings.length > 0) {
    const n = unclosedFence.swallowedHeadings.length;
    diagnostics.push(
      diagnosticAt(fctx, unclosedFence.offset, unclosedCodeFence, unclosedCodeFence.messages.swallows(n), null),
    );
  }
  const unclosed = (offset: number, what: string): void => {
    diagnostics.push(diagnosticAt(fctx, offset, unclosedMath, unclosedMath.messages.unclosed(what), null));
  };
  for (const at of dollars.unclosed) unclosed(at, '`$`');
  for (const at of pre.unclosedBrackets) unclosed(at, '`\\[`');
  for (const at of pre.unclosedDollars) {
    if (pre.escapedCloses.has(at)) diagnostics.push(diagnosticAt(fctx, at, unclosedMath, unclosedMath.messages.escapedClose(), null));
    else unclosed(at, '`$$`');
  }

  let longBlock = false;
  /** remark on the chunk, in pieces when it is long (pieces.ts); a paragraph cut past its line bound is reported once. */
  let longLine = false;
  const parseLong = (chunk: Chunk, { cuts, forced, inLine }: PieceCuts): Root => {
    if (inLine.length > 0 && !longLine) {
      longLine = true;
      diagnostics.push(
        diagnosticAt(fctx, chunk.offset + inLine[0]!, blockTooLong, blockTooLong.messages.longLine(PIECE_CHARS), null),
      );
    }
    if (forced.length > 0 && !longBlock) {
      longBlock = true;
      diagnostics.push(
        diagnosticAt(fctx, chunk.offset + forced[0]!, blockTooLong, blockTooLong.messages.longBlock(MAX_BLOCK_LINES), null),
      );
    }
    return parseInPieces(chunk.text, mdx ? remarkParseMdx : remarkParse, cuts);
  };
  const parsed: ParsedChunk[] = [];
  const macros = documentMacros(withSettings, options.macros, fctx, diagnostics);
  const macroBudget = { left: MAX_EXPANSION_WORK };
  const lang = documentLanguage(source, options.lang);
  const words = readingWords(lang ?? undefined);
  let previousSlug: string | null = null;
  let equationCount = 0;
  // The collection's title when the document has no `#` title: a Quarto, R Markdown or MDX front
  // matter's `title:` (formats.ts), else the file's name.
  const fileTitle = fileTitleOf(file.path, frontMatterTitle(source));
  // The text before the first heading is read as a section named by the title too: a note whose
  // formulas come first and a closing `### Explanation` later presents them (trial 3, H1).
  const untitled = chunks[0]!.headingLevel === 0 ? untitledHeading(fileTitle) : undefined;
  const earlier: string[] = [];
  const formulaSheet = isFormulaSheet(text);
  const outlinePage = isOutlinePage(text);
  // The dev server's sections kept from the last save (section-memo.ts): not for a notebook's mapped lines nor shared macro work.
  const memo = options.sections && !file.origin && !macros ? options.sections : undefined;
  memo?.begin();
  const keys = memo ? new SectionKeys({ text, bracketDisplays: pre.bracketDisplays, parenInlines: pre.parenInlines, dollarDisplays: pre.dollarDisplays, displayLabels: pre.displayLabels, commentary: fenced.commentary, boxTitles: fenced.titles }, JSON.stringify([file.path, dialect.dialect, lang, formulaSheet, outlinePage, mdx, fast])) : undefined;
  for (const chunk of chunks) {
    const ctx: ChunkContext = { text, bracketDisplays: pre.bracketDisplays, parenInlines: pre.parenInlines, dollarDisplays: pre.dollarDisplays, displayLabels: pre.displayLabels, earlier, dialect: dialect.dialect, offset: chunk.offset, words, commentary: fenced.commentary, boxTitles: fenced.titles };
    if (formulaSheet) ctx.formulaSheet = true;
    if (outlinePage) ctx.outlinePage = true;
    if (macros) [ctx.macros, ctx.macroBudget] = [macros, macroBudget];
    // A section the dev server read at an earlier save, unchanged: its reading, moved (section-memo.ts).
    const key: string | undefined = keys?.key(chunk, previousSlug, chunk.headingLevel > 0 ? undefined : untitled);
    const kept: SectionReading | null = key === undefined ? null : memo!.take(key, chunk);
    if (kept?.maths) ctx.maths = kept.maths;
    // The fast path is linear and reads a long block whole; remark reads it in pieces (block-too-long).
    const quick = kept ? null : fast && !(mdx && INDENTED.test(chunk.text)) ? fastParse(chunk.text) : null;
    const cuts = kept || quick ? null : pieceCuts(chunk.text);
    const tree: Root = kept?.tree ?? quick ?? parseLong(chunk, cuts!);
    // A document with no heading at all is one section, named by its title (issue 24, F6).
    const read: SectionRead | null = kept ? kept.section : chunk.headingLevel > 0 || untitled ? readSection(tree, ctx, lines, previousSlug, chunk.headingLevel > 0 ? undefined : untitled) : null;
    // Before a later heading, that text is a section only when it presents a formula (else it is the preamble, as before).
    const section: SectionRead | null = read && chunk.headingLevel === 0 && chunks.length > 1 && read.drafts.length === 0 ? null : read;
    if (section && !kept) shareRunDefinitions(section.drafts);
    const spans = kept?.spans ?? mathSpans(tree, ctx);
    // Not kept: a reading whose pieces reported a long block or line (a diagnostic of the file's).
    if (key !== undefined && !kept && (quick || (cuts!.forced.length === 0 && cuts!.inLine.length === 0))) memo!.keep(key, chunk, { tree, section: read, spans, maths: ctx.maths });
    const over = section ? equationCount + section.drafts.length - MAX_EQUATIONS_PER_FILE : 0;
    if (section && over > 0) {
      // Past the file's limit nothing more is read: this section keeps the equations that fit, later ones are not checked.
      const first = section.drafts[section.drafts.length - over]!;
      diagnostics.push(diagnosticAt(fctx, first.nameOffset, tooManyEquations, tooManyEquations.messages.tooMany(MAX_EQUATIONS_PER_FILE), null));
      section.drafts.length -= over;
      if (section.drafts.length > 0) parsed.push({ chunk, tree, ctx, section, spans });
      break;
    }
    equationCount += section?.drafts.length ?? 0;
    if (earlier.length < 1000) for (const d of section?.drafts ?? []) {
      earlier.push(d.math.latex.slice(0, 2000));
      keys?.noteEarlier(d.math.latex.slice(0, 2000));
    }
    const last: SectionRead['drafts'][number] | undefined = section?.drafts[section.drafts.length - 1];
    if (last) previousSlug = last.id ?? slugify(last.nameText, options.slug);
    for (const node of tree.children) {
      if (!isClosedFlowMath(node, ctx)) unclosed(chunk.offset + (node.position?.start.offset ?? 0), '`$$`');
    }
    parsed.push({ chunk, tree, ctx, section, spans });
  }
  memo?.finish();

  // A display's filled blank lines (display-close.ts) are a space again, at the same offsets.
  const prose = blankFrontMatter(blankLinesSameLength(dollars.text, source));
  const { title, intro, introStart, preamble, firstSection, firstWithEquations } = titleAndIntro(parsed, chunks.length, prose, fileTitle);

  const equations = buildEquations(parsed, firstSection, fctx, diagnostics, options.slug, title.trim() || 'Equations');
  keepSectionsWithoutEquations(parsed, firstWithEquations, equations, prose.length, (start, end) => ({
    markdown: restoreDollars(cleanProse(prose.slice(start, end))),
    position: lines.span(start, start + prose.slice(start, end).trimEnd().length),
  }));
  // A section that lists the document's quantities defines them for every formula that writes them (trial 4, K7).
  applyGlossaries(parsed, equations, lines);
  const used = new Set<number>();
  for (const eq of equations) {
    for (const piece of eq.latexMap.pieces) used.add(piece.offset);
    for (const m of eq.inlineMath) used.add(m.map.pieces[0]?.offset ?? -1);
    for (const v of eq.variables) for (const s of v.symbolSources) used.add(s.map.pieces[0]?.offset ?? -1);
  }
  const inlineMath = parsed.flatMap((p) => p.spans).filter((m) => m.latex.trim() && !used.has(m.map.pieces[0]?.offset ?? -1));

  if (file.text.trim() === '') {
    diagnostics.push(diagnosticAt(fctx, 0, noEquations, noEquations.messages.empty(), null));
  } else if (equations.length === 0) {
    diagnostics.push(diagnosticAt(fctx, 0, noEquations, noEquations.messages.none(), null));
  }

  const collection: Collection = {
    title: title.trim() || 'Equations',
    intro: restoreDollars(cleanProse(intro)),
    preamble: restoreDollars(cleanProse(preamble)),
    sourceFile: file.path,
    equations,
    inlineMath,
  };
  collection.dialect = dialect;
  if (numbersSections(parsed, firstSection)) collection.headingNumbers = 'sections';
  if (macros) collection.macros = macros;
  const references = readReferences(source, lines);
  if (references.length > 0) collection.references = references;
  if (options.slug === 'ascii') collection.slugStyle = 'ascii';
  if (lang && !/^en(?:-|$)/i.test(lang)) collection.lang = lang;
  // Where the site stops rendering prose as markdown (prose-bound.ts).
  diagnostics.push(...proseDiagnostics(fctx, source, collection, [
    { raw: preamble, start: 0, what: 'The text before the title', markdown: collection.preamble },
    { raw: intro, start: introStart, what: 'The introduction', markdown: collection.intro },
  ]));
  // A display's filled blank lines (display-close.ts) reach no record: a string still holding a placeholder loses it.
  if (hasBlankLinePlaceholders(pre.text)) mapStringsInPlace(collection, blankLinesAsText);
  return { collection, diagnostics };
}

/** parseCollection, loading the full markdown parser first only if some chunk needs it. */
export async function parseCollectionAsync(file: SourceFile, options: ParseOptions = {}): Promise<ParseResult> {
  // A long text: remark first, so a second attempt does not redo its bounds scan and preprocessing (seconds for 6 MiB).
  if (file.text.length > PIECE_CHARS) await ensureRemark();
  try {
    return parseCollection(file, options);
  } catch (err) {
    if (!(err instanceof RemarkNotLoaded)) throw err;
    await ensureRemark();
    return parseCollection(file, options);
  }
}
