/**
 * A small math reader for formula search: TeX as the collections write it and plain text as a
 * reader types it (`sqrt(sum_i (a_i - b_i)^2)`, `(X^T X)^-1 X^T y`, `dL/dz = p - y`) become the
 * same layout tree, with notation variants made one: `^T`/`^\top`/`^\intercal` → transpose,
 * `\ln` → log, `e^{x}` → exp(x), `\mathrm`/`\text`/`\operatorname` → their word, `\cdot`/`*` →
 * juxtaposition, `\left(`/`\big(`/`[` → one kind of group, `\frac{a}{b}` = `a/b`,
 * `\frac{\partial L}{\partial z}` = `dL/dz`, `\leftarrow`/`:=` → `=`.
 *
 * Browser-safe: the index build and the search box both read formulas with this module
 * (search/formula/terms.ts turns the tree into terms), so a formula and a query meet on the same
 * terms. The notation tables and tokenizer are in search/formula/tokens.ts, the tree and its
 * rewrites in search/formula/atoms.ts, what each command becomes in search/formula/commands.ts. (KaTeX's own parser is not in the browser bundle:
 * previews are drawn at build time; see docs/ARCHITECTURE.md.)
 */
import { atom, finishRow, lettersAtoms, type Atom } from './atoms.js';
import { commandInto, type ArgumentReader } from './commands.js';
import { CLOSERS, LAYOUT_ENVS, tokenize, type Token } from './tokens.js';

export type { Atom };

/** Nesting read at most, and characters of a formula read at most (the rest is not indexed). */
const MAX_DEPTH = 32;
export const MAX_FORMULA_CHARS = 4000;

class Parser implements ArgumentReader {
  i = 0;
  depth = 0;
  constructor(private readonly toks: Token[]) {}

  peek(): Token | undefined {
    return this.toks[this.i];
  }

  /** The whole formula as parts: top-level rows split at `\\`, `\quad`, `\implies` and `;`. */
  parts(): Atom[][] {
    const parts: Atom[][] = [];
    let row: Atom[] = [];
    const flush = (): void => {
      while (row.length && row[row.length - 1]!.label === ',') row.pop();
      if (row.length) parts.push(finishRow(row));
      row = [];
    };
    while (this.i < this.toks.length) {
      const tok = this.peek()!;
      if (tok.t === 'cmd' && (tok.v === '\\' || tok.v === 'quad' || tok.v === 'qquad' || tok.v === 'cr' || tok.v === 'implies' || tok.v === 'iff')) {
        this.i++;
        flush();
        continue;
      }
      if (tok.t === 'ch' && tok.v === ';') {
        this.i++;
        flush();
        continue;
      }
      if (tok.t === 'cmd' && (tok.v === 'begin' || tok.v === 'end')) {
        const save = this.i;
        this.i++;
        const name = this.rawGroup();
        if (LAYOUT_ENVS.test(name)) continue;
        if (tok.v === 'end') continue;
        this.i = save;
      }
      const closer = tok.t === 'ch' ? tok.v : tok.t === 'cmd' ? tok.v : '';
      if (CLOSERS.has(closer)) {
        this.i++; // a stray closer
        continue;
      }
      this.atomInto(row);
    }
    flush();
    return parts;
  }

  /** Reads `{name}` as raw text (environment names, text arguments). */
  rawGroup(): string {
    const tok = this.peek();
    if (!tok) return '';
    if (!(tok.t === 'ch' && tok.v === '{')) {
      this.i++;
      return tok.t === 'cmd' ? '' : tok.v;
    }
    this.i++;
    let depth = 1;
    let text = '';
    while (this.i < this.toks.length) {
      const t = this.toks[this.i++]!;
      if (t.t === 'ch' && t.v === '{') depth++;
      else if (t.t === 'ch' && t.v === '}' && --depth === 0) break;
      text += (t.sp && text ? ' ' : '') + (t.t === 'cmd' ? `\\${t.v}` : t.v);
    }
    return text;
  }

  /** Atoms up to (and consuming) one of `stops` or the end. */
  rowUntil(stops: ReadonlySet<string>): Atom[] {
    const row: Atom[] = [];
    if (++this.depth > MAX_DEPTH) {
      // Nesting no formula needs (a flood of `{`): the rest is not read.
      this.i = this.toks.length;
      this.depth--;
      return row;
    }
    while (this.i < this.toks.length) {
      const tok = this.peek()!;
      if ((tok.t === 'ch' || tok.t === 'cmd') && stops.has(tok.v)) {
        this.i++;
        break;
      }
      if (tok.t === 'cmd' && tok.v === 'end') {
        this.i++;
        this.rawGroup();
        break;
      }
      if (tok.t === 'cmd' && (tok.v === 'right' || tok.v === 'big' || tok.v === 'Big' || tok.v === 'bigg' || tok.v === 'Bigg' || /^[Bb]igg?r$/.test(tok.v))) {
        const next = this.toks[this.i + 1];
        if (next && (next.t === 'ch' || next.t === 'cmd') && stops.has(next.v)) {
          this.i += 2;
          break;
        }
      }
      this.atomInto(row);
    }
    this.depth--;
    return finishRow(row);
  }

  /** One argument: a `{…}` group's atoms, or the next atom. */
  argument(): Atom[] {
    if (!this.enter()) return [];
    try {
      return this.argumentIn();
    } finally {
      this.depth--;
    }
  }

  /** Goes one level deeper, or (past MAX_DEPTH) gives up the rest of the formula. */
  private enter(): boolean {
    if (++this.depth <= MAX_DEPTH) return true;
    this.depth--;
    this.i = this.toks.length;
    return false;
  }

