/**
 * read → parse → validate for a set of content paths, with each collection's topics (the stages
 * of one file are composed in ./compose.ts, which `check --fix` reuses).
 * What `check`, `export`, `build` and `dev` all start from.
 */
import type { Collection, Diagnostic, SourceFile, Topic } from '../types.js';
import { readSources } from '../read/read.js';
import { readSidecars } from '../read/sidecars.js';
import { loadTopics } from '../parse/topics.js';
import { topicDiagnostics } from '../rules/topics.js';
import { checkReferences } from '../rules/references.js';
import { checkConflictingMeanings } from '../rules/conflicting-meaning.js';
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import { applyRuleSettings, type RuleConfig } from './rule-settings.js';
import type { SlugStyle } from '../slug.js';
import { checkParsed, parseFile, type ParsedFile } from './compose.js';
import { projectFileDialect } from '../read/dialect-files.js';
import type { Dialect } from '../dialects.js';
import { configMacros } from '../parse/macro-definitions.js';
import { configMacroDiagnostics } from '../parse/macros.js';
import { typesetAhead, type AheadResult } from '../katex/typeset-ahead.js';
import { aheadJobs } from './typeset-ahead.js';
import { SectionMemo } from '../parse/section-memo.js';

export interface LoadedCollection {
  collection: Collection;
  topics: Topic[];
  file: SourceFile;
}

export interface Project {
  collections: LoadedCollection[];
  diagnostics: Diagnostic[];
  files: SourceFile[];
  /** Milliseconds spent in each stage (`ahead`: typesetting ahead, katex/typeset-ahead.ts, part of validate). */
  timings: { read: number; parse: number; validate: number; ahead: number };
  /** Formulas typeset ahead and by how many worker threads (none: zeros). */
  ahead: AheadResult;
}

export const DEFAULT_CONTENT = 'content';

/** `rules`: the config's rule severities; disable comments in the files apply either way. */
/** The config's reading settings: the slug style and the documents' language. */
export interface ReadingConfig {
  slug?: SlugStyle;
  lang?: string;
  /** The config's `macros`, name → body. */
  macros?: Record<string, string>;
}

/** `typesetAhead`: typeset the math on every core before validation (katex/typeset-ahead.ts); `previews`: the search previews too (a build). */
export interface LoadOptions {
  typesetAhead?: { previews: boolean };
  /** Each file's stages kept from the last load, by path (the dev server's memory): a file whose text, sidecar and settings are unchanged is not parsed or checked again. */
  kept?: Map<string, KeptFile>;
}

/** One file's parse and check, and what they were made from (`key`). */
export interface KeptFile {
  key: string;
  parsed: ParsedFile;
  loaded: LoadedCollection;
  /** The check's, topics' and conflicting meanings' diagnostics (the parse's are `parsed.diagnostics`). */
  checked: Diagnostic[];
  /** The file's sections as last read: an edit reads again only the sections it changed (parse/section-memo.ts). */
  sections: SectionMemo;
}

export async function loadProject(paths: string[], cwd = process.cwd(), rules: RuleConfig & ReadingConfig & { dialect?: Dialect } = {}, options: LoadOptions = {}): Promise<Project> {
  const t0 = performance.now();
  const read = await readSources(paths.length > 0 ? paths : [DEFAULT_CONTENT], cwd);
  const sidecars = await readSidecars(read.files, cwd);
  const t1 = performance.now();
  const diagnostics: Diagnostic[] = [...read.diagnostics];
  const parsed: ParsedFile[] = [];
  const dialectDirs = new Map<string, Dialect | null>();
  const macros = rules.macros ? configMacros(rules.macros) : undefined;
  if (macros) for (const d of configMacroDiagnostics(macros)) diagnostics.push(d);
  const kept = options.kept;
  const keys = new Map<string, string>();
  const memos = new Map<string, SectionMemo>();
  for (const file of read.files) {
    // The tool the file is written for: the config's dialect, else a project file around it (dialect.ts).
    const parseOptions = { slug: rules.slug, lang: rules.lang, dialect: rules.dialect, projectDialect: rules.dialect ? null : projectFileDialect(file.path, cwd, dialectDirs), ...(macros ? { macros } : {}) };
    if (kept) keys.set(file.path, JSON.stringify([file.text, file.origin?.text ?? null, sidecars.get(file.path)?.text ?? null, parseOptions]));
    const hit = kept?.get(file.path);
    let one: ParsedFile;
    if (hit && hit.key === keys.get(file.path)) one = hit.parsed;
    else if (kept) {
      const sections = hit?.sections ?? new SectionMemo();
      memos.set(file.path, sections);
      one = await parseFile(file, { ...parseOptions, sections });
    } else one = await parseFile(file, parseOptions);
    // Loops, not push(...list): a flood of math can give more diagnostics than a call has arguments.
    for (const d of one.diagnostics) diagnostics.push(d);
    parsed.push(one);
  }
  const t2 = performance.now();
  const ahead = options.typesetAhead ? await typesetAhead(aheadJobs(parsed, options.typesetAhead.previews)) : { typeset: 0, threads: 0 };
  const tAhead = performance.now() - t2;
  const collections: LoadedCollection[] = parsed.map((one) => {
    const { file, collection } = one;
    const hit = kept?.get(file.path);
    if (hit && hit.parsed === one) {
      for (const d of hit.checked) diagnostics.push(d);
      return hit.loaded;
    }
    const sidecar = sidecars.get(file.path) ?? null;
    const topics = loadTopics(collection, sidecar);
    const checked = checkParsed(one, topics.topics);
    const own = [...checked.diagnostics];
    if (sidecar) for (const d of topicDiagnostics(topics.problems, sidecar, collection)) own.push(d);
    // Off by default: run here, not in validateCollection, which `--fix` and the API use unfiltered.
    for (const d of checkConflictingMeanings(collection, { file: collection.sourceFile, lines: one.lines })) own.push(d);
    for (const d of own) diagnostics.push(d);
    const loaded = { collection: checked.collection, topics: topics.topics, file };
    if (kept) kept.set(file.path, { key: keys.get(file.path)!, parsed: one, loaded, checked: own, sections: memos.get(file.path) ?? new SectionMemo() });
    return loaded;
  });
  if (kept) for (const path of kept.keys()) if (!keys.has(path)) kept.delete(path);
  for (const d of checkReferences(collections.map((c) => c.collection))) diagnostics.push(d);
  const t3 = performance.now();
  // Disable comments are found in the file as written, so their lines are the diagnostics' (a notebook's JSON).
  const texts = new Map(read.files.map((f) => [f.path, f.origin?.text ?? f.text]));
  for (const side of sidecars.values()) if (side) texts.set(side.path, side.text);
  return {
    collections,
    diagnostics: sortDiagnostics(applyRuleSettings(diagnostics, rules, texts)),
    files: read.files,
    timings: { read: t1 - t0, parse: t2 - t1, validate: t3 - t2, ahead: tAhead },
    ahead,
  };
}
