/**
 * A script split from its letter: `\sigma{}^2`, `x{}_i` (an empty group carries the script, a
 * habit of authors who want the script set apart). A reader sees `\sigma^2` and `x_i`; so does
 * symbol analysis: the script is joined back to the letter before it, with the key `\sigma^{2}`
 * that `\sigma^2` has, and the extent of both.
 */
import { listKey, type SNode } from './node.js';

function isEmptyBase(n: SNode | undefined): boolean {
  return n !== undefined && n.key === '' && (n.type === 'empty' || n.role === 'space');
}

function joined(letter: SNode, script: SNode): SNode {
  let key = letter.key;
  if (script.sub) key += `_{${listKey(script.sub)}}`;
  if (script.sup) key += `^{${listKey(script.sup)}}`;
  const out: SNode = { ...script, base: letter, key, start: -1, end: -1 };
  if (letter.start >= 0 && script.end >= 0) [out.start, out.end] = [letter.start, script.end];
  return out;
}

/** The list with each letter followed by an empty-based script joined to it; the same array when there is none. */
export function joinSplitScripts(list: SNode[]): SNode[] {
  let out: SNode[] | null = null;
  for (let i = 0; i < list.length; i++) {
    const n = list[i] as SNode;
    const prev = out ? out[out.length - 1] : list[i - 1];
    if (n.role === 'supsub' && isEmptyBase(n.base) && prev && (prev.role === 'letter' || prev.role === 'word')) {
      out ??= list.slice(0, i);
      out[out.length - 1] = joined(prev, n);
      continue;
    }
    out?.push(n);
  }
  return out ?? list;
}
