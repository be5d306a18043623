/**
 * A small math reader for formula search: TeX as the collections write it and plain text as a
 * reader types it (`sqrt(sum_i (a_i - b_i)^2)`, `(X^T X)^-1 X^T y`, `dL/dz = p - y`) become the
 * same layout tree, with notation variants made one: `^T`/`^\top`/`^\intercal` → transpose,
 * `\ln` → log, `e^{x}` → exp(x), `\mathrm`/`\text`/`\operatorname` → their word, `\cdot`/`*` →
 * juxtaposition, `\left(`/`\big(`/`[` → one kind of group, `\frac{a}{b}` = `a/b`,
 * `\frac{\partial L}{\partial z}` = `dL/dz`, `\leftarrow`/`:=` → `=`.
 *
 * Browser-safe and import-free but for the symbol table: the index build and the search box
 * both read formulas with this module (./formula-terms.ts turns the tree into terms), so a
 * formula and a query meet on the same terms. (KaTeX's own parser is not in the browser bundle:
 * previews are drawn at build time; see docs/ARCHITECTURE.md.)
 */
import { ACCENTS, COMMAND_TERMS, GLYPH_TERMS } from './tex-terms.js';
import { TYPED_ACCENT } from './formula-detect.js';

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

interface Token {
  t: 'cmd' | 'letters' | 'num' | 'ch';
  v: string;
  sp: boolean;
}

/** Named functions (as commands or as typed words) → their label; `ln` is `log`. */
const FUNCTIONS: Record<string, string> = {
  log: 'log', ln: 'log', lg: 'log', exp: 'exp', sqrt: 'R', sum: 'sum', prod: 'prod', int: 'int', oint: 'int',
  max: 'max', min: 'min', argmax: 'argmax', argmin: 'argmin', sup: 'max', inf: 'min', lim: 'lim',
  sin: 'sin', cos: 'cos', tan: 'tan', tanh: 'tanh', sinh: 'sinh', cosh: 'cosh', det: 'det', tr: 'tr',
  softmax: 'softmax', relu: 'relu', sigmoid: 'sigmoid', sign: 'sign', sgn: 'sign', diag: 'diag', var: 'var', cov: 'cov',
  mean: 'mean', abs: 'abs', norm: 'norm', nabla: '∇', grad: '∇', partial: 'd', infty: '∞',
};

/** Commands that are operators → their label. */
const OPERATORS: Record<string, string> = {
  leftarrow: '=', gets: '=', coloneqq: '=', triangleq: '=', equiv: '=', approx: '=', simeq: '=', doteq: '=', eqqcolon: '=',
  le: '≤', leq: '≤', leqslant: '≤', ge: '≥', geq: '≥', geqslant: '≥', lt: '<', gt: '>', neq: '≠', ne: '≠',
  pm: '±', mp: '±', odot: '⊙', circ: '⊙', otimes: '⊗', oplus: '⊕', in: '∈', notin: '∉', sim: '~', mid: '|',
  vert: '|', lvert: '|', rvert: '|', '|': '‖', Vert: '‖', lVert: '‖', rVert: '‖', to: '→', rightarrow: '→',
  mapsto: '→', implies: '⇒', Rightarrow: '⇒', propto: '∝', dots: '…', ldots: '…', cdots: '…', vdots: '…', ddots: '…',
  cup: '∪', cap: '∩', subset: '⊂', subseteq: '⊂', forall: '∀', exists: '∃', setminus: '-',
};

/** Commands that draw nothing a reader would type: spacing, sizing, styles, juxtaposition. */
const DROPPED = new Set([
  'left', 'right', 'big', 'Big', 'bigg', 'Bigg', 'bigl', 'bigr', 'Bigl', 'Bigr', 'biggl', 'biggr', 'Biggl', 'Biggr',
  'middle', 'displaystyle', 'textstyle', 'scriptstyle', 'limits', 'nolimits', 'cdot', 'times', 'ast', 'quad',
  'qquad', 'enspace', 'thinspace', 'nonumber', 'notag', ',', ';', ':', '!', ' ', '>', 'cdotp', 'centerdot',
]);

/** Commands whose argument is text or a font: `\text{ReLU}` → the word, `\mathbf{m}` → m. */
const FONTS = new Set([
  'text', 'textrm', 'textit', 'textbf', 'textsf', 'texttt', 'textnormal', 'mathrm', 'mathit', 'mathbf', 'mathsf',
  'mathtt', 'mathcal', 'mathbb', 'mathfrak', 'mathscr', 'boldsymbol', 'bm', 'operatorname', 'operatorname*', 'mbox', 'hbox', 'mathnormal',
]);

/** Commands whose `{…}` argument is a name, never content. */
const SKIP_ARG = new Set(['color', 'label', 'tag', 'hspace', 'vspace', 'htmlClass', 'htmlId', 'htmlStyle', 'htmlData', 'kern', 'mkern', 'mskip', 'hskip']);

