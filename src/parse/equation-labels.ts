/**
 * The id and number an author gave one equation in their tool's syntax: LaTeX's `\label{…}` and
 * `\tag{…}` inside the math, MyST's `:label:` option of ```` ```{math} ````, MyST's
 * `$$ … $$ (label)` and Quarto's `$$ … $$ {#eq-name}` (read by preprocess.ts). The id is the
 * label made URL-safe (slug.ts), so `\label{eq:newton}` gives the URL `eq-newton` and a
 * reference to `eq:newton` resolves to it the same way.
 */
import type { ChunkContext } from './mdast-helpers.js';
import { labelsOf } from './math-labels.js';
import { slugify } from '../slug.js';
import { firstAtLeast } from './text-edits.js';

const MYST_OPTION = /^[ \t>]*:label:[ \t]*([^\s]{1,80})[ \t]*$/m;

export interface EquationLabel {
  /** The label as written. */
  label: string | null;
  /** The label as an id (URL-safe). */
  id: string | null;
  /** A numeric `\tag{3}`. */
  number: number | null;
  /** The ids of the formula's other `\label`s (an `align` labelling each row), which name it too. */
  others: string[];
}

/** The label of the equation whose source is [start, end) (the rest of the end's line included, where a `$$ (label)` stands). */
export function equationLabel(ctx: ChunkContext, start: number, end: number): EquationLabel {
  let lineEnd = ctx.text.indexOf('\n', end > start ? end - 1 : end);
  if (lineEnd < 0) lineEnd = ctx.text.length;
  let label: string | null = null;
  const keys = ctx.displayLabels ? sortedKeys(ctx.displayLabels) : [];
  const lo = firstAtLeast(keys, start);
  if (lo < keys.length && keys[lo]! <= lineEnd) label = ctx.displayLabels!.get(keys[lo]!) ?? null;
  const raw = ctx.text.slice(start, end);
  const found = labelsOf(raw);
  label ??= found.labels[0] ?? MYST_OPTION.exec(raw)?.[1] ?? found.tags[0] ?? null;
  const tag = found.tags.find((t) => /^\d{1,6}$/.test(t));
  const id = label ? slugify(label) || null : null;
  const others = [...new Set(found.labels.map((l) => slugify(l)).filter((l) => l && l !== id))];
  return { label, id, number: tag ? Number(tag) : null, others };
}

const keyCache = new WeakMap<ReadonlyMap<number, string>, number[]>();
function sortedKeys(labels: ReadonlyMap<number, string>): number[] {
  let keys = keyCache.get(labels);
  if (!keys) {
    keys = [...labels.keys()].sort((a, b) => a - b);
    keyCache.set(labels, keys);
  }
  return keys;
}
