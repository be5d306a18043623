/**
 * parse: a markdown file → a Collection of Equation records with exact source positions,
 * plus diagnostics about the document's structure (the format rules that can only be seen
 * while reading it). Pure: no I/O.
 */
import type { Root } from 'mdast';
import type { Collection, Diagnostic, Equation, MathSource, SourceFile } from '../types.js';
import { LineIndex } from '../diagnostics/positions.js';
import { normaliseDelimiters } from './preprocess.js';
import { splitAtHeadings, type Chunk } from './split.js';
import { readEquationChunk, readHeading, type EquationDraft } from './equation-chunk.js';
import { inlineMaths, mathSourceOf, plainText, type ChunkContext } from './mdast-helpers.js';
import { slugify, uniqueSlugs } from './slug.js';
import { fastParse } from './fast-markdown.js';
import { RemarkNotLoaded, ensureRemark, remarkParse } from './remark.js';
import { diagnosticAt, type FileContext } from '../diagnostics/diagnostic.js';


export interface ParseResult {
  collection: Collection;
  diagnostics: Diagnostic[];
}

interface ParsedChunk {
  chunk: Chunk;
  tree: Root;
  draft: EquationDraft | null;
}

export interface ParseOptions {
  /** Use the fast path for plain equation chunks (default true; tests compare both paths). */
  fast?: boolean;
}

/**
 * Parses one file. Chunks beyond the fast path need remark: call `await ensureRemark()` (from
 * ./remark.js) once before, or use `parseCollectionAsync`, which does it only when needed.
 */
export function parseCollection(file: SourceFile, options: ParseOptions = {}): ParseResult {
  const fast = options.fast !== false;
  const lines = new LineIndex(file.text);
  const fctx: FileContext = { file: file.path, lines };
  const diagnostics: Diagnostic[] = [];
  const pre = normaliseDelimiters(file.text);
  const { chunks, unclosedFence } = splitAtHeadings(pre.text);

  if (unclosedFence && unclosedFence.swallowedHeadings.length > 0) {
    const n = unclosedFence.swallowedHeadings.length;
    diagnostics.push(
      diagnosticAt(fctx, unclosedFence.offset, 'error', 'unclosed-code-fence', `This code fence is never closed and swallows the rest of the file (${n} heading${n === 1 ? '' : 's'}); close it with a matching fence line`, null),
    );
  }

  const parsed: ParsedChunk[] = [];
  let previousSlug: string | null = null;
  for (const chunk of chunks) {
    const ctx: ChunkContext = { text: pre.text, bracketDisplays: pre.bracketDisplays, parenInlines: pre.parenInlines, dollarDisplays: pre.dollarDisplays, offset: chunk.offset };
    const tree = (fast ? fastParse(chunk.text) : null) ?? remarkParse(chunk.text);
    let draft = chunk.headingLevel > 0 ? readEquationChunk(tree, ctx, lines, previousSlug) : null;
    if (draft && draft.headingLevel !== 4 && !(draft.math && (draft.whereSeen || draft.variables.length > 0))) draft = null;
    if (draft) previousSlug = slugify(draft.nameText);
    parsed.push({ chunk, tree, draft });
  }

  const firstEq = parsed.findIndex((p) => p.draft);
  const head = firstEq < 0 ? parsed : parsed.slice(0, firstEq);
  const titleIndex = findLastIndex(head, (p) => p.chunk.headingLevel === 1);
  const ctxOf = (p: ParsedChunk): ChunkContext => ({ text: pre.text, bracketDisplays: pre.bracketDisplays, parenInlines: pre.parenInlines, dollarDisplays: pre.dollarDisplays, offset: p.chunk.offset });

  let title = file.path.replace(/^.*[\\/]/, '').replace(/\.(md|markdown)$/i, '');
  let intro = '';
  let preamble = '';
  const introEnd = firstEq < 0 ? pre.text.length : parsed[firstEq]!.chunk.offset;
  if (titleIndex >= 0) {
    const t = parsed[titleIndex]!;
    const heading = t.tree.children[0];
    if (heading?.type === 'heading') title = readHeading(heading, ctxOf(t)).nameText || title;
    preamble = pre.text.slice(0, t.chunk.offset);
    const headingEnd = t.chunk.offset + (heading?.position?.end.offset ?? 0);
    intro = pre.text.slice(headingEnd, introEnd);
  } else {
    intro = pre.text.slice(0, introEnd);
  }

  const inlineMath: MathSource[] = [];
  for (const p of head) for (const m of inlineMaths(p.tree)) inlineMath.push(mathSourceOf(m, ctxOf(p)));

  const equations = buildEquations(parsed, titleIndex, fctx, diagnostics);
  if (equations.length === 0 && file.text.trim() !== '') {
    diagnostics.push(diagnosticAt(fctx, 0, 'warning', 'no-equations', 'No equations found: write each as a `####` heading, the equation between dollar signs, then a "where:" list', null));
  } else if (file.text.trim() === '') {
    diagnostics.push(diagnosticAt(fctx, 0, 'warning', 'no-equations', 'The file is empty', null));
  }

  const collection: Collection = {
    title: title.trim() || 'Equations',
    intro: cleanProse(intro),
    preamble: cleanProse(preamble),
    sourceFile: file.path,
    equations,
    inlineMath,
  };
  return { collection, diagnostics };
}