/** Environments that only arrange lines (their rows are parts of the formula). */
const LAYOUT_ENVS = /^(aligned|align\*?|alignat\*?|gathered|gather\*?|split|equation\*?|multline\*?|eqnarray\*?)$/;

/** Unicode a reader may paste → what it means here. */
const UNICODE: Record<string, string> = {
  '·': '\\cdot', '×': '\\times', '∗': '*', '−': '-', '–': '-', '√': '\\sqrt', '∑': '\\sum', '∏': '\\prod', '∫': '\\int',
  '≤': '\\le', '≥': '\\ge', '≠': '\\neq', '≈': '\\approx', '←': '\\leftarrow', '→': '\\to', '∈': '\\in', '⊙': '\\odot',
  '⊗': '\\otimes', '∞': '\\infty', '∂': '\\partial', '∇': '\\nabla', 'ᵀ': '^\\top', '⊤': '\\top', '²': '^2', '³': '^3',
  '⁻¹': '^{-1}', '‖': '\\|', '∝': '\\propto', '±': '\\pm', '∼': '\\sim', '…': '\\dots', '⋅': '\\cdot',
};

function tokenize(src: string): Token[] {
  let s = src;
  for (const [from, to] of Object.entries(UNICODE)) if (s.includes(from)) s = s.split(from).join(` ${to} `);
  const out: Token[] = [];
  let sp = false;
  for (let i = 0; i < s.length; ) {
    const c = s[i]!;
    if (/\s/.test(c)) {
      sp = true;
      i++;
      continue;
    }
    let tok: Token;
    if (c === '\\') {
      const m = /^\\([A-Za-z]+\*?|.?)/.exec(s.slice(i, i + 40))!;
      tok = { t: 'cmd', v: m[1]!, sp };
      i += m[0].length;
    } else if (/[A-Za-z]/.test(c)) {
      let j = i + 1;
      while (j < s.length && /[A-Za-z]/.test(s[j]!)) j++;
      tok = { t: 'letters', v: s.slice(i, j), sp };
      i = j;
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(s[i + 1] ?? ''))) {
      let j = i + 1;
      while (j < s.length && /[0-9.]/.test(s[j]!)) j++;
      tok = { t: 'num', v: s.slice(i, j).replace(/\.$/, ''), sp };
      i = j;
    } else {
      // A Unicode letter (Greek, accented): its base and marks.
      let j = i + 1;
      while (j < s.length && /\p{M}/u.test(s[j]!)) j++;
      const glyph = s.slice(i, j).normalize('NFD');
      const base = glyph.replace(/\p{M}/gu, '');
      const greek = GLYPH_TERMS.get(base);
      if (greek) tok = { t: 'cmd', v: greek, sp };
      else if (/\p{L}/u.test(base)) tok = { t: 'letters', v: base, sp };
      else tok = { t: 'ch', v: c, sp };
      const mark = glyph.slice(base.length);
      i = j;
      if (mark && tok.t !== 'ch') {
        const accent = mark === '\u0302' ? 'hat' : mark === '\u0304' ? 'bar' : mark === '\u0303' ? 'tilde' : mark === '\u20D7' ? 'vec' : 'dot';
        out.push({ t: 'cmd', v: accent, sp }, { t: 'ch', v: '{', sp: false }, { ...tok, sp: false }, { t: 'ch', v: '}', sp: false });
        sp = false;
        continue;
      }
    }
    out.push(tok);
    sp = false;
  }
  return out;
}

const atom = (label: string, sp: boolean, name = label, kids: Array<[string, Atom[]]> = []): Atom => ({ label, name, kids, sp });

const OPEN: Record<string, string> = { '(': ')', '[': ']', lbrace: 'rbrace', '{': '}', lfloor: 'rfloor', lceil: 'rceil', langle: 'rangle', lbrack: 'rbrack' };
const CLOSERS = new Set([')', ']', 'rbrace', '}', 'rfloor', 'rceil', 'rangle', 'rbrack']);

/** Nesting read at most, and characters of a formula read at most (the rest is not indexed). */
const MAX_DEPTH = 32;
export const MAX_FORMULA_CHARS = 4000;

class Parser {
  i = 0;
  depth = 0;
  constructor(private readonly toks: Token[]) {}

