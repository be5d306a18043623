/**
 * Small hast helpers shared by the page renderers. `raw` nodes are the only way unescaped
 * HTML enters a page, and `mathHtml` (KaTeX output from src/latex/render.ts, inline styles
 * moved to classes) is their only producer.
 */
import type { ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';

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
 * `<` and `>` inside double-quoted attribute values. hast-util-to-html escapes only `"` and `&`
 * there, which is valid HTML, but then a content title such as `<script>` appears literally in
 * `<title>`-like meta attributes, where naive scrapers, regex-based filters and copy-paste into
 * other contexts would read it as markup. Every tag the serializer writes has double-quoted
 * values (`"` inside is escaped), text has its `<` escaped, and raw KaTeX output escapes its own
 * attributes, so a `<name …>` match is always a real tag.
 */
const TAG = /<[a-zA-Z][^\s/>]*(?:\s+[^\s"'=<>`/]+(?:="[^"]*")?)*\s*\/?>/g;
const QUOTED = /="([^"]*)"/g;

function escapeAttributeBrackets(html: string): string {
  return html.replace(TAG, (tag) => (/[<>]/.test(tag.slice(1, -1)) ? tag.replace(QUOTED, (_m, v: string) => `="${v.replace(/</g, '&#x3C;').replace(/>/g, '&#x3E;')}"`) : tag));
}

/**
 * A whole document as HTML: `<!DOCTYPE html>` + tree. Raw nodes come only from katexRaw.
 * Upper-case doctype: the HTML spec's canonical spelling (html-validate's doctype-style).
 */
export function documentToHtml(children: RootContent[]): string {
  const root: Root = { type: 'root', children: [{ type: 'doctype' }, ...children] };
  return escapeAttributeBrackets(toHtml(root, { allowDangerousHtml: true, upperDoctype: true }));
}

/** A fragment as HTML (tests, search previews). */
export function fragmentToHtml(children: ElementContent[]): string {
  return toHtml({ type: 'root', children }, { allowDangerousHtml: true });
}
