/**
 * Author markdown (names, where-list items, intro, preamble) → hast, with `$…$` math typeset.
 *
 * A deliberately small converter instead of remark-rehype: only the constructs an equation
 * reference needs are kept, every text is a hast text node (escaped by hast-util-to-html),
 * raw HTML in the markdown is shown as text, and links keep only http(s), mailto and
 * relative targets. Headings inside prose are demoted below the page's own headings.
 */
import type { ElementContent } from 'hast';
import type { Nodes as MdNodes, Root as MdRoot } from 'mdast';
import { h } from 'hastscript';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { math, type RenderContext } from '../context.js';
import { fastParse } from '../../parse/fast-markdown.js';
import { markdownBounds } from '../../parse/bounds.js';
import { maskLiteral, unmaskLiteral } from '../../parse/literal-mask.js';
import { parseInPieces } from '../../parse/pieces.js';
import { proseCut } from '../../parse/prose-bound.js';
import { expandLatex } from '../../parse/macro-expand.js';
import { isDefinitionsOnly } from '../../parse/macro-definitions.js';
import { linkReferences, referenceLink } from './reference-links.js';
import { tableOf } from './markdown-table.js';
import { siteMessages } from '../i18n/messages.js';

const parser = unified().use(remarkParse).use(remarkMath);
const treeMemo = new Map<string, MdRoot>();

function parse(md: string): MdRoot {
  let tree = treeMemo.get(md);
  if (!tree) {
    // Names and where-list items are nearly always plain text with $…$ math: the fast path
    // builds the same tree as remark for those (tests/core/fast-markdown.test.ts).
    // Past the structure bounds (parse/bounds.ts: nesting depth, delimiter runs) the markup is
    // escaped to text first, so micromark stays fast and the recursive walks below stay shallow.
    // Masked (same-length private-use characters, restored in the tree) rather than backslash-
    // escaped: millions of escapes would be slow in micromark themselves.
    const { literal } = markdownBounds(md);
    // A long text is parsed in pieces (parse/pieces.ts: micromark's memory grows with the whole text).
    const remark = (text: string): MdRoot => parseInPieces(text, (piece) => parser.parse(piece) as MdRoot);
    tree = literal.length === 0 ? (fastParse(md) ?? remark(md)) : unmaskTree(remark(maskLiteral(md, literal)));
    treeMemo.set(md, tree);
  }
  return tree;
}

/** Restores the masked characters in every string of the tree (iteratively: no recursion). */
function unmaskTree(root: MdRoot): MdRoot {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown>;
    for (const key of ['value', 'url', 'alt', 'title'] as const) {
      const v = node[key];
      if (typeof v === 'string') node[key] = unmaskLiteral(v);
    }
    if (Array.isArray(node.children)) for (const child of node.children as unknown[]) stack.push(child);
  }
  return root;
}

