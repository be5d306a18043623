/**
 * A symbol of a formula: a letter-like node (`y`, `\beta`, `\hat{y}`, `\mathbf{m}`) with its
 * sub/superscripts (symbols/scan.ts explains what counts).
 */
import { listKey, solid, walk, type SNode } from './tree.js';

export interface Sym {
  /** Normalised key of the whole symbol (`\hat{y}_{c}^{( i )}`). */
  key: string;
  /** Key of the base (`\hat{y}`, `W`, `\text{head}`). */
  core: string;
  coreRole: 'letter' | 'word';
  sub: SNode[] | null;
  sup: SNode[] | null;
}

const CJK_WORD = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u;

/**
 * A subscript that is a word in Chinese, Japanese or Korean (`分`, `总`, `\text{总}`): the label of its letter
 * ("the parts' U", "the total U"), never another symbol: `U_{分}` and `U_{总}` are `U` (trial 6, doc 6).
 */
function isCjkLabel(sub: SNode[]): boolean {
  const text = solid(sub)
    .map((n) => n.key.replace(/^\\(?:text|mathrm|textrm|mbox)\{(.*)\}$/u, '$1'))
    .join('');
  return CJK_WORD.test(text);
}

export function symOf(n: SNode): Sym | null {
  if (n.role === 'letter' || n.role === 'word') return { key: n.key, core: n.key, coreRole: n.role, sub: null, sup: null };
  const b = n.base;
  if (n.role === 'supsub' && b && (b.role === 'letter' || b.role === 'word')) {
    if (n.sub && isCjkLabel(n.sub)) {
      return { key: n.sup ? `${b.key}^{${listKey(n.sup)}}` : b.key, core: b.key, coreRole: b.role, sub: null, sup: n.sup ?? null };
    }
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
