/**
 * The full markdown parser (remark-parse + remark-math), loaded only when a chunk needs it:
 * most equation chunks take the fast path (fast-markdown.ts), and loading micromark's module
 * graph costs more than checking the whole seed. `ensureRemark()` loads it once; the sync
 * parser then uses it.
 */
import type { Root } from 'mdast';

let parser: ((text: string) => Root) | null = null;

/** Thrown by the parser when a chunk needs remark before `ensureRemark()` has run. */
export class RemarkNotLoaded extends Error {
  constructor() {
    super('remark is not loaded yet: await ensureRemark() first');
  }
}

export async function ensureRemark(): Promise<void> {
  if (parser) return;
  const [{ unified }, { default: remarkParse }, { default: remarkMath }] = await Promise.all([import('unified'), import('remark-parse'), import('remark-math')]);
  const processor = unified().use(remarkParse).use(remarkMath);
  parser = (text) => processor.parse(text) as Root;
}

export function remarkParse(text: string): Root {
  if (!parser) throw new RemarkNotLoaded();
  return parser(text);
}