function buildEquations(parsed: ParsedChunk[], titleIndex: number, fctx: FileContext, diagnostics: Diagnostic[]): Equation[] {
  const drafts: Array<{ draft: EquationDraft; group: string | null }> = [];
  let group: string | null = null;
  parsed.forEach((p, i) => {
    if (p.draft) {
      drafts.push({ draft: p.draft, group });
    } else if (i > titleIndex && (p.chunk.headingLevel === 2 || p.chunk.headingLevel === 3)) {
      const heading = p.tree.children[0];
      group = heading ? plainText(heading).trim() || null : null;
    }
  });
  const slugs = uniqueSlugs(drafts.map(({ draft }) => ({ slug: slugify(draft.nameText), number: draft.number })));
  return drafts.map(({ draft, group: g }, i) => {
    const slug = slugs[i]!;
    if (draft.itemsWithoutMath.length > 0) {
      for (const at of draft.itemsWithoutMath) {
        diagnostics.push(diagnosticAt(fctx, at, 'warning', 'where-item-without-math', 'Wrap the variable in dollar signs (e.g. `$A$ is the area`) so it renders as math', slug));
      }
    }
    return {
      slug,
      number: draft.number,
      name: draft.name,
      nameText: draft.nameText,
      latex: draft.math?.latex ?? '',
      latexMap: draft.math?.map ?? { pieces: [] },
      display: draft.display,
      group: g,
      headingLevel: draft.headingLevel,
      variables: draft.variables,
      notes: draft.notes,
      inlineMath: draft.inlineMath,
      positions: draft.positions,
    } satisfies Equation;
  });
}

/** Trims the trailing thematic break and blank lines that separate prose from the first equation. */
function cleanProse(text: string): string {
  return text.replace(/\r/g, '').replace(/(\n\s*(-{3,}|\*{3,}|_{3,})\s*)+$/, '').trim();
}

function findLastIndex<T>(items: T[], pred: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (pred(items[i]!)) return i;
  return -1;
}

/** parseCollection, loading the full markdown parser first only if some chunk needs it. */
export async function parseCollectionAsync(file: SourceFile, options: ParseOptions = {}): Promise<ParseResult> {
  try {
    return parseCollection(file, options);
  } catch (err) {
    if (!(err instanceof RemarkNotLoaded)) throw err;
    await ensureRemark();
    return parseCollection(file, options);
  }
}
