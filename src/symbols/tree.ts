/**
 * KaTeX's parse tree → a small normalised tree (`SNode`) for symbol analysis.
 *
 * Each node gets a `role` (letter, operator, relation, …), a normalised `key` built from the
 * tree (so `y_{c}^{(i)}` and `y_c^{(i)}` share a key, `{y}` is `y`, `\tfrac` is `\frac`), and its
 * source extent `[start, end)` in the LaTeX string, or -1 when it cannot be known exactly
 * (macro expansions, spacing commands). Extents come from KaTeX's `loc` where it has one, and
 * from the tokenizer in symbols/lex.ts for the command around it (`\hat{…}`, `\left(…\right)`).
 *
 * Results are memoised per LaTeX string: the same where-list symbols are parsed again and again.
 */
import { parseDisplayMath } from '../katex/compile.js';
import { closeBraces, lex, nextSolid } from './lex.js';
import { commandExtent, fillUnknown, leftRightExtent, locateScriptBase, span, type Cx } from './extent.js';
import { listKey, solid, type ParsedMath, type SNode } from './node.js';
import { CONST_FONTS, convSymbol, FENCES, isNode, isUnitString, node, ownLoc, roleOfDelim, roleOfFamily, ROMAN_FONTS, setExtent, textContent, WORD_FONTS, type KNode } from './katex-nodes.js';
import { CHEMISTRY_MACROS, maskChemistry } from './chem.js';
import { treeSignature } from './signature.js';
import { joinSplitScripts } from './scripts.js';

export { isLetterText, listKey, sequences, solid, walk } from './node.js';
export type { ParsedMath, SNode } from './node.js';

/** An argument (sub/sup, numerator, accent base…) as a list; an unbraced single argument is marked `bare`. */
function convArg(v: unknown, cx: Cx): SNode[] {
  if (!isNode(v)) return [];
  if (v.type === 'ordgroup') {
    const loc = ownLoc(v, cx);
    const list = convList(v.body, cx);
    const braced = loc !== null && cx.latex[loc[0]] === '{';
    if (!braced && list.length === 1 && list[0]) list[0].bare = true;
    return list;
  }
  const n = conv(v, cx);
  n.bare = true;
  return [n];
}

function convList(v: unknown, cx: Cx): SNode[] {
  if (!Array.isArray(v)) return isNode(v) ? [conv(v, cx)] : [];
  const out: SNode[] = [];
  for (const item of v) if (isNode(item)) out.push(conv(item, cx));
  // `\sigma{}^2` is `\sigma^2`.
  return joinSplitScripts(out);
}

function convSupsub(n: KNode, cx: Cx): SNode {
  const base = isNode(n.base) ? conv(n.base, cx) : node('other', 'empty', '');
  const sub = n.sub ? convArg(n.sub, cx) : undefined;
  const sup = n.sup ? convArg(n.sup, cx) : undefined;
  let key = base.key;
  if (sub) key += `_{${listKey(sub)}}`;
  if (sup) key += `^{${listKey(sup)}}`;
  const out = node('supsub', 'supsub', key);
  out.base = base;
  if (sub) out.sub = sub;
  if (sup) out.sup = sup;
  const scripts = span([...(sub ?? []), ...(sup ?? [])]);
  if (base.start < 0 && scripts) locateScriptBase(base, scripts[0], cx);
  if (base.start < 0) return out;
  // A script's closing brace is not part of its content's extent: close what was opened.
  let end = closeBraces(cx.lx, base.start, Math.max(base.end, scripts ? scripts[1] : base.end));
  // Primes have no loc in KaTeX's tree: take the `'` tokens after the base ourselves.
  let k = nextSolid(cx.lx, base.end);
  while (k >= 0 && cx.lx.tokens[k]?.text === "'") {
    end = Math.max(end, cx.lx.tokens[k]?.end ?? end);
    k = nextSolid(cx.lx, cx.lx.tokens[k]?.end ?? end);
  }
  return setExtent(out, [base.start, end], cx);
}

