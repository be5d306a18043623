/** Test helpers: hand-built equations, the seed's equations, and KaTeX output normalisation. */
import { readFileSync } from 'node:fs';
import katex from 'katex';
import type { Equation, Variable } from '../../src/types.js';
import { parseCollection } from '../../src/parse/parse.js';
import { contiguousMap } from '../../src/diagnostics/positions.js';
import { safeKatexOptions } from '../../src/katex/options.js';

const point = { line: 1, column: 1, offset: 0 };
const span = { start: point, end: point };

export interface ItemSpec {
  symbols: string[];
  description?: string;
  inherited?: boolean;
  definedAs?: string;
}

/** An equation with a where-list; each item is one symbol, a list of symbols, or a full spec. */
export function eq(latex: string, items: Array<string | string[] | ItemSpec>, extra: Partial<Equation> = {}): Equation {
  let offset = latex.length + 10;
  const variables: Variable[] = items.map((item) => {
    const spec: ItemSpec = typeof item === 'string' ? { symbols: [item] } : Array.isArray(item) ? { symbols: item } : item;
    const symbolSources = spec.symbols.map((s) => {
      const src = { latex: s, map: contiguousMap(offset, s.length) };
      offset += s.length + 4;
      return src;
    });
    const v: Variable = { symbols: spec.symbols, symbolSources, description: spec.description ?? 'is something', position: span };
    if (spec.inherited) v.inherited = { from: null };
    if (spec.definedAs) v.definedAs = spec.definedAs;
    return v;
  });
  return {
    slug: 'test',
    number: 1,
    name: 'Test',
    nameText: 'Test',
    latex,
    latexMap: contiguousMap(0, latex.length),
    display: 'dollar',
    group: null,
    headingLevel: 4,
    variables,
    notes: [],
    inlineMath: [],
    positions: { heading: span, equation: span, whereList: span },
    ...extra,
  };
}

export const SEED_PATH = 'content/deep-learning-equations.md';

export function seed(): { text: string; equations: Equation[] } {
  const text = readFileSync(SEED_PATH, 'utf8');
  return { text, equations: parseCollection({ path: SEED_PATH, text }).collection.equations };
}

export function seedEquation(number: number): { eq: Equation; earlier: Equation[] } {
  const { equations } = seed();
  const i = equations.findIndex((e) => e.number === number);
  const found = equations[i];
  if (!found) throw new Error(`no equation ${number}`);
  return { eq: found, earlier: equations.slice(0, i) };
}

interface El {
  tag: string;
  attrs: string;
  children: Array<El | string>;
}

function parseHtml(html: string): El {
  const root: El = { tag: 'root', attrs: '', children: [] };
  const stack: El[] = [root];
  const re = /<(\/?)([a-zA-Z]+)([^>]*?)(\/?)>|([^<]+)/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const top = stack[stack.length - 1] as El;
    if (m[5] !== undefined) top.children.push(m[5]);
    else if (m[1]) stack.pop();
    else {
      const el: El = { tag: m[2] ?? '', attrs: (m[3] ?? '').trim(), children: [] };
      top.children.push(el);
      if (!m[4]) stack.push(el);
    }
  }
  return root;
}

/**
 * The documented normalisation for "renders the same": the link wrappers are taken out
 * (`<span class="enclosing…" data-var>`), a plain `mord` group of exactly one element is that
 * element (the braces added around a wrapper in `x_{…}`), and line-break boxes (`base`, `strut`)
 * are merged, since a wrapper joins the boxes it spans; adjacent character spans of one class are
 * merged (KaTeX combines `ad`, `)}` itself unless a wrapper ends in between); annotation and `mrow` in
 * MathML are dropped.
 */
function textOnly(e: El): boolean {
  return e.children.every((c) => typeof c === 'string');
}

/** Appends, merging a character span into an identical one before it (KaTeX's own `ad`, `)}`). */
function push(out: Array<El | string>, n: El | string): void {
  const prev = out[out.length - 1];
  if (typeof n !== 'string' && prev && typeof prev !== 'string' && prev.tag === n.tag && prev.attrs === n.attrs && textOnly(prev) && textOnly(n)) {
    prev.children = [prev.children.join('') + n.children.join('')];
  } else {
    out.push(n);
  }
}

function normal(nodes: Array<El | string>): Array<El | string> {
  const out: Array<El | string> = [];
  for (const n of nodes) {
    if (typeof n === 'string') {
      out.push(n);
      continue;
    }
    const kids = normal(n.children);
    if (/^class="enclosing( mtight)?" data-var="\d+"$/.test(n.attrs) || /^class="base"$/.test(n.attrs) || n.tag === 'mrow') {
      for (const k of kids) push(out, k);
      continue;
    }
    if (/^class="strut"/.test(n.attrs) || n.tag === 'annotation') continue;
    const only = kids.length === 1 ? kids[0] : undefined;
    if (/^class="mord( mtight)?"$/.test(n.attrs) && only && typeof only !== 'string') {
      push(out, only);
      continue;
    }
    push(out, { ...n, children: kids });
  }
  return out;
}

function serialise(nodes: Array<El | string>): string {
  return nodes.map((n) => (typeof n === 'string' ? n : `<${n.tag} ${n.attrs}>${serialise(n.children)}</${n.tag}>`)).join('');
}

export function normalisedRender(latex: string, output: 'html' | 'mathml'): string {
  const html = katex.renderToString(latex, safeKatexOptions({ displayMode: true, allowLinks: true, output }));
  return serialise(normal(parseHtml(html).children));
}

/** The `var` values of the wrappers in rendered HTML, in order. */
export function renderedVars(latex: string): string[] {
  const html = katex.renderToString(latex, safeKatexOptions({ displayMode: true, allowLinks: true, output: 'html' }));
  return [...html.matchAll(/data-var="(\d+)"/g)].map((m) => m[1] ?? '');
}
