/**
 * hast → HTML, for the trees our page renderers build with hastscript.
 *
 * It writes what hast-util-to-html writes with `{ allowDangerousHtml: true, upperDoctype: true }`
 * (tests/site/serialize.test.ts compares both, byte for byte, on every page of the seed site),
 * at a fraction of the cost on large pages: hast-util-to-html resolves every property through
 * property-information and allocates per node, which made serialising the bulk of a
 * 10,000-equation build. Escaping is the same, and stricter in one place: `<` and `>` in
 * attribute values are escaped too, so a content title never shows up as markup in meta tags.
 *
 * - text: `&` and `<` as hexadecimal references (inside <script>/<style>: verbatim, as the
 *   HTML spec requires; our only such text is JSON-LD, which escapes `<` itself);
 * - attribute values: always double-quoted, with `\0 " & ' \` < >` as references;
 * - `raw` nodes verbatim (only src/site/hast.ts `katexRaw` makes them, from our KaTeX renderer).
 */
import type { Element, Nodes, Properties } from 'hast';
import { find, html as htmlSchema } from 'property-information';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style']);

interface AttributeInfo {
  attribute: string;
  boolean: boolean;
  overloadedBoolean: boolean;
  commaSeparated: boolean;
}

const infoCache = new Map<string, AttributeInfo>();

function infoOf(property: string): AttributeInfo {
  let info = infoCache.get(property);
  if (!info) {
    const i = find(htmlSchema, property);
    info = { attribute: i.attribute, boolean: Boolean(i.boolean), overloadedBoolean: Boolean(i.overloadedBoolean), commaSeparated: Boolean(i.commaSeparated) };
    infoCache.set(property, info);
  }
  return info;
}

const reference = (c: string): string => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`;

export function escapeText(value: string): string {
  // Two native replacements (`&` first, so the references' own `&` stay): no callback per character.
  return value.replaceAll('&', '&#x26;').replaceAll('<', '&#x3C;');
}

export function escapeAttribute(value: string): string {
  return value.replace(/[\0"&'`<>]/g, reference);
}

function attribute(property: string, raw: unknown): string {
  const info = infoOf(property);
  let value = raw;
  if (info.overloadedBoolean && (value === info.attribute || value === '')) value = true;
  else if ((info.boolean || info.overloadedBoolean) && (typeof value !== 'string' || value === info.attribute || value === '')) value = Boolean(value);
  if (value === null || value === undefined || value === false || (typeof value === 'number' && Number.isNaN(value))) return '';
  if (value === true) return info.attribute;
  const text = Array.isArray(value) ? value.join(info.commaSeparated ? ', ' : ' ').trim() : String(value);
  return `${info.attribute}="${escapeAttribute(text)}"`;
}

function attributes(properties: Properties | undefined): string {
  if (!properties) return '';
  const parts: string[] = [];
  for (const key in properties) {
    const value = properties[key];
    if (value === null || value === undefined) continue;
    const a = attribute(key, value);
    if (a) parts.push(a);
  }
  return parts.length ? ` ${parts.join(' ')}` : '';
}

function element(node: Element, out: string[]): void {
  const name = node.tagName;
  out.push('<', name, attributes(node.properties), '>');
  if (VOID.has(name.toLowerCase()) && node.children.length === 0) return;
  if (RAW_TEXT.has(name)) {
    for (const child of node.children) if (child.type === 'text') out.push(child.value);
  } else {
    for (const child of node.children) write(child, out);
  }
  out.push('</', name, '>');
}

function write(node: Nodes | { type: 'raw'; value: string }, out: string[]): void {
  switch (node.type) {
    case 'root':
      for (const child of node.children) write(child, out);
      return;
    case 'element':
      element(node, out);
      return;
    case 'text':
      out.push(escapeText(node.value));
      return;
    case 'raw':
      out.push(node.value);
      return;
    case 'doctype':
      out.push('<!DOCTYPE html>');
      return;
    case 'comment':
      out.push('<!--', node.value.replace(/--/g, '- -').replace(/>/g, '&#x3E;'), '-->');
      return;
    default:
      return;
  }
}

export function serialize(node: Nodes): string {
  const out: string[] = [];
  write(node, out);
  return out.join('');
}
