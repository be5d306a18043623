/**
 * `check --fix` on one file: rounds of the pipeline's own stages (./compose.ts: parse → where
 * bounds → borrow → validate) on the text so far, and the edits src/fix/fix.ts makes from the
 * records and diagnostics, until nothing is left to fix (a new item can make a meaning elsewhere
 * sure enough), so a second run changes nothing.
 *
 * Here, not in fix/: the composition belongs to the pipeline, which sits above fix/, and a copy
 * of it in fix/ had drifted (it skipped the where-list bounds). fix/ keeps the pure edits.
 */
import type { MacroTable, SourceFile, Topic } from '../types.js';
import { applyEdits, delimiterEdits, escapeEdits, toOriginal, whereItemEdits, type AddedItem, type FixEdit, type FixKind, type FixOptions, type FixResult } from '../fix/fix.js';
import { proseItemEdits } from '../fix/prose-items.js';
import { checkParsed, parseFile } from './compose.js';
import { referenceEdits } from '../fix/references.js';

const MAX_ROUNDS = 6;

/** Fixes one file's text until nothing is left to fix. `topics`: the collection's, as `loadProject` found them; `macros`: the config's. */
export async function fixText(file: SourceFile, topics: Topic[], options: FixOptions = {}, macros?: MacroTable): Promise<FixResult> {
  let text = file.text;
  const added: AddedItem[] = [];
  const counts: Record<FixKind, number> = { escape: 0, 'where-item': 0, delimiter: 0, 'prose-item': 0, reference: 0 };
  let all: FixEdit[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const parsed = await parseFile({ path: file.path, text }, macros ? { macros } : {});
    const checked = checkParsed(parsed, topics);
    const edits = escapeEdits(text, checked.diagnostics);
    if (options.delimiters) for (const e of delimiterEdits(text, parsed.collection)) edits.push(e);
    if (options.references) for (const e of referenceEdits(text, parsed.collection)) edits.push(e);
    // Items only once the math is clean: the meanings are read from the fixed LaTeX.
    if (edits.length === 0) {
      // Prose definitions first: the borrowed items of a later round go into the list they make.
      if (options.proseDefinitions) for (const e of proseItemEdits(text, checked.collection)) edits.push(e);
    }
    if (edits.length === 0) {
      const items = whereItemEdits(text, checked.collection);
      for (const e of items.edits) edits.push(e);
      for (const a of items.added) added.push(a);
    }
    if (edits.length === 0) break;
    const result = applyEdits(text, edits);
    if (result.text === text) break;
    for (const e of result.applied) counts[e.kind] += e.kind === 'where-item' ? e.text.split(/\r\n|\n|\r/).length - 1 : e.kind === 'prose-item' ? e.text.split(/\r\n|\n|\r/).filter((l) => l.startsWith('- ')).length : 1;
    const mapped = result.applied.map((e) => ({ ...e, start: toOriginal(all, e.start), end: toOriginal(all, e.end) }));
    all = [...all, ...mapped].sort((a, b) => a.start - b.start || a.end - b.end);
    text = result.text;
  }
  return { text, added, counts, edits: all };
}
