/**
 * The stages one markdown file goes through after it is read, composed once: parse → where-list
 * bounds (`parseFile`), then borrowed meanings → validation (`checkParsed`). `loadProject`
 * runs them over a project; `check --fix` (./fix.ts) runs them again on each round's text, so a
 * fix sees the same records and diagnostics `check` reports.
 */
import type { Collection, Diagnostic, SourceFile, Topic } from '../types.js';
import { parseCollectionAsync, type ParseOptions } from '../parse/parse.js';
import { boundWhereLists } from '../parse/where-bounds.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { lineIndexOf } from '../diagnostics/mapped-lines.js';
import { validateCollection } from '../rules/validate.js';
import { borrowStage, suggester } from '../borrow/stage.js';

export interface ParsedFile {
  file: SourceFile;
  lines: LineIndex;
  collection: Collection;
  /** The reader's diagnostics, then the where-list bounds'. */
  diagnostics: Diagnostic[];
}

/** parse → where bounds; `options` name the dialect the file is read in (parse/dialect.ts). */
export async function parseFile(file: SourceFile, options: ParseOptions = {}): Promise<ParsedFile> {
  const lines = lineIndexOf(file);
  const result = await parseCollectionAsync(file, options);
  const diagnostics = result.diagnostics;
  // Where-lists past their bound keep their first items as definitions (where-bounds.ts).
  const bounded = boundWhereLists(result.collection);
  // Loops, not push(...list): a flood of math can give more diagnostics than a call has arguments.
  for (const d of bounded.diagnostics) diagnostics.push(d);
  return { file, lines, collection: bounded.collection, diagnostics };
}

/**
 * borrow → validate, given the collection's topics (borrowed meanings need them; `undefined-symbol`
 * names them). `collection` is the record with its borrowed meanings; the diagnostics are the rules'.
 */
export function checkParsed(parsed: ParsedFile, topics: Topic[]): { collection: Collection; diagnostics: Diagnostic[] } {
  const borrowed = borrowStage(parsed.collection, topics);
  const diagnostics = validateCollection(parsed.collection, parsed.file.text, parsed.lines, suggester(parsed.collection, borrowed.results));
  return { collection: borrowed.collection, diagnostics };
}
