/**
 * The formula reader's tokens and notation tables (browser-safe; imports only the symbol table): which commands are
 * functions, operators, fonts, spacing or layout, and what pasted Unicode means. Read by
 * search/formula/parse.ts and search/formula/commands.ts.
 */
import { GLYPH_TERMS } from '../tex-terms.js';

export interface Token {
  t: 'cmd' | 'letters' | 'num' | 'ch';
  v: string;
  sp: boolean;
}

/** Named functions (as commands or as typed words) → their label; `ln` is `log`. */
export const FUNCTIONS: Record<string, string> = {
  log: 'log', ln: 'log', lg: 'log', exp: 'exp', sqrt: 'R', sum: 'sum', prod: 'prod', int: 'int', oint: 'int',
  max: 'max', min: 'min', argmax: 'argmax', argmin: 'argmin', sup: 'max', inf: 'min', lim: 'lim',
  sin: 'sin', cos: 'cos', tan: 'tan', tanh: 'tanh', sinh: 'sinh', cosh: 'cosh', det: 'det', tr: 'tr',
  softmax: 'softmax', relu: 'relu', sigmoid: 'sigmoid', sign: 'sign', sgn: 'sign', diag: 'diag', var: 'var', cov: 'cov',
  mean: 'mean', abs: 'abs', norm: 'norm', nabla: '∇', grad: '∇', partial: 'd', infty: '∞',
};

/** Commands that are operators → their label. */
export const OPERATORS: Record<string, string> = {
  leftarrow: '=', gets: '=', coloneqq: '=', triangleq: '=', equiv: '=', approx: '=', simeq: '=', doteq: '=', eqqcolon: '=',
  le: '≤', leq: '≤', leqslant: '≤', ge: '≥', geq: '≥', geqslant: '≥', lt: '<', gt: '>', neq: '≠', ne: '≠',
  pm: '±', mp: '±', odot: '⊙', circ: '⊙', otimes: '⊗', oplus: '⊕', in: '∈', notin: '∉', sim: '~', mid: '|',
  vert: '|', lvert: '|', rvert: '|', '|': '‖', Vert: '‖', lVert: '‖', rVert: '‖', to: '→', rightarrow: '→',
  mapsto: '→', implies: '⇒', Rightarrow: '⇒', propto: '∝', dots: '…', ldots: '…', cdots: '…', vdots: '…', ddots: '…',
  cup: '∪', cap: '∩', subset: '⊂', subseteq: '⊂', forall: '∀', exists: '∃', setminus: '-',
};

/** Commands that draw nothing a reader would type: spacing, sizing, styles, juxtaposition. */
export const DROPPED = new Set([
  'left', 'right', 'big', 'Big', 'bigg', 'Bigg', 'bigl', 'bigr', 'Bigl', 'Bigr', 'biggl', 'biggr', 'Biggl', 'Biggr',
  'middle', 'displaystyle', 'textstyle', 'scriptstyle', 'limits', 'nolimits', 'cdot', 'times', 'ast', 'quad',
  'qquad', 'enspace', 'thinspace', 'nonumber', 'notag', ',', ';', ':', '!', ' ', '>', 'cdotp', 'centerdot',
]);

/** Commands whose argument is text or a font: `\text{ReLU}` → the word, `\mathbf{m}` → m. */
export const FONTS = new Set([
  'text', 'textrm', 'textit', 'textbf', 'textsf', 'texttt', 'textnormal', 'mathrm', 'mathit', 'mathbf', 'mathsf',
  'mathtt', 'mathcal', 'mathbb', 'mathfrak', 'mathscr', 'boldsymbol', 'bm', 'operatorname', 'operatorname*', 'mbox', 'hbox', 'mathnormal',
]);

/** Commands whose `{…}` argument is a name, never content. */
export const SKIP_ARG = new Set(['color', 'label', 'tag', 'hspace', 'vspace', 'htmlClass', 'htmlId', 'htmlStyle', 'htmlData', 'kern', 'mkern', 'mskip', 'hskip']);

/** Environments that only arrange lines (their rows are parts of the formula). */
export const LAYOUT_ENVS = /^(aligned|align\*?|alignat\*?|gathered|gather\*?|split|equation\*?|multline\*?|eqnarray\*?)$/;

/** Unicode a reader may paste → what it means here. */
const UNICODE: Record<string, string> = {
  '·': '\\cdot', '×': '\\times', '∗': '*', '−': '-', '–': '-', '√': '\\sqrt', '∑': '\\sum', '∏': '\\prod', '∫': '\\int',
  '≤': '\\le', '≥': '\\ge', '≠': '\\neq', '≈': '\\approx', '←': '\\leftarrow', '→': '\\to', '∈': '\\in', '⊙': '\\odot',
  '⊗': '\\otimes', '∞': '\\infty', '∂': '\\partial', '∇': '\\nabla', 'ᵀ': '^\\top', '⊤': '\\top', '²': '^2', '³': '^3',
  '⁻¹': '^{-1}', '‖': '\\|', '∝': '\\propto', '±': '\\pm', '∼': '\\sim', '…': '\\dots', '⋅': '\\cdot',
};

export const OPEN: Record<string, string> = { '(': ')', '[': ']', lbrace: 'rbrace', '{': '}', lfloor: 'rfloor', lceil: 'rceil', langle: 'rangle', lbrack: 'rbrack' };
export const CLOSERS = new Set([')', ']', 'rbrace', '}', 'rfloor', 'rceil', 'rangle', 'rbrack']);


/** Commands, runs of letters, numbers and single characters, each marked when white space precedes it. */
export function tokenize(src: string): Token[] {
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

