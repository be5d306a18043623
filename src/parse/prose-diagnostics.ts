/**
 * `prose-too-long`: where the site stops rendering a text as markdown (prose-bound.ts), as a
 * file position. For the preamble and the introduction, the cut is mapped back through what
 * the reader did to their text (leading white space and every CR dropped, a text dollar held as
 * `\$`); for a where-list item or note, at the cut when the item's markdown is its source text
 * as written, else at the item's start.
 */
import type { Collection, Diagnostic, Span } from '../types.js';
import { diagnosticAt, type FileContext } from '../diagnostics/diagnostic.js';
import { proseTooLong } from '../rules/prose-too-long.js';
import { LITERAL_DOLLAR } from './dollars.js';
import { proseCut, proseTooLongMessage } from './prose-bound.js';
import { CONTENT_SEPARATOR, joinedContent } from './section-content.js';

/** A prose text of the collection: its markdown, and the raw slice of the (rewritten) file it came from. */
export interface ProseSource {
  markdown: string;
  raw: string;
  /** File offset of `raw`. */
  start: number;
  /** How the message names it ("The introduction"). */
  what: string;
}

export function proseDiagnostics(fctx: FileContext, source: string, collection: Collection, texts: ProseSource[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const warn = (offset: number, what: string, slug: string | null) => out.push(diagnosticAt(fctx, offset, proseTooLong, proseTooLongMessage(what), slug));
  for (const t of texts) {
    const cut = proseCut(t.markdown);
    if (cut !== null) warn(t.start + proseOffset(t.raw, cut), t.what, null);
  }
  for (const eq of collection.equations) {
    const items: Array<{ text: string; position: Span; what: string }> = [
      ...eq.variables.map((v) => ({ text: v.item, position: v.position, what: 'This where-list item' })),
      ...eq.notes.map((n) => ({ text: n.text, position: n.position, what: 'This note' })),
    ];
    for (const item of items) {
      const cut = proseCut(item.text);
      if (cut !== null) warn(itemOffset(source, item.position, item.text, cut), item.what, eq.slug);
    }
    // The section's other content is rendered as one text (section-content.ts): the cut falls in one of its blocks.
    const contentCut = proseCut(joinedContent(eq.content));
    if (contentCut !== null) {
      let at = 0;
      for (const block of eq.content ?? []) {
        if (contentCut < at + block.markdown.length + CONTENT_SEPARATOR.length) {
          warn(itemOffset(source, block.position, block.markdown, Math.max(0, Math.min(contentCut - at, block.markdown.length))), "This equation's section text", eq.slug);
          break;
        }
        at += block.markdown.length + CONTENT_SEPARATOR.length;
      }
    }
  }
  return out;
}

/**
 * The offset in `raw` of character `k` of `restoreDollars(cleanProse(raw))` (parse.ts): cleanProse
 * drops the leading white space and every CR, restoreDollars writes a text dollar as two characters.
 */
function proseOffset(raw: string, k: number): number {
  let produced = 0;
  let i = raw.length - raw.trimStart().length;
  for (; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\r') continue;
    produced += c === LITERAL_DOLLAR ? 2 : 1;
    if (produced > k) return i;
  }
  return i;
}

/** The file offset of character `cut` of an item's markdown: exact when the markdown up to it is the source as written. */
function itemOffset(source: string, position: Span, markdown: string, cut: number): number {
  const start = position.start.offset;
  const lead = source.slice(start, start + 64).indexOf(markdown.slice(0, 8));
  if (lead >= 0 && source.startsWith(markdown.slice(0, cut), start + lead)) return start + lead + cut;
  return start;
}