function conv(n: KNode, cx: Cx): SNode {
  switch (n.type) {
    case 'mathord':
    case 'textord':
      return convSymbol(n, cx);
    case 'atom': {
      const t = String(n.text ?? '');
      const role = FENCES.has(t) ? 'fence' : roleOfFamily(n.family);
      return setExtent(node(role, 'atom', t), ownLoc(n, cx), cx);
    }
    case 'spacing':
    case 'kern':
    case 'internal':
      return setExtent(node('space', n.type, ''), ownLoc(n, cx), cx);
    case 'op': {
      if (typeof n.name === 'string') {
        const out = node('operator', 'op', n.name);
        out.command = n.name;
        return out;
      }
      const body = convList(n.body, cx);
      return setExtent(node('operator', 'op', `\\op{${listKey(body)}}`, [body]), span(body), cx);
    }
    case 'operatorname': {
      const body = convList(n.body, cx);
      const out = node('operator', 'operatorname', `\\operatorname{${listKey(body)}}`);
      return setExtent(out, commandExtent(span(body), cx, null), cx);
    }
    case 'ordgroup': {
      const body = convList(n.body, cx);
      const parts = solid(body);
      if (parts.length === 1 && parts[0]) return parts[0];
      if (parts.length === 0) return setExtent(node('space', 'ordgroup', ''), ownLoc(n, cx), cx);
      return setExtent(node('other', 'ordgroup', `{${listKey(body)}}`, [body]), ownLoc(n, cx) ?? span(body), cx);
    }
    case 'supsub':
      return convSupsub(n, cx);
    case 'accent': {
      const base = convArg(n.base, cx);
      const label = String(n.label ?? '');
      const only = base.length === 1 ? base[0] : undefined;
      const symbolic = only && (only.role === 'letter' || only.role === 'word');
      const out = symbolic
        ? node(only.role, 'accent', `${label}{${only.key}}`)
        : node('other', 'accent', `${label}{${listKey(base)}}`, [base]);
      return setExtent(out, commandExtent(span(base), cx, [label]), cx);
    }
    case 'overline': {
      // `\overline{x}` is written for `\bar{x}` as often as not: a letter with an accent.
      const base = convArg(n.body, cx);
      const only = base.length === 1 ? base[0] : undefined;
      const out =
        only && (only.role === 'letter' || only.role === 'word')
          ? node(only.role, 'accent', `\\overline{${only.key}}`)
          : node('other', 'overline', `\\overline{${listKey(base)}}`, [base]);
      return setExtent(out, commandExtent(span(base), cx, ['\\overline']), cx);
    }
    case 'font': {
      const body = convArg(n.body, cx);
      const font = String(n.font ?? '');
      const parts = solid(body);
      const letters = parts.length > 0 && parts.every((p) => p.role === 'letter' && p.type !== 'accent');
      const text = parts.map((p) => p.key).join('');
      const roman = ROMAN_FONTS.has(font);
      let out: SNode;
      if (CONST_FONTS.has(font)) out = node('const', 'font', `\\mathbb{${text}}`);
      else if (letters && parts.length === 1) out = node(roman ? 'word' : 'letter', 'font', `\\${font}{${text}}`);
      else if (letters && WORD_FONTS.has(font)) out = node('word', 'font', `\\text{${text}}`);
      else if (letters) out = node('word', 'font', `\\${font}{${text}}`);
      else if (roman && isUnitString(body)) out = node('word', 'font', `\\text{${listKey(body)}}`);
      else out = node('other', 'font', `\\${font}{${listKey(body)}}`, [body]);
      return setExtent(out, commandExtent(span(body), cx, null), cx);
    }
    case 'text': {
      const body = convList(n.body, cx);
      const words = textContent(n.body);
      const out =
        words !== null ? node('word', 'text', `\\text{${words}}`) : node('other', 'text', `\\text{${listKey(body)}}`, [body]);
      setExtent(out, commandExtent(span(body), cx, null), cx);
      // A masked `\ce{…}`/`\pu{…}`: one word, named by its original content.
      const chem = out.start >= 0 ? cx.chem?.get(out.start) : undefined;
      if (chem !== undefined) {
        out.role = 'word';
        out.key = chem;
        out.lists = [];
      }
      return out;
    }
    case 'genfrac': {
      const numer = convArg(n.numer, cx);
      const denom = convArg(n.denom, cx);
      const out = node('other', 'genfrac', `\\frac{${listKey(numer)}}{${listKey(denom)}}`, [numer, denom]);
      return setExtent(out, commandExtent(span([...numer, ...denom]), cx, null), cx);
    }
    case 'sqrt': {
      const body = convArg(n.body, cx);
      const index = n.index ? convArg(n.index, cx) : [];
      const out = node('other', 'sqrt', `\\sqrt[${listKey(index)}]{${listKey(body)}}`, [index, body]);
      return setExtent(out, commandExtent(span([...index, ...body]), cx, ['\\sqrt']), cx);
    }
    case 'leftright': {
      const body = convList(n.body, cx);
      const left = String(n.left ?? '');
      const right = String(n.right ?? '');
      const out = node('other', 'leftright', `\\left${left} ${listKey(body)} \\right${right}`, [body]);
      return setExtent(out, leftRightExtent(span(body), cx), cx);
    }
    case 'middle':
      return node('fence', 'middle', String(n.delim ?? ''));
    case 'delimsizing': {
      const d = String(n.delim ?? '');
      return node(roleOfDelim(d), 'delimsizing', d);
    }
    case 'array':
      return convArray(n, cx);
    case 'styling':
    case 'sizing': {
      const body = convList(n.body, cx);
      const parts = solid(body);
      if (parts.length === 1 && parts[0]) return parts[0];
      return setExtent(node('other', n.type, listKey(body), [body]), span(body), cx);
    }
    case 'mclass': {
      const body = convList(n.body, cx);
      // `\boldsymbol{\beta}` is an ordinary-class wrapper around the bold letter: the letter.
      const parts = solid(body);
      const only = parts.length === 1 ? parts[0] : undefined;
      if (n.mclass === 'mord' && only && (only.role === 'letter' || only.role === 'word')) return only;
      const role = roleOfFamily(String(n.mclass ?? '').replace(/^m/, ''));
      return setExtent(node(role, 'mclass', listKey(body), [body]), span(body), cx);
    }
    case 'htmlmathml': {
      // \neq, \notin: KaTeX builds separate HTML and MathML; the MathML branch names the symbol.
      const html = convList(n.html, cx);
      const mathml = convList(n.mathml, cx);
      const role = solid(html)[0]?.role ?? 'other';
      return node(role, 'htmlmathml', listKey(mathml));
    }
    default:
      return convGeneric(n, cx);
  }
}

