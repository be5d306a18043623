/**
 * The table that lets search treat `\eta`, `eta` and `η` as one term.
 *
 * Browser-safe (plain data, no imports): shared by the index build and the browser.
 * Every symbol is indexed under its TeX name without the backslash, lower-cased
 * (`\Sigma` and `\sigma` both become `sigma`: readers rarely remember the case).
 * Accents are a suffix on the base's term: `\hat{y}` → `yhat`, `\bar{\theta}` → `thetabar`.
 */

/** Greek letters: TeX name → the glyphs that spell it (lower and upper case, variants). */
const GREEK: Record<string, string> = {
  alpha: 'αΑ',
  beta: 'βΒϐ',
  gamma: 'γΓ',
  delta: 'δΔ',
  epsilon: 'εϵΕ',
  zeta: 'ζΖ',
  eta: 'ηΗ',
  theta: 'θϑΘϴ',
  iota: 'ιΙ',
  kappa: 'κϰΚ',
  lambda: 'λΛ',
  mu: 'μµΜ',
  nu: 'νΝ',
  xi: 'ξΞ',
  omicron: 'οΟ',
  pi: 'πϖΠ',
  rho: 'ρϱΡ',
  sigma: 'σςΣ',
  tau: 'τΤ',
  upsilon: 'υΥϒ',
  phi: 'φϕΦ',
  chi: 'χΧ',
  psi: 'ψΨ',
  omega: 'ωΩ',
};

/** Operators worth finding by symbol: TeX name → glyphs. Everything else structural is dropped. */
const OPERATORS: Record<string, string> = {
  nabla: '∇',
  partial: '∂',
  sum: '∑',
  prod: '∏',
  int: '∫',
  oint: '∮',
  odot: '⊙',
  otimes: '⊗',
  oplus: '⊕',
  sqrt: '√',
  infty: '∞',
  ell: 'ℓ',
  propto: '∝',
  approx: '≈',
  // Named functions: KaTeX writes them as words, readers type them as words.
  log: '',
  ln: '',
  exp: '',
  max: '',
  min: '',
  argmax: '',
  argmin: '',
  sup: '',
  inf: '',
  lim: '',
  det: '',
  tr: '',
  sin: '',
  cos: '',
  tanh: '',
  sinh: '',
  cosh: '',
  softmax: '',
  top: '⊤',
};

/** TeX spellings that mean the same symbol as another name. */
const ALIASES: Record<string, string> = {
  varepsilon: 'epsilon',
  vartheta: 'theta',
  varkappa: 'kappa',
  varpi: 'pi',
  varrho: 'rho',
  varsigma: 'sigma',
  varphi: 'phi',
  Alpha: 'alpha',
  Beta: 'beta',
  Epsilon: 'epsilon',
  Zeta: 'zeta',
  Eta: 'eta',
  Iota: 'iota',
  Kappa: 'kappa',
  Mu: 'mu',
  Nu: 'nu',
  Omicron: 'omicron',
  Rho: 'rho',
  Tau: 'tau',
  Chi: 'chi',
  Upsilon: 'upsilon',
  varGamma: 'gamma',
  varDelta: 'delta',
  varTheta: 'theta',
  varLambda: 'lambda',
  varXi: 'xi',
  varPi: 'pi',
  varSigma: 'sigma',
  varUpsilon: 'upsilon',
  varPhi: 'phi',
  varPsi: 'psi',
  varOmega: 'omega',
  lVert: '',
  transpose: 'top',
  operatornamewithlimits: '',
};

/** Accent commands → the suffix their base gets. */
export const ACCENTS: Record<string, string> = {
  hat: 'hat',
  widehat: 'hat',
  tilde: 'tilde',
  widetilde: 'tilde',
  bar: 'bar',
  overline: 'bar',
  vec: 'vec',
  overrightarrow: 'vec',
  dot: 'dot',
  ddot: 'ddot',
  check: 'check',
  breve: 'breve',
  acute: 'acute',
  grave: 'grave',
};

