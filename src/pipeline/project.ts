/**
 * read → parse → validate for a set of content paths, with each collection's topics.
 * What `check`, `export`, `build` and `dev` all start from.
 */
import type { Collection, Diagnostic, SourceFile, Topic } from '../types.js';
import { readSources } from '../read/read.js';
import { readSidecars } from '../read/sidecars.js';
import { parseCollectionAsync } from '../parse/parse.js';
import { loadTopics } from '../parse/topics.js';
import { LineIndex } from '../diagnostics/positions.js';
import { validateCollection } from '../validate/validate.js';
import { diagnosticAt, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { markdownBounds, maskLiteral, unmaskLiteral } from '../parse/bounds.js';

export interface LoadedCollection {
  collection: Collection;
  topics: Topic[];
  file: SourceFile;
}

export interface Project {
  collections: LoadedCollection[];
  diagnostics: Diagnostic[];
  files: SourceFile[];
  /** Milliseconds spent in each stage. */
  timings: { read: number; parse: number; validate: number };
}

export const DEFAULT_CONTENT = 'content';

export async function loadProject(paths: string[], cwd = process.cwd()): Promise<Project> {
  const t0 = performance.now();
  const read = await readSources(paths.length > 0 ? paths : [DEFAULT_CONTENT], cwd);
  const sidecars = await readSidecars(read.files, cwd);
  const t1 = performance.now();
  const diagnostics: Diagnostic[] = [...read.diagnostics];
  const parsed: Array<{ file: SourceFile; lines: LineIndex; collection: Collection }> = [];
  for (const file of read.files) {
    const lines = new LineIndex(file.text);
    const result = await parseBounded(file, lines, diagnostics);
    diagnostics.push(...result.diagnostics);
    parsed.push({ file, lines, collection: result.collection });
  }
  const t2 = performance.now();
  const collections: LoadedCollection[] = parsed.map(({ file, lines, collection }) => {
    diagnostics.push(...validateCollection(collection, file.text, lines));
    const topics = loadTopics(collection, sidecars.get(file.path) ?? null);
    diagnostics.push(...topics.diagnostics);
    return { collection, topics: topics.topics, file };
  });
  const t3 = performance.now();
  return {
    collections,
    diagnostics: sortDiagnostics(diagnostics),
    files: read.files,
    timings: { read: t1 - t0, parse: t2 - t1, validate: t3 - t2 },
  };
}

/**
 * Parses with the markdown structure bounds (parse/bounds.ts): markup past them (nesting too deep,
 * delimiter runs too long or dense) is masked to same-length private-use characters, so the parser
 * reads it as text at the same offsets, then unmasked in the records. Each bound is reported once.
 */
async function parseBounded(file: SourceFile, lines: LineIndex, diagnostics: Diagnostic[]): ReturnType<typeof parseCollectionAsync> {
  const bounds = markdownBounds(file.text);
  const ctx = { file: file.path, lines };
  // Markup past a bound is shown as text (a warning); math past the file's limit is not typeset (an error).
  for (const issue of bounds.issues) diagnostics.push(diagnosticAt(ctx, issue.offset, issue.ruleId === 'too-much-math' ? 'error' : 'warning', issue.ruleId, issue.message, null));
  if (bounds.literal.length === 0) return parseCollectionAsync(file);
  const result = await parseCollectionAsync({ ...file, text: maskLiteral(file.text, bounds.literal) });
  return { collection: unmaskAll(result.collection), diagnostics: unmaskAll(result.diagnostics) };
}

/** A copy of a plain record with `unmaskLiteral` applied to every string in it. */
function unmaskAll<T>(value: T): T {
  if (typeof value === 'string') return unmaskLiteral(value) as T;
  if (Array.isArray(value)) return value.map((v) => unmaskAll(v)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = unmaskAll(v);
    return out as T;
  }
  return value;
}
