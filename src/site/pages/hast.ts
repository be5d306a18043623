/**
 * Small hast helpers shared by the page renderers. `raw` nodes are the only way unescaped
 * HTML enters a page, and `mathHtml` (KaTeX output from src/katex/render.ts, inline styles
 * moved to classes) is their only producer.
 */
import type { ElementContent, Root, RootContent } from 'hast';
import { serialize } from './serialize.js';

/** A hast raw node (hast-util-to-html prints its value verbatim under allowDangerousHtml). */
interface RawNode {
  type: 'raw';
  value: string;
}

/** Wraps trusted HTML from our KaTeX renderer. Not for anything else. */
export function katexRaw(html: string): ElementContent {
  const node: RawNode = { type: 'raw', value: html };
  return node as unknown as ElementContent;
}

/**
 * A whole document as HTML: `<!DOCTYPE html>` + tree. Raw nodes come only from katexRaw.
 * Upper-case doctype: the HTML spec's canonical spelling (html-validate's doctype-style).
 * Attribute values have `<` and `>` escaped too (see serialize.ts).
 */
export function documentToHtml(children: RootContent[]): string {
  const root: Root = { type: 'root', children: [{ type: 'doctype' }, ...children] };
  return serialize(root);
}
