/**
 * The full markdown parser (remark-parse + remark-math), loaded only when a chunk needs it:
 * most equation chunks take the fast path (fast-markdown.ts), and loading micromark's module
 * graph costs more than checking the whole seed. `ensureRemark()` loads it once; the sync
 * parser then uses it.
 */
import type { Root } from 'mdast';
import type { Processor } from 'unified';

let parser: ((text: string) => Root) | null = null;
let mdxParser: ((text: string) => Root) | null = null;

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
  // MDX (v2 and later) has no indented code: content indented inside a component (`<TabItem>`) is markdown.
  const mdx = unified().use(remarkParse).use(remarkMath).use(withoutIndentedCode);
  mdxParser = (text) => mdx.parse(text) as Root;
}

/** A unified plugin: micromark without its indented-code construct (as MDX parses). */
function withoutIndentedCode(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ disable: { null: ['codeIndented'] } });
}

export function remarkParse(text: string): Root {
  if (!parser) throw new RemarkNotLoaded();
  return parser(text);
}

/** remark as MDX reads markdown: indentation is never code (`.mdx`). */
export function remarkParseMdx(text: string): Root {
  if (!mdxParser) throw new RemarkNotLoaded();
  return mdxParser(text);
}
