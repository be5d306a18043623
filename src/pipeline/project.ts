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
import { validateCollection } from '../rules/validate.js';
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import { applyRuleSettings, type RuleConfig } from './rule-settings.js';
import { borrowStage, suggester } from '../borrow/stage.js';
import { boundWhereLists } from '../parse/where-bounds.js';
import type { SlugStyle } from '../slug.js';

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

/** `rules`: the config's rule severities; disable comments in the files apply either way. */
/** The config's reading settings: the slug style and the documents' language. */
export interface ReadingConfig {
  slug?: SlugStyle;
  lang?: string;
}

export async function loadProject(paths: string[], cwd = process.cwd(), rules: RuleConfig & ReadingConfig = {}): Promise<Project> {
  const t0 = performance.now();
  const read = await readSources(paths.length > 0 ? paths : [DEFAULT_CONTENT], cwd);
  const sidecars = await readSidecars(read.files, cwd);
  const t1 = performance.now();
  const diagnostics: Diagnostic[] = [...read.diagnostics];
  const parsed: Array<{ file: SourceFile; lines: LineIndex; collection: Collection }> = [];
  for (const file of read.files) {
    const lines = new LineIndex(file.text);
    const result = await parseCollectionAsync(file, { slug: rules.slug, lang: rules.lang });
    for (const d of result.diagnostics) diagnostics.push(d);
    // Where-lists past their bound keep their first items as definitions (where-bounds.ts).
    const bounded = boundWhereLists(result.collection);
    for (const d of bounded.diagnostics) diagnostics.push(d);
    parsed.push({ file, lines, collection: bounded.collection });
  }
  const t2 = performance.now();
  const collections: LoadedCollection[] = parsed.map(({ file, lines, collection }) => {
    const topics = loadTopics(collection, sidecars.get(file.path) ?? null);
    // Borrowed meanings need the topics; `undefined-symbol` names them, the records carry them.
    const borrowed = borrowStage(collection, topics.topics);
    // Loops, not push(...list): a flood of math can give more diagnostics than a call has arguments.
    for (const d of validateCollection(collection, file.text, lines, suggester(collection, borrowed.results))) diagnostics.push(d);
    for (const d of topics.diagnostics) diagnostics.push(d);
    return { collection: borrowed.collection, topics: topics.topics, file };
  });
  const t3 = performance.now();
  const texts = new Map(read.files.map((f) => [f.path, f.text]));
  for (const side of sidecars.values()) if (side) texts.set(side.path, side.text);
  return {
    collections,
    diagnostics: sortDiagnostics(applyRuleSettings(diagnostics, rules, texts)),
    files: read.files,
    timings: { read: t1 - t0, parse: t2 - t1, validate: t3 - t2 },
  };
}