function convArray(n: KNode, cx: Cx): SNode {
  const rows = Array.isArray(n.body) ? (n.body as unknown[]) : [];
  const lists: SNode[][] = [];
  const rowLists: SNode[][] = [];
  for (const row of rows) {
    const rowNodes: SNode[] = [];
    for (const cell of Array.isArray(row) ? row : []) {
      // A cell is styling{ordgroup{…}}: its content is the ordgroup's body.
      const c = convArg(cell, cx).flatMap((x) => (x.type === 'ordgroup' && x.role === 'other' ? (x.lists[0] ?? []) : [x]));
      for (const x of c) delete x.bare;
      lists.push(c);
      rowNodes.push(...c);
    }
    rowLists.push(rowNodes);
  }
  const out = node('other', 'array', `\\array{${lists.map(listKey).join(' & ')}}`, lists);
  // Only alignment environments hold statements (`v &\leftarrow …`); cases and matrices do not.
  const sep = n.colSeparationType;
  if (sep === 'align' || sep === 'alignat' || sep === 'gather') out.rows = rowLists;
  return out;
}

function convGeneric(n: KNode, cx: Cx): SNode {
  const lists: SNode[][] = [];
  for (const [k, v] of Object.entries(n)) {
    if (k === 'loc' || k === 'type') continue;
    if (Array.isArray(v) && v.some(isNode)) lists.push(convList(v, cx));
    else if (isNode(v)) lists.push(convArg(v, cx));
  }
  const out = node('other', n.type, `${n.type}(${lists.map(listKey).join('|')})`, lists);
  return setExtent(out, span(lists.flat()), cx);
}

/** `\\ce` or `\\pu`: the commands CHEMISTRY_MACROS defines. */
/**
 * A size or style switch at the formula's top level (`\Large q_{t+1} = …`, `\displaystyle …`)
 * wraps all that follows it: the formula is what it wraps, so its relation and left-hand side
 * are read as without the switch (trial 1, F11).
 */
function withoutSwitches(list: KNode[]): KNode[] {
  return list.flatMap((n) => ((n.type === 'sizing' || n.type === 'styling') && Array.isArray(n.body) ? withoutSwitches(n.body as KNode[]) : [n]));
}

const CHEMISTRY_COMMAND = /\\(?:ce|pu)(?![A-Za-z])/;

const cache = new Map<string, ParsedMath | null>();
const CACHE_LIMIT = 4000;

/** Parses LaTeX into the normalised tree; null when KaTeX cannot parse it (no symbols then). */
export function parseMath(latex: string): ParsedMath | null {
  const hit = cache.get(latex);
  if (hit !== undefined) return hit;
  let result: ParsedMath | null = null;
  try {
    const original = lex(latex);
    const { masked, keys } = maskChemistry(latex, original);
    // The check's parse (katex/compile.ts) and the linker's of the formula without links are this same
    // parse unless chemistry was masked or could be expanded by the macros: then the check's verdict is
    // kept, and the signature taken here, before the tree is read.
    const plain = masked === latex && !CHEMISTRY_COMMAND.test(latex);
    const parsedTree = parseDisplayMath(masked, CHEMISTRY_MACROS, plain) as KNode[];
    const signature = plain ? treeSignature(parsedTree) : undefined;
    // `… \tag{a}`: the tag is a label, not part of the formula.
    const only = parsedTree.length === 1 ? parsedTree[0] : undefined;
    const tree = withoutSwitches(only?.type === 'tag' && Array.isArray(only.body) ? (only.body as KNode[]) : parsedTree);
    const cx: Cx = { latex: masked, lx: masked === latex ? original : lex(masked), chem: keys };
    const nodes = convList(tree, cx);
    fillUnknown(nodes, 0, latex.length, cx);
    result = signature === undefined ? { latex, nodes, lx: cx.lx } : { latex, nodes, lx: cx.lx, signature };
  } catch {
    result = null;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(latex, result);
  return result;
}

