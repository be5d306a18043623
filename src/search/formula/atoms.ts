/**
 * The formula reader's tree: atoms in rows, and the rewrites that make notation variants one
 * (`e^{x}` → exp(x), `^T` → transpose, typed `a/b` → a fraction, `dL/dz` → a derivative).
 * Browser-safe; used by search/formula/parse.ts and search/formula/commands.ts.
 */
import { COMMAND_TERMS } from '../tex-terms.js';
import { TYPED_ACCENT } from './detect.js';
import { FUNCTIONS } from './tokens.js';

/** One item of a row: a symbol, number, operator, function or structure, with its scripts and children. */
export interface Atom {
  /** What the atom is, with variables abstracted: `v` (any variable), a number, an operator, a function name, or a structure (F fraction, D derivative, R root, P group, N norm, C cases/matrix, T transpose; a word in `\text{…}` is a variable). */
  label: string;
  /** The symbol as written (`x`, `theta`), for variables; else the label. */
  name: string;
  /** Accent on a variable (`hat`, `bar`…). */
  accent?: string;
  /** Children by relation: `^` superscript, `_` subscript, `[` numerator, `]` denominator, `@` inside. */
  kids: Array<[string, Atom[]]>;
  /** Written with white space before it (plain-text `/` binds only what touches it). */
  sp: boolean;
}

export const atom = (label: string, sp: boolean, name = label, kids: Array<[string, Atom[]]> = []): Atom => ({ label, name, kids, sp });

/** Typed or TeX letters: a known function or Greek name is one atom, else each letter is a variable. */
export function lettersAtoms(run: string, sp: boolean, script: boolean): Atom[] {
  const lower = run.toLowerCase();
  if (run.length > 1) {
    if (lower === 'sigmoid') return [atom('v', sp, 'sigma')];
    // Typed accents: `yhat`, `xbar`, `thetahat`.
    const accented = TYPED_ACCENT.exec(run);
    if (accented && (accented[1]!.length === 1 || COMMAND_TERMS.has(accented[1]!))) {
      const a = atom('v', sp, accented[1]!.length === 1 ? accented[1]! : COMMAND_TERMS.get(accented[1]!)!);
      a.accent = accented[2]!;
      return [a];
    }
    const fn = FUNCTIONS[lower];
    if (fn && fn !== 'd') return [fn === 'R' ? atom('R', sp, 'R', []) : atom(fn, sp)];
    const greek = COMMAND_TERMS.get(lower);
    if (greek && !script) return [atom('v', sp, greek)];
  }
  return [...run].map((ch, k) => atom('v', k === 0 ? sp : false, ch));
}

/** A multi-letter word from `\text{…}`/`\operatorname{…}`: a known function, else a word. */
export function wordAtom(word: string, sp: boolean): Atom {
  const fn = FUNCTIONS[word.toLowerCase()];
  if (fn && fn !== 'R' && fn !== 'd') return atom(fn, sp);
  // A word in a formula names a quantity (`\text{precision}`, `L_{\text{MSE}}`): a variable.
  return atom('v', sp, word.toLowerCase());
}

/** A group's inside, when an argument is just one group (`sqrt((a-b)^2)` keeps the power). */
export function unwrap(row: Atom[]): Atom[] {
  const only = row[0];
  if (row.length === 1 && only && only.label === 'P' && only.kids.length === 1) return only.kids[0]![1];
  return row;
}

function isDifferential(a: Atom | undefined): boolean {
  return !!a && a.kids.length === 0 && (a.label === 'd' || (a.label === 'v' && a.name === 'd'));
}

/** `\frac{a}{b}`; a derivative when both start with d or ∂ (`\frac{\partial L}{\partial z}` = `dL/dz`). */
export function fraction(num: Atom[], den: Atom[], sp: boolean): Atom {
  if (isDifferential(num[0]) && isDifferential(den[0]) && den.length > 1) return atom('D', sp, 'D', [['[', num.slice(1)], [']', den.slice(1)]]);
  return atom('F', sp, 'F', [['[', num], [']', den]]);
}

const TIGHT_STOP = new Set(['=', '+', '-', ',', '<', '>', '≤', '≥', '/', '|', '‖', '±', '→', '⇒', ':']);

/** Rewrites a finished row: `e^{x}` → exp(x), scripts `T` → transpose, typed `a/b` → a fraction, `sqrt x`. */
export function finishRow(row: Atom[]): Atom[] {
  let out: Atom[] = [];
  for (let k = 0; k < row.length; k++) {
    const a = row[k]!;
    for (const kid of a.kids) {
      if (kid[0] === '^' && kid[1].length === 1 && (kid[1][0]!.label === 'T' || (kid[1][0]!.label === 'v' && kid[1][0]!.name === 'T'))) kid[1] = [atom('T', false)];
    }
    // e^{…} is exp(…)
    const sup = a.kids.find((x) => x[0] === '^');
    if (a.label === 'v' && a.name === 'e' && !a.accent && sup && a.kids.length === 1 && sup[1][0]?.label !== 'T') {
      out.push(atom('exp', a.sp), atom('P', false, 'P', [['@', sup[1]]]));
      continue;
    }
    // A typed `sqrt` followed by its argument.
    if (a.label === 'R' && a.kids.length === 0) {
      const next = row[k + 1];
      if (next) {
        out.push(atom('R', a.sp, 'R', [['@', unwrap([next])]]));
        k++;
        continue;
      }
    }
    out.push(a);
  }
  // Typed `/`: a fraction of what touches it on each side.
  const isSlash = (a: Atom, k: number): boolean => a.label === '/' && a.kids.length === 0 && k > 0 && k < out.length - 1;
  for (let k = out.findIndex(isSlash), guard = 0; k > 0 && guard < 64; k = out.findIndex(isSlash), guard++) {
    let from = k - 1;
    while (from > 0 && !out[from]!.sp && !TIGHT_STOP.has(out[from - 1]!.label) && !/^(sum|prod|int)$/.test(out[from - 1]!.label)) from--;
    let to = k + 1;
    while (to < out.length - 1 && !out[to + 1]!.sp && !TIGHT_STOP.has(out[to + 1]!.label)) to++;
    const frac = fraction(unwrap(out.slice(from, k)), unwrap(out.slice(k + 1, to + 1)), out[from]!.sp);
    out = [...out.slice(0, from), frac, ...out.slice(to + 1)];
  }
  return out;
}