  private peek(): Token | undefined {
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
  private rawGroup(): string {
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
  private argument(): Atom[] {
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
    // Commands.
    const name = tok.v;
    if (OPEN[name] && name !== '(' && name !== '[' && name !== '{') {
      const inner = this.rowUntil(new Set([OPEN[name]!]));
      row.push(atom('P', tok.sp, 'P', [['@', inner]]));
      return;
    }
    if (name === '{') {
      const inner = this.rowUntil(new Set(['}']));
      row.push(atom('P', tok.sp, 'P', [['@', inner]]));
      return;
    }
    if (name === 'left' || /^[Bb]igg?l?$/.test(name) || name === 'middle') {
      const next = this.peek();
      if (next && next.v === '.') this.i++;
      return;
    }
    if (DROPPED.has(name)) return;
    if (name === 'frac' || name === 'dfrac' || name === 'tfrac' || name === 'cfrac') {
      const num = this.argument();
      const den = this.argument();
      row.push(fraction(num, den, tok.sp));
      return;
    }
    if (name === 'sqrt') {
      if (this.peek()?.v === '[') {
        this.i++;
        this.rowUntil(new Set([']']));
      }
      row.push(atom('R', tok.sp, 'R', [['@', unwrap(this.argument())]]));
      return;
    }
    const accent = ACCENTS[name];
    if (accent) {
      const inner = this.argument();
      if (inner.length === 1) {
        inner[0]!.accent = accent;
        inner[0]!.sp = tok.sp;
      }
      for (const a of inner) row.push(a);
      return;
    }
    if (FONTS.has(name)) {
      const text = this.rawGroup();
      const word = text.replace(/\\[,;! ]|\s/g, '');
      if (/^[A-Za-z]{2,}$/.test(word) || /^[A-Za-z]+(?:[_-][A-Za-z]+)+$/.test(word.replace(/\\_/g, '_'))) row.push(wordAtom(word.replace(/\\_/g, '_'), tok.sp));
      else {
        const sub = new Parser(tokenize(text));
        sub.depth = this.depth + 1;
        if (sub.depth <= MAX_DEPTH) for (const a of finishRow(sub.parts().flat())) row.push(a);
      }
      return;
    }
    if (SKIP_ARG.has(name)) {
      this.rawGroup();
      return;
    }
    if (name === 'begin') {
      const env = this.rawGroup();
      if (/array|tabular/.test(env)) this.rawGroup();
      const inner = this.rowUntil(new Set<string>());
      row.push(atom(LAYOUT_ENVS.test(env) ? 'P' : 'C', tok.sp, 'C', [['@', inner]]));
      return;
    }
    if (name === '\\' || name === 'cr') {
      row.push(atom(',', tok.sp));
      return;
    }
    if (name === 'top' || name === 'intercal' || name === 'transpose' || name === 'T') {
      row.push(atom('T', tok.sp));
      return;
    }
    if (name === 'prime') {
      row.push(atom("'", tok.sp));
      return;
    }
    const op = OPERATORS[name];
    if (op) {
      row.push(atom(op, tok.sp));
      return;
    }
    const fn = FUNCTIONS[name];
    if (fn) {
      row.push(atom(fn, tok.sp));
      return;
    }
    const symbol = COMMAND_TERMS.get(name);
    if (symbol) {
      row.push(atom('v', tok.sp, symbol));
      return;
    }
    if (/^[A-Za-z]+$/.test(name)) row.push(atom(name, tok.sp));
  }
}

/** Typed or TeX letters: a known function or Greek name is one atom, else each letter is a variable. */
function lettersAtoms(run: string, sp: boolean, script: boolean): Atom[] {
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
function wordAtom(word: string, sp: boolean): Atom {
  const fn = FUNCTIONS[word.toLowerCase()];
  if (fn && fn !== 'R' && fn !== 'd') return atom(fn, sp);
  // A word in a formula names a quantity (`\text{precision}`, `L_{\text{MSE}}`): a variable.
  return atom('v', sp, word.toLowerCase());
}

/** A group's inside, when an argument is just one group (`sqrt((a-b)^2)` keeps the power). */
function unwrap(row: Atom[]): Atom[] {
  const only = row[0];
  if (row.length === 1 && only && only.label === 'P' && only.kids.length === 1) return only.kids[0]![1];
  return row;
}

function isDifferential(a: Atom | undefined): boolean {
  return !!a && a.kids.length === 0 && (a.label === 'd' || (a.label === 'v' && a.name === 'd'));
}

/** `\frac{a}{b}`; a derivative when both start with d or ∂ (`\frac{\partial L}{\partial z}` = `dL/dz`). */
function fraction(num: Atom[], den: Atom[], sp: boolean): Atom {
  if (isDifferential(num[0]) && isDifferential(den[0]) && den.length > 1) return atom('D', sp, 'D', [['[', num.slice(1)], [']', den.slice(1)]]);
  return atom('F', sp, 'F', [['[', num], [']', den]]);
}

const TIGHT_STOP = new Set(['=', '+', '-', ',', '<', '>', '≤', '≥', '/', '|', '‖', '±', '→', '⇒', ':']);

/** Rewrites a finished row: `e^{x}` → exp(x), scripts `T` → transpose, typed `a/b` → a fraction, `sqrt x`. */
function finishRow(row: Atom[]): Atom[] {
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

/** A formula (TeX or typed) as its parts' rows: the lines of an aligned block and the pieces `\quad` separates are parts. */
export function parseFormula(text: string): Atom[][] {
  return new Parser(tokenize(text.slice(0, MAX_FORMULA_CHARS))).parts();
}
