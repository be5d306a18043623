/**
 * A symbol of a formula: a letter-like node (`y`, `\beta`, `\hat{y}`, `\mathbf{m}`) with its
 * sub/superscripts (symbols/scan.ts explains what counts).
 */
import { walk, type SNode } from './tree.js';

export interface Sym {
  /** Normalised key of the whole symbol (`\hat{y}_{c}^{( i )}`). */
  key: string;
  /** Key of the base (`\hat{y}`, `W`, `\text{head}`). */
  core: string;
  coreRole: 'letter' | 'word';
  sub: SNode[] | null;
  sup: SNode[] | null;
}

export function symOf(n: SNode): Sym | null {
  if (n.role === 'letter' || n.role === 'word') return { key: n.key, core: n.key, coreRole: n.role, sub: null, sup: null };
  const b = n.base;
  if (n.role === 'supsub' && b && (b.role === 'letter' || b.role === 'word')) {
    return { key: n.key, core: b.key, coreRole: b.role, sub: n.sub ?? null, sup: n.sup ?? null };
  }
  return null;
}

export function syms(list: SNode[]): Sym[] {
  const out: Sym[] = [];
  for (const n of walk(list)) {
    const s = symOf(n);
    if (s) out.push(s);
  }
  return out;
}
