/**
 * Source extents of tree nodes that KaTeX's parse tree leaves without `loc`: the command around
 * a located body (`\hat{…}`, `\text{…}`, `\frac{…}{…}`), `\left…\right`, and commands with no
 * located part at all (`\tanh`, `\big(`), found between neighbours whose extents are known.
 */
import { closeBraces, nextSolid, prevSolid, type Lexed } from './lex.js';
import type { SNode } from './node.js';

export interface Cx {
  latex: string;
  lx: Lexed;
  /** Offsets of `\ce`/`\pu` commands → their keys (src/symbols/chem.ts). */
  chem?: Map<number, string>;
}

/** Union of known extents of `nodes`. */
export function span(nodes: Iterable<SNode>): [number, number] | null {
  let s = Infinity;
  let e = -Infinity;
  for (const n of nodes) {
    if (n.start < 0) continue;
    s = Math.min(s, n.start);
    e = Math.max(e, n.end);
  }
  return s === Infinity ? null : [s, e];
}

/** `\cmd{…core…}`: the extent from the command before the core to the braces closing after it. */
export function commandExtent(core: [number, number] | null, cx: Cx, names: string[] | null): [number, number] | null {
  if (!core) return null;
  let k = prevSolid(cx.lx, core[0]);
  while (k >= 0 && cx.lx.tokens[k]?.text === '{') k = prevSolid(cx.lx, cx.lx.tokens[k]?.start ?? 0);
  const t = cx.lx.tokens[k];
  if (!t || !/^\\[A-Za-z]/.test(t.text) || (names && !names.includes(t.text))) return null;
  return [t.start, closeBraces(cx.lx, t.start, core[1])];
}

export function leftRightExtent(core: [number, number] | null, cx: Cx): [number, number] | null {
  if (!core) return null;
  const lx = cx.lx;
  const delimL = prevSolid(lx, core[0]);
  const left = prevSolid(lx, lx.tokens[delimL]?.start ?? 0);
  const right = nextSolid(lx, core[1]);
  const delimR = nextSolid(lx, lx.tokens[right]?.end ?? 0);
  if (lx.tokens[left]?.text !== '\\left' || lx.tokens[right]?.text !== '\\right' || delimR < 0) return null;
  return [lx.tokens[left]?.start ?? 0, lx.tokens[delimR]?.end ?? 0];
}

/** `\sum_{i=1}`: the base op has no loc; it is the token before the first `_`/`^`. */
export function locateScriptBase(base: SNode, scriptStart: number, cx: Cx): void {
  const mark = prevSolid(cx.lx, scriptStart);
  const markText = cx.lx.tokens[mark]?.text;
  if (markText !== '_' && markText !== '^') return;
  const b = cx.lx.tokens[prevSolid(cx.lx, cx.lx.tokens[mark]?.start ?? 0)];
  if (b && base.command && b.text === base.command) {
    base.start = b.start;
    base.end = b.end;
  }
}

/**
 * Nodes KaTeX gives no loc (ops like `\tanh`, `\big(`): find their command token between the
 * neighbours whose extents are known. Never guesses across an unknown neighbour of the same kind.
 */
export function fillUnknown(list: SNode[], lo: number, hi: number, cx: Cx): void {
  for (let i = 0; i < list.length; i++) {
    const n = list[i];
    if (!n) continue;
    if (n.start < 0 && (n.type === 'op' || n.type === 'delimsizing')) {
      let from = lo;
      for (let j = i - 1; j >= 0; j--) {
        const p = list[j];
        if (p && p.start >= 0) {
          from = p.end;
          break;
        }
        if (p && p.role !== 'space') {
          from = -1;
          break;
        }
      }
      let to = hi;
      for (let j = i + 1; j < list.length; j++) {
        const p = list[j];
        if (p && p.start >= 0) {
          to = p.start;
          break;
        }
      }
      if (from >= 0 && to >= 0) locateCommand(n, from, to, cx);
    }
    const inner = n.start >= 0 ? [n.start, n.end] : [-1, -1];
    if (n.base) fillUnknown([n.base], inner[0] ?? -1, inner[1] ?? -1, cx);
    for (const l of [...n.lists, n.sub ?? [], n.sup ?? []]) fillUnknown(l, inner[0] ?? -1, inner[1] ?? -1, cx);
  }
}

/** Accepts the command token only when it is the one such token in the window. */
function locateCommand(n: SNode, from: number, to: number, cx: Cx): void {
  const lx = cx.lx;
  const found: Array<[number, number]> = [];
  for (let k = nextSolid(lx, from); k >= 0; k = nextSolid(lx, lx.tokens[k]?.end ?? to)) {
    const t = lx.tokens[k];
    if (!t || t.end > to) break;
    if (n.type === 'op' && t.text === n.command) found.push([t.start, t.end]);
    if (n.type === 'delimsizing' && /^\\[bB]igg?[lrm]?$/.test(t.text)) {
      const d = lx.tokens[nextSolid(lx, t.end)];
      if (d && d.end <= to) found.push([t.start, d.end]);
    }
  }
  const only = found.length === 1 ? found[0] : undefined;
  if (only) [n.start, n.end] = only;
}