  private argumentIn(): Atom[] {
    const tok = this.peek();
    if (!tok) return [];
    if (tok.t === 'ch' && tok.v === '{') {
      this.i++;
      return this.rowUntil(new Set(['}']));
    }
    const row: Atom[] = [];
    let guard = 0;
    while (row.length === 0 && this.i < this.toks.length && guard++ < 8) this.atomInto(row);
    return row;
  }

  /** A script after `^`/`_`: a group, or the next atom (with a sign: `^-1`), or a typed run of letters (`_ij`). */
  private script(): Atom[] {
    if (!this.enter()) return [];
    try {
      return this.scriptIn();
    } finally {
      this.depth--;
    }
  }

  private scriptIn(): Atom[] {
    const tok = this.peek();
    if (!tok) return [];
    if (tok.t === 'ch' && tok.v === '(') {
      // Typed `^(-1)`: the parentheses only group.
      this.i++;
      return this.rowUntil(new Set([')']));
    }
    if (tok.t === 'ch' && (tok.v === '-' || tok.v === '+')) {
      this.i++;
      return [atom(tok.v, false), ...this.argument()];
    }
    if (tok.t === 'letters') {
      this.i++;
      return lettersAtoms(tok.v, false, true);
    }
    return this.argument();
  }

  /** Width of a norm bar at token j (`\|`, `\Vert`, typed `||`), or 0. */
  private normBar(j: number): number {
    const t = this.toks[j];
    if (!t) return 0;
    if (t.t === 'cmd' && (t.v === '|' || t.v === 'Vert' || t.v === 'lVert' || t.v === 'rVert')) return 1;
    const u = this.toks[j + 1];
    return t.t === 'ch' && t.v === '|' && u && u.t === 'ch' && u.v === '|' && !u.sp ? 2 : 0;
  }

  /** The norm bar closing one at this.i (before any enclosing group closes), or -1. */
  private normClose(): number {
    let depth = 0;
    for (let j = this.i; j < this.toks.length; j++) {
      const t = this.toks[j]!;
      if (depth === 0 && this.normBar(j)) return j;
      if (t.t === 'ch' && (t.v === '(' || t.v === '[' || t.v === '{')) depth++;
      else if ((t.t === 'ch' && (t.v === ')' || t.v === ']' || t.v === '}')) || (t.t === 'cmd' && (t.v === 'right' || t.v === 'end' || t.v === '\\'))) {
        if (--depth < 0) return -1;
      }
    }
    return -1;
  }

  /** A text argument that is no word (`\\text{if } x > 0`), read as a formula one level deeper. */
  textAtoms(text: string): Atom[] {
    const sub = new Parser(tokenize(text));
    sub.depth = this.depth + 1;
    return sub.depth <= MAX_DEPTH ? finishRow(sub.parts().flat()) : [];
  }

  /** Reads one token's worth of atoms into `row` (scripts attach to the row's last atom). */
  private atomInto(row: Atom[]): void {
    const bar = this.normBar(this.i);
    if (bar) {
      // ‖x‖ is one norm; a lone ‖ (`D(P \| Q)`) is an operator.
      const sp = this.toks[this.i]!.sp;
      this.i += bar;
      const close = this.normClose();
      if (close < 0) row.push(atom('‖', sp));
      else {
        const inner = new Parser(this.toks.slice(this.i, close));
        inner.depth = this.depth + 1;
        const kid = inner.depth > MAX_DEPTH ? [] : inner.rowUntil(new Set<string>());
        this.i = close + this.normBar(close);
        row.push(atom('N', sp, 'N', [['@', kid]]));
      }
      return;
    }
    const tok = this.toks[this.i++]!;
    const last = row[row.length - 1];
    if (tok.t === 'num') {
      row.push(atom(tok.v, tok.sp));
      return;
    }
    if (tok.t === 'letters') {
      for (const a of lettersAtoms(tok.v, tok.sp, false)) row.push(a);
      return;
    }
    if (tok.t === 'ch') {
      const c = tok.v;
      if (c === '^' || c === '_') {
        const kid = this.script();
        const base = last ?? (row.push(atom('', tok.sp)), row[row.length - 1]!);
        base.kids.push([c, kid]);
        return;
      }
      if (c === "'") {
        const base = last ?? (row.push(atom('', tok.sp)), row[row.length - 1]!);
        base.kids.push(['^', [atom("'", false)]]);
        return;
      }
      if (c === '{') {
        const inner = this.rowUntil(new Set(['}']));
        // Braces only group: one atom stays itself, more become a group only if scripted.
        const next = this.peek();
        if (inner.length !== 1 && next && next.t === 'ch' && (next.v === '^' || next.v === '_')) row.push(atom('P', tok.sp, 'P', [['@', inner]]));
        else for (const a of inner) row.push(a);
        if (inner[0]) inner[0].sp = tok.sp;
        return;
      }
      if (c === '(' || c === '[') {
        const inner = this.rowUntil(new Set([')', ']']));
        row.push(atom('P', tok.sp, 'P', [['@', inner]]));
        return;
      }
      if (c === '*' || c === '&' || c === '~' || c === '.') return;
      if (c === ':' && this.peek()?.v === '=') {
        this.i++;
        row.push(atom('=', tok.sp));
        return;
      }
      row.push(atom(c, tok.sp));
      return;
    }
    commandInto(this, tok, row);
  }
}

/** A formula (TeX or typed) as its parts' rows: the lines of an aligned block and the pieces `\quad` separates are parts. */
export function parseFormula(text: string): Atom[][] {
  return new Parser(tokenize(text.slice(0, MAX_FORMULA_CHARS))).parts();
}
