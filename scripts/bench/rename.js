// Consistent letter renaming for the benchmark's distinct copies: copy k of an equation
// gets its letters renamed by one bijection, in the equation, its where-list, its name's
// math and its inline math alike, so every copy is valid LaTeX, keeps its structure and
// its where-list still names the symbols of its equation. Pure and deterministic.
//
// Never renamed: command names (`\frac`, `\theta`), the arguments of text-like and
// font-of-a-constant commands (`\text{ReLU}`, `\mathbb{E}`, `\mathcal{N}`, `\begin{cases}`),
// and `e` (Euler's number keeps its meaning).

/** Commands whose (first) braced argument is words or a name, not math letters. */
const VERBATIM_ARGUMENT = new Set([
  'text', 'textrm', 'textbf', 'textit', 'textsf', 'texttt', 'textnormal', 'mbox', 'hbox',
  'mathrm', 'operatorname', 'mathbb', 'mathcal', 'mathfrak', 'mathscr', 'mathsf', 'mathtt',
  'begin', 'end', 'color', 'textcolor', 'colorbox', 'label', 'tag', 'ce', 'pu',
  'hspace', 'vspace', 'kern', 'mkern', 'rule', 'htmlData', 'htmlClass', 'htmlId', 'htmlStyle',
]);

/** The letters a copy may rename: every ASCII letter but `e` and `E`. */
const LOWER = 'abcdfghijklmnopqrstuvwxyz';
const UPPER = 'ABCDFGHIJKLMNOPQRSTUVWXYZ';
/** Multipliers of the affine maps i ↦ a·i + b (mod 25): the units of ℤ/25. */
const UNITS = [1, 2, 3, 4, 6, 7, 8, 9, 11, 12, 13, 14, 16, 17, 18, 19, 21, 22, 23, 24];
/** Distinct plain-letter bijections: 25 shifts × case flip × 20 multipliers. */
export const VARIANTS = LOWER.length * 2 * UNITS.length;

/**
 * The renaming of copy `k` (k = 0 is the identity, returned as null): letter number i
 * (0..24 in `a…z` without `e`) becomes number `a·i + b mod 25`, with the shift b = k mod 25,
 * the case flipped for odd ⌊k/25⌋ and the multiplier a = UNITS[⌊k/50⌋ mod 20]. That gives
 * 1,000 distinct bijections onto plain letters (copies 1–99 are shifts and flips); copies
 * past 1,000 repeat them with k ÷ 1000 primes (`x` → `{x'}`), which symbol analysis reads as
 * other symbols but KaTeX compiles all the same.
 * @param {number} k
 * @returns {((letter: string) => string) | null}
 */
export function renamingFor(k) {
  if (k === 0) return null;
  const shift = k % LOWER.length;
  const flip = Math.floor(k / LOWER.length) % 2 === 1;
  const times = UNITS[Math.floor(k / (LOWER.length * 2)) % UNITS.length];
  const primes = Math.floor(k / VARIANTS);
  return (letter) => {
    const isLower = letter >= 'a' && letter <= 'z';
    const alphabet = isLower ? LOWER : UPPER;
    const i = alphabet.indexOf(letter);
    if (i < 0) return letter; // `e`, `E`
    let out = alphabet[(times * i + shift) % alphabet.length];
    if (flip) out = isLower ? out.toUpperCase() : out.toLowerCase();
    return primes === 0 ? out : `{${out}${"'".repeat(primes)}}`;
  };
}

/**
 * Renames the letters of one LaTeX string. `\\` and other control symbols are kept, control
 * words are kept, and the braced argument of a VERBATIM_ARGUMENT command is copied as is
 * (with `\begin{array}` the column spec too).
 * @param {string} latex
 * @param {(letter: string) => string} rename
 */
export function renameLatex(latex, rename) {
  let out = '';
  let i = 0;
  const n = latex.length;
  /** Copies a balanced `{…}` group starting at i (or nothing when there is none). */
  const copyGroup = () => {
    let j = i;
    while (j < n && /\s/.test(latex[j])) j++;
    if (latex[j] !== '{') return;
    let depth = 0;
    for (; j < n; j++) {
      if (latex[j] === '\\') { j++; continue; }
      if (latex[j] === '{') depth++;
      else if (latex[j] === '}' && --depth === 0) { j++; break; }
    }
    out += latex.slice(i, j);
    i = j;
  };
  while (i < n) {
    const c = latex[i];
    if (c === '\\') {
      const m = /^\\([a-zA-Z]+)\*?/.exec(latex.slice(i, i + 40));
      if (!m) { out += latex.slice(i, i + 2); i += 2; continue; }
      out += m[0];
      i += m[0].length;
      if (VERBATIM_ARGUMENT.has(m[1])) {
        const before = i;
        copyGroup();
        if (m[1] === 'begin' && /^\s*\{(array|tabular|alignat|alignedat)\}/.test(latex.slice(before, i))) copyGroup();
        if (m[1] === 'textcolor') copyGroup(); // the colour, then the text
      }
      continue;
    }
    out += /[a-zA-Z]/.test(c) ? rename(c) : c;
    i++;
  }
  return out;
}

/**
 * Renames every math span of a markdown fragment: `$$…$$`, `$…$`, `\[…\]` and `\(…\)`.
 * Prose outside math is untouched.
 * @param {string} markdown
 * @param {(letter: string) => string} rename
 */
export function renameMath(markdown, rename) {
  let out = '';
  let i = 0;
  for (const span of mathSpans(markdown)) {
    out += markdown.slice(i, span.start) + renameLatex(span.latex, rename);
    i = span.end;
  }
  return out + markdown.slice(i);
}

/**
 * The LaTeX of each math span, in order: `{ start, end }` delimit the LaTeX (inside the
 * delimiters). Escaped dollars (`\$`) do not open or close.
 * @param {string} text
 * @returns {Array<{ start: number, end: number, latex: string, display: boolean }>}
 */
export function mathSpans(text) {
  const spans = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    let open = null;
    let close = null;
    if (c === '\\' && (text[i + 1] === '[' || text[i + 1] === '(')) {
      open = 2;
      close = text[i + 1] === '[' ? '\\]' : '\\)';
    } else if (c === '\\') {
      i += 2;
      continue;
    } else if (c === '$') {
      open = text[i + 1] === '$' ? 2 : 1;
      close = open === 2 ? '$$' : '$';
    }
    if (open === null) { i++; continue; }
    const start = i + open;
    let at = start;
    for (;;) {
      at = text.indexOf(close, at);
      if (at < 0 || close.startsWith('\\') || text[at - 1] !== '\\') break;
      at += 1;
    }
    if (at < 0) { i = start; continue; }
    spans.push({ start, end: at, latex: text.slice(start, at), display: close !== '$' && close !== '\\)' });
    i = at + close.length;
  }
  return spans;
}