/** Combining marks (after NFD normalisation) → accent suffix: `ŷ` = y + U+0302 → `yhat`. */
export const COMBINING_ACCENTS: Record<string, string> = {
  '\u0302': 'hat',
  '\u0303': 'tilde',
  '\u0304': 'bar',
  '\u0305': 'bar',
  '\u0307': 'dot',
  '\u0308': 'ddot',
  '\u030C': 'check',
  '\u0306': 'breve',
  '\u0301': 'acute',
  '\u0300': 'grave',
  '\u20D7': 'vec',
};

/** Accent words a reader may type next to a symbol: "y hat", "hat y", "y-hat". */
export const TYPED_ACCENTS: ReadonlySet<string> = new Set(['hat', 'tilde', 'bar', 'vec']);

/** Commands whose arguments are text or fonts: drop the command, index what is inside. */
export const TRANSPARENT_COMMANDS: ReadonlySet<string> = new Set([
  'text', 'textrm', 'textit', 'textbf', 'textsf', 'texttt', 'mathrm', 'mathit', 'mathbf', 'mathsf',
  'mathtt', 'mathcal', 'mathbb', 'mathfrak', 'mathscr', 'boldsymbol', 'bm', 'operatorname', 'mbox',
  'displaystyle', 'textstyle', 'scriptstyle', 'left', 'right', 'big', 'Big', 'bigg', 'Bigg',
  'bigl', 'bigr', 'Bigl', 'Bigr', 'biggl', 'biggr', 'Biggl', 'Biggr', 'limits', 'nolimits',
]);

/** Commands whose first `{…}` argument is a name, not content (`\begin{aligned}`, `\color{red}`). */
export const SKIP_ARGUMENT_COMMANDS: ReadonlySet<string> = new Set([
  'begin', 'end', 'color', 'textcolor', 'colorbox', 'htmlData', 'htmlClass', 'htmlId', 'htmlStyle',
  'label', 'tag', 'href', 'url', 'includegraphics', 'hspace', 'vspace', 'kern', 'mkern', 'rule',
]);

/** TeX command name (no backslash) → its search term, for every command that means a symbol. */
export const COMMAND_TERMS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const name of Object.keys(GREEK)) {
    map.set(name, name);
    map.set(name[0]!.toUpperCase() + name.slice(1), name);
  }
  for (const name of Object.keys(OPERATORS)) map.set(name, name);
  for (const [alias, name] of Object.entries(ALIASES)) if (name) map.set(alias, name);
  return map;
})();

/** A single character glyph → its search term (`η` → `eta`, `∇` → `nabla`). */
export const GLYPH_TERMS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [name, glyphs] of [...Object.entries(GREEK), ...Object.entries(OPERATORS)]) {
    for (const glyph of glyphs) map.set(glyph, name);
  }
  return map;
})();

/** The terms that name a symbol (Greek letters and operators); not fuzzy-matched. */
export const SYMBOL_TERMS: ReadonlySet<string> = new Set([...Object.keys(GREEK), ...Object.keys(OPERATORS)]);


/** TeX command name → the glyph a reader sees (`\eta` → η, `\Sigma` → Σ, `\nabla` → ∇), for plain-text snippets. */
export const COMMAND_GLYPHS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [name, glyphs] of Object.entries(GREEK)) {
    const lower = [...glyphs][0]!;
    map.set(name, lower);
    const upper = [...glyphs].find((g) => g !== lower && g === g.toUpperCase() && g.toLowerCase() === lower);
    if (upper) map.set(name[0]!.toUpperCase() + name.slice(1), upper);
  }
  for (const [name, glyphs] of Object.entries(OPERATORS)) if (glyphs && name !== 'transpose') map.set(name, [...glyphs][0]!);
  return map;
})();
