/** `check --fix` over a loaded project: fix each collection's file, then write it (or show the diff). */
import { createTwoFilesPatch } from 'diff';
import type { Project } from '../pipeline/project.js';
import type { AddedItem, FixKind } from '../fix/fix.js';
import { fixText } from '../pipeline/fix.js';
import { writeFixedFile } from '../write/fixed-file.js';

export interface FileFix {
  file: string;
  counts: Record<FixKind, number>;
  /** Where-items the fix added (each marked for review: where its meaning comes from, how sure). */
  added: AddedItem[];
  summary: string;
  /** The change as a unified diff. */
  diff: string;
  written: boolean;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export async function runFixes(project: Project, options: { delimiters: boolean; proseDefinitions?: boolean; references?: boolean; dryRun: boolean }): Promise<FileFix[]> {
  const out: FileFix[] = [];
  for (const c of project.collections) {
    // A notebook's markdown is taken out of its JSON: edits to it cannot be written back.
    if (c.file.origin) continue;
    // The collection's macros include the config's (the document's own are read again from its text).
    const result = await fixText(c.file, c.topics, { delimiters: options.delimiters, proseDefinitions: Boolean(options.proseDefinitions), references: Boolean(options.references) }, c.collection.macros);
    if (result.text === c.file.text) continue;
    const summary = `fixed ${plural(result.counts.escape, 'markdown escape')}, added ${plural(result.counts['where-item'], 'where-item')}, rewrote ${plural(result.counts.delimiter, 'delimiter')}${result.counts['prose-item'] > 0 ? `, moved ${plural(result.counts['prose-item'], 'prose definition')} into where-lists` : ''}${result.counts.reference > 0 ? `, linked ${plural(result.counts.reference, 'reference')}` : ''}`;
    const diff = createTwoFilesPatch(c.file.path, c.file.path, c.file.text, result.text, undefined, undefined, { context: 3 });
    if (!options.dryRun) await writeFixedFile(c.file.path, c.file.text, result.text);
    out.push({ file: c.file.path, counts: result.counts, added: result.added, summary, diff, written: !options.dryRun });
  }
  return out;
}
