/**
 * Displays wrapped in raw HTML (trial 7, P17): Eleventy, Hugo and Jekyll authors put a `$$` block
 * inside `<div>` … `</div>` (or `<p>`, `<center>`, `<figure>`) with no blank line, so CommonMark
 * reads the whole block as HTML and the page's math script typesets what is inside. The reader
 * reads such a block's content as markdown, its tags blanked, and hands its blocks to the section
 * reader as if they stood in the section: a display there is a record like any other. A block
 * holding no display (an image caption with `$X$`) stays HTML: its inline math is only checked
 * (math-spans.ts). Code-like tags (`<pre>`, `<script>`, `<style>`, `<textarea>`) and `<details>`
 * boxes (section.ts reads those) are left alone. A `<p>\[ … \]</p>` line (Hexo with MathJax, trial 9
 * E4) holds a display too.
 */
import type { Nodes, RootContent } from 'mdast';
import { remarkParse } from './remark.js';

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const TAG = /<\/?[A-Za-z][^<>]*>/g;
const LEFT_ALONE = /<\/?(?:pre|script|style|textarea|code|details|summary|svg|math)\b/i;

/** Moves every position of `node` and its descendants by `delta` characters (offsets only: the reader reads no line numbers from nodes). */
function shift(node: Nodes, delta: number): void {
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.position) {
      n.position = {
        start: { ...n.position.start, offset: (n.position.start.offset ?? 0) + delta },
        end: { ...n.position.end, offset: (n.position.end.offset ?? 0) + delta },
      };
    }
    if ('children' in n) for (const c of n.children) stack.push(c as Nodes);
  }
}

/**
 * The blocks of an HTML block that holds a `$$` display, positioned in the chunk like the HTML
 * node itself; null when it holds none (or is code, a comment or a `<details>` box).
 */
/** `bracketDisplays`: where the delimiter rewrite made a `\[ … \]` a display (offsets of the node's tree); `offset`: what turns them into its keys. */
export function htmlDisplayBlocks(node: Nodes & { value: string }, bracketDisplays: ReadonlySet<number> = new Set(), offset = 0): RootContent[] | null {
  const value = node.value;
  const delta = node.position?.start.offset ?? 0;
  // `<p>\[ … \]</p>`, made ` $ … $ ` by the delimiter rewrite (preprocess.ts, trial 9 E4).
  const bracketed = [...bracketDisplays].some((at) => at >= delta + offset && at < delta + offset + value.length);
  if ((!value.includes('$$') && !bracketed) || /^\s*<!--/.test(value) || LEFT_ALONE.test(value)) return null;
  const blanked = value.replace(COMMENT, (m) => ' '.repeat(m.length)).replace(TAG, (m) => ' '.repeat(m.length));
  const inner = remarkParse(blanked);
  for (const child of inner.children) shift(child, delta);
  const display = (c: Nodes): boolean => c.type === 'math' || (c.type === 'inlineMath' && bracketDisplays.has((c.position?.start.offset ?? -1) + offset)) || ('children' in c && c.children.some((x) => display(x as Nodes)));
  return inner.children.some(display) ? inner.children : null;
}