// Relative and same-site targets only: `//host` and `/\\host` are other sites to a browser.
const SAFE_URL = /^(https?:|mailto:|#|\/(?![/\\])|\.{1,2}\/|[^:/\\][^:]*$)/i;

interface Options {
  /** Level of the page heading the prose sits under; prose headings start one below. */
  headingFloor?: number;
  /** The site URL of an image copied into the site (section content), or null: its alt text is shown. */
  image?: (url: string) => string | null;
}

function convert(node: MdNodes, ctx: RenderContext, opts: Options): ElementContent[] {
  const kids = (n: { children: MdNodes[] }): ElementContent[] => convertChildren(n.children, ctx, opts);
  switch (node.type) {
    case 'root':
      return kids(node);
    case 'paragraph': {
      // A GFM table reads as one paragraph without the table extension (markdown-table.ts).
      const table = tableOf(node, (nodes) => nodes.flatMap((c) => convert(c, ctx, opts)));
      return table ? [table] : [h('p', kids(node))];
    }
    case 'text':
      return ctx.references ? linkReferences(node.value, ctx.references) : [{ type: 'text', value: node.value }];
    case 'emphasis':
      return [h('em', kids(node))];
    case 'strong':
      return [h('strong', kids(node))];
    case 'delete':
      return [h('del', kids(node))];
    case 'inlineCode':
      return [h('code', node.value)];
    case 'code':
      return [h('pre', h('code', node.value))];
    case 'break':
      return [h('br')];
    case 'thematicBreak':
      return [h('hr')];
    case 'blockquote':
      return [h('blockquote', kids(node))];
    case 'list':
      return [h(node.ordered ? 'ol' : 'ul', node.ordered && node.start && node.start !== 1 ? { start: node.start } : {}, kids(node))];
    case 'listItem': {
      // Tight lists: unwrap the paragraph so items read as one line.
      const children = node.spread ? kids(node) : node.children.flatMap((c) => (c.type === 'paragraph' ? kids(c) : convert(c, ctx, opts)));
      return [h('li', children)];
    }
    case 'heading': {
      const level = Math.min(6, (opts.headingFloor ?? 2) + node.depth);
      return [h(`h${level}`, kids(node))];
    }
    case 'link': {
      const safe = SAFE_URL.test(node.url);
      return safe ? [h('a', { href: node.url }, kids(node))] : kids(node);
    }
    case 'image': {
      // Only images copied into the site (img-src 'self'); any other shows its alt text.
      const src = opts.image?.(node.url) ?? null;
      if (src) return [h('img', { src, alt: node.alt ?? '', loading: 'lazy' })];
      return node.alt ? [{ type: 'text', value: node.alt }] : [];
    }
    case 'inlineMath':
      if (ctx.macros && isDefinitionsOnly(node.value)) return [];
      return [math(ctx, expandLatex(node.value, ctx.macros), false)];
    case 'math':
      // A preamble block of macro definitions shows nothing (the parser read its macros).
      if (ctx.macros && isDefinitionsOnly(node.value)) return [];
      return [h('div', { className: ['math-block'] }, [math(ctx, expandLatex(node.value, ctx.macros), true)])];
    case 'html':
      return [{ type: 'text', value: node.value }];
    default:
      if ('children' in node && Array.isArray(node.children)) return kids(node as { children: MdNodes[] });
      if ('value' in node && typeof node.value === 'string') return [{ type: 'text', value: node.value }];
      return [];
  }
}

/** Nodes in order; MyST's role `` {eq}`label` `` (the text `{eq}`, then the label as code) becomes one reference link. */
function convertChildren(children: MdNodes[], ctx: RenderContext, opts: Options): ElementContent[] {
  const refs = ctx.references;
  if (!refs) return children.flatMap((c) => convert(c, ctx, opts));
  const out: ElementContent[] = [];
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    const next = children[i + 1];
    if (c.type === 'text' && c.value.endsWith('{eq}') && next?.type === 'inlineCode') {
      const link = referenceLink(next.value, refs);
      if (link) {
        const text = c.value.slice(0, -'{eq}'.length);
        if (text) for (const e of convert({ ...c, value: text }, ctx, opts)) out.push(e);
        out.push(link);
        i++;
        continue;
      }
    }
    for (const e of convert(c, ctx, opts)) out.push(e);
  }
  return out;
}

/**
 * Block markdown (intro, preamble) → hast nodes. Past MAX_RENDERED_PROSE characters (the cut of
 * parse/prose-bound.ts, where `check` reports `prose-too-long`) the rest is one preformatted
 * text after a note: kept, escaped like any text, but no markdown tree or elements of its own.
 */
export function markdownBlock(md: string, ctx: RenderContext, opts: Options = {}): ElementContent[] {
  const cut = proseCut(md);
  if (cut === null) return convert(parse(md), ctx, opts);
  const rest = md.slice(cut);
  return [
    ...convert(parse(md.slice(0, cut)), ctx, opts),
    h('p.prose-rest-note', siteMessages(ctx).t('prose.restNote', { count: rest.length })),
    h('pre.prose-rest', rest),
  ];
}

/**
 * Inline markdown (a name, a where-list item) → phrasing content: a single paragraph is unwrapped.
 * Past the bound, the rest is one text (`rest: 'shown'`, on the item's own page) or an ellipsis
 * (`'elided'`: lists that repeat the item on other pages, each linking to its page).
 */
export function markdownInline(md: string, ctx: RenderContext, rest: 'shown' | 'elided' = 'shown'): ElementContent[] {
  const cut = proseCut(md);
  if (cut !== null) return [...markdownInline(md.slice(0, cut), ctx), { type: 'text', value: rest === 'shown' ? md.slice(cut) : ' …' }];
  const tree = parse(md);
  const [first] = tree.children;
  if (tree.children.length === 1 && first && first.type === 'paragraph') return convertChildren(first.children, ctx, {});
  return convert(tree, ctx, {});
}

/** Markdown → plain text for meta descriptions and titles: math keeps its LaTeX, no markup. Past the bound: the text of what is rendered as markdown. */
export function markdownText(md: string, math: (tex: string) => string = (tex) => tex): string {
  const cut = proseCut(md);
  if (cut !== null) return markdownText(md.slice(0, cut), math);
  const out: string[] = [];
  const walk = (n: MdNodes): void => {
    if (n.type === 'inlineMath' || n.type === 'math') {
      if (!isDefinitionsOnly(n.value)) out.push(math(n.value));
    }
    else if (n.type === 'text' || n.type === 'inlineCode') out.push(n.value);
    else if ('children' in n) for (const c of n.children as MdNodes[]) walk(c);
    if (n.type === 'paragraph' || n.type === 'listItem' || n.type === 'heading') out.push(' ');
  };
  walk(parse(md));
  return out.join('').replace(/\s+/g, ' ').trim();
}
