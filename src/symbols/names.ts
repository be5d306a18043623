/**
 * Multi-letter names. A where-list that defines `GDP`, `MPC`, `AB`, `\Delta U` or `\mathrm{SNR}`
 * defines one symbol: in the equation, the letters `G D P` (or `\Delta U`) in a row are that
 * symbol, not a product of G, D and P. The tree is rewritten before analysis so that each such
 * run is one node, with the scripts of its last letter (`GDP_t`, `CF_t`, `\Delta x^2`) and the
 * source extent of the whole run, so it is matched, reported and linked like any symbol.
 *
 * A run of Latin letters is keyed like the same letters set as a word (`GDP` ≡ `\text{GDP}` ≡
 * `\mathrm{GDP}`); a run led by `\Delta`/`\delta` keeps its Greek head (`\Delta U`). Only runs a
 * where-list defines as a whole are joined: when it defines `A` and `B` separately, `AB` is
 * still their product.
 */
import { solid, type SNode } from './node.js';

/** A multi-letter name: its letters' keys, in order (`['G','D','P']`, `['\\Delta','U']`). */
export type Name = string[];

const DIFFERENCE_HEADS = new Set(['\\Delta', '\\delta']);

function isLatin(n: SNode | undefined): n is SNode {
  return n !== undefined && n.role === 'letter' && n.type === 'mathord' && /^[A-Za-z]$/.test(n.key);
}

function isHead(n: SNode | undefined): n is SNode {
  return n !== undefined && n.role === 'letter' && DIFFERENCE_HEADS.has(n.key);
}

/** The letter a node stands for inside a run: itself, or the base of its scripts (the last one only). */
function runLetter(n: SNode | undefined, last: boolean): SNode | undefined {
  if (!n) return undefined;
  if (last && n.role === 'supsub' && n.base && n.type === 'supsub') return n.base;
  return n;
}

/** The key of a name as one symbol. */
export function nameKey(name: Name): string {
  const head = name[0] !== undefined && DIFFERENCE_HEADS.has(name[0]) ? name[0] : null;
  const rest = head ? name.slice(1) : name;
  const word = rest.length === 1 ? (rest[0] ?? '') : `\\text{${rest.join('')}}`;
  return head ? `${head} ${word}` : word;
}

/** The name that a definition's nodes spell as a whole (`GDP`, `CF_t`, `\Delta U`), or null. */
export function nameOf(nodes: SNode[]): Name | null {
  const parts = solid(nodes);
  if (parts.length < 2) return null;
  const letters = parts.map((n, i) => runLetter(n, i === parts.length - 1));
  const [first, ...rest] = letters;
  const headed = isHead(first);
  if (!headed && !isLatin(first)) return null;
  if (!rest.every(isLatin)) return null;
  return letters.map((n) => n?.key ?? '');
}

/** Names of words the where-list defines (`\mathrm{SNR}`): their letters may be written in italics. */
export function nameOfWord(key: string): Name | null {
  const m = /^\\text\{([A-Za-z]{2,})\}$/.exec(key);
  return m ? [...(m[1] ?? '')] : null;
}

function matchAt(list: SNode[], i: number, name: Name): number {
  for (let k = 0; k < name.length; k++) {
    const n = list[i + k];
    const last = k === name.length - 1;
    const letter = runLetter(n, last);
    if (!letter || letter.key !== name[k]) return -1;
    if (k === 0 ? !isHead(letter) && !isLatin(letter) : !isLatin(letter)) return -1;
  }
  return i + name.length;
}

function joined(run: SNode[], name: Name): SNode {
  const first = run[0] as SNode;
  const last = run[run.length - 1] as SNode;
  const key = nameKey(name);
  const role = DIFFERENCE_HEADS.has(name[0] ?? '') ? 'letter' : 'word';
  const known = run.every((n) => n.start >= 0);
  // The letters stay reachable (`lists`): when each is defined too, the name is also their product.
  const base: SNode = { role, type: 'name', key, start: -1, end: -1, lists: [run] };
  const baseEnd = last.role === 'supsub' && last.base ? last.base.end : last.end;
  if (known) [base.start, base.end] = [first.start, baseEnd];
  if (last.role !== 'supsub' || !last.base) return base;
  const out: SNode = { ...last, base, key: key + last.key.slice(last.base.key.length), start: -1, end: -1 };
  if (known) [out.start, out.end] = [first.start, last.end];
  return out;
}

/** One sibling list with each defined name joined (longest first); the same array when nothing changes. */
function mergeList(list: SNode[], names: Name[]): SNode[] {
  let out: SNode[] | null = null;
  for (let i = 0; i < list.length; i++) {
    const n = list[i] as SNode;
    let end = -1;
    let name: Name | undefined;
    for (const nm of names) {
      end = matchAt(list, i, nm);
      if (end >= 0) {
        name = nm;
        break;
      }
    }
    if (name && end >= 0) {
      out ??= list.slice(0, i);
      out.push(joined(list.slice(i, end), name));
      i = end - 1;
      continue;
    }
    const inner = mergeNode(n, names);
    if (inner !== n) out ??= list.slice(0, i);
    out?.push(inner);
  }
  return out ?? list;
}

function mergeNode(n: SNode, names: Name[]): SNode {
  const lists = n.lists.map((l) => mergeList(l, names));
  const base = n.base ? mergeNode(n.base, names) : undefined;
  const sub = n.sub ? mergeList(n.sub, names) : undefined;
  const sup = n.sup ? mergeList(n.sup, names) : undefined;
  const rows = n.rows?.map((r) => mergeList(r, names));
  const changed =
    lists.some((l, i) => l !== n.lists[i]) ||
    base !== n.base ||
    sub !== n.sub ||
    sup !== n.sup ||
    (rows ?? []).some((r, i) => r !== n.rows?.[i]);
  if (!changed) return n;
  const out: SNode = { ...n, lists };
  if (base) out.base = base;
  if (sub) out.sub = sub;
  if (sup) out.sup = sup;
  if (rows) out.rows = rows;
  return out;
}

/** The tree with every run of a defined name joined into one node (the input is never changed). */
export function mergeNames(nodes: SNode[], names: Name[]): SNode[] {
  if (names.length === 0) return nodes;
  const sorted = [...names].sort((a, b) => b.length - a.length);
  return mergeList(nodes, sorted);
}
