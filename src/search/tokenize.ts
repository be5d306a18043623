/**
 * A TeX-aware tokenizer: turns names, where-list prose with `$…$` math, raw TeX and typed
 * queries into the same terms, so `\eta`, `eta` and `η` meet in the index as `eta`.
 *
 * Browser-safe (no imports but the data table). One scanner serves both sides; `query`
 * mode differs only where a reader types differently from a source file (see below).
 */
import {
  ACCENTS,
  COMBINING_ACCENTS,
  COMMAND_TERMS,
  GLYPH_TERMS,
  SKIP_ARGUMENT_COMMANDS,
  SYMBOL_TERMS,
  TRANSPARENT_COMMANDS,
  TYPED_ACCENTS,
} from './tex-terms.js';
import { needsSegmenting, segmentWords } from './segment.js';

export interface TokenizeOptions {
  /** Start in math mode (a field holding raw TeX) instead of text mode (`$` toggles). */
  math?: boolean;
  /**
   * A reader's query: unknown `\commands` are kept as words (so `\et` prefix-matches `eta`
   * while typing), "y hat"/"hat y" merge into `yhat`, and hyphenated words are not joined
   * (the index holds the parts and the joined form; AND over the parts is enough).
   */
  query?: boolean;
}

/** Commands whose argument is prose: scanned in text mode, so `\text{MSE}` is one word. */
const TEXT_ARGUMENT = /^(text|textrm|textit|textbf|textsf|texttt|mbox|operatorname|mathrm)$/;
const LETTER = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const DIGITS = /^\p{N}+$/u;

interface Scan {
  s: string;
  i: number;
}

function skipSpaces(sc: Scan): void {
  while (sc.i < sc.s.length && /\s/.test(sc.s[sc.i]!)) sc.i++;
}

/** Reads a balanced `{…}` group at sc.i (sc.i on `{`); returns its inside. */
function readGroup(sc: Scan): string {
  let depth = 0;
  const start = sc.i + 1;
  for (; sc.i < sc.s.length; sc.i++) {
    const c = sc.s[sc.i];
    if (c === '\\') sc.i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return sc.s.slice(start, sc.i++);
  }
  return sc.s.slice(start);
}

/** Reads one macro argument: a group, a command, or one character. */
function readArgument(sc: Scan): string {
  skipSpaces(sc);
  const c = sc.s[sc.i];
  if (c === undefined) return '';
  if (c === '{') return readGroup(sc);
  if (c === '\\') {
    const m = /^\\([A-Za-z]+|.)/.exec(sc.s.slice(sc.i, sc.i + 40));
    const text = m ? m[0] : '\\';
    sc.i += text.length;
    return text;
  }
  sc.i++;
  return c;
}

/** Terms of one run of letters/digits/marks (already NFD). */
function runTerms(run: string, math: boolean, out: string[]): void {
  if (needsSegmenting(run)) {
    // Chinese, Japanese, Thai…: the segmenter's words, composed again (kana keep their voicing marks).
    for (const word of segmentWords(run)) {
      if (needsSegmenting(word)) out.push(word.toLowerCase());
      else runTerms(word.normalize('NFD'), math, out);
    }
    return;
  }
  const base = [...run.replace(/\p{M}/gu, '')];
  if (base.length === 1) {
    const glyph = base[0]!;
    const term = GLYPH_TERMS.get(glyph) ?? glyph.toLowerCase();
    // A lone symbol with combining accents: ŷ → yhat.
    let suffix = '';
    for (const ch of run) if (COMBINING_ACCENTS[ch]) suffix += COMBINING_ACCENTS[ch];
    if (!DIGITS.test(term)) out.push(term + suffix);
    return;
  }
  // Greek glyphs inside a run are symbols of their own; the rest stays a word.
  let word = '';
  const flush = (): void => {
    if (!word) return;
    const lower = word.toLowerCase();
    if (!DIGITS.test(lower)) {
      out.push(lower);
      // In math, letters side by side are separate symbols (QK^T has Q and K).
      if (math) for (const ch of new Set(lower)) if (!/\p{N}/u.test(ch)) out.push(ch);
    }
    word = '';
  };
  for (const ch of base) {
    const term = GLYPH_TERMS.get(ch);
    if (term) {
      flush();
      out.push(term);
    } else word += ch;
  }
  flush();
}

function scan(sc: Scan, math: boolean, opts: TokenizeOptions, out: string[]): void {
  const { s } = sc;
  while (sc.i < s.length) {
    const c = s[sc.i]!;
    if (c === '$') {
      math = !math;
      sc.i++;
      continue;
    }
    if (c === '\\') {
      const m = /^\\([A-Za-z]+|.?)/.exec(s.slice(sc.i, sc.i + 40))!;
      const name = m[1]!;
      sc.i += m[0].length;
      if (name === '(' || name === '[') math = true;
      else if (name === ')' || name === ']') math = opts.math ?? false;
      if (!/^[A-Za-z]+$/.test(name)) continue;
      const accent = ACCENTS[name];
      if (accent) {
        const inner: string[] = [];
        scan({ s: readArgument(sc), i: 0 }, true, opts, inner);
        if (inner.length === 1) out.push(inner[0] + accent);
        else for (const t of inner) out.push(t);
        continue;
      }
      if (SKIP_ARGUMENT_COMMANDS.has(name)) {
        skipSpaces(sc);
        if (s[sc.i] === '{') readGroup(sc);
        continue;
      }
      if (TEXT_ARGUMENT.test(name)) {
        skipSpaces(sc);
        if (s[sc.i] === '{') scan({ s: readGroup(sc), i: 0 }, false, opts, out);
        continue;
      }
      if (TRANSPARENT_COMMANDS.has(name)) continue;
      const term = COMMAND_TERMS.get(name);
      if (term) out.push(term);
      else if (opts.query) out.push(name.toLowerCase());
      continue;
    }
    if (LETTER.test(c)) {
      let j = sc.i + 1;
      while (j < s.length && (LETTER.test(s[j]!) || MARK.test(s[j]!))) j++;
      const run = s.slice(sc.i, j);
      // Hyphenated words in prose ("Cross-Entropy"): the parts, plus the joined form in the index.
      if (!math && s[j] === '-' && j + 1 < s.length && LETTER.test(s[j + 1]!)) {
        let k = j + 1;
        while (k < s.length && (LETTER.test(s[k]!) || MARK.test(s[k]!) || (s[k] === '-' && LETTER.test(s[k + 1] ?? '')))) k++;
        const compound = s.slice(sc.i, k);
        for (const part of compound.split('-')) runTerms(part, false, out);
        if (!opts.query) {
          const joined = compound.replace(/-/g, '').replace(/\p{M}/gu, '').toLowerCase();
          out.push(joined);
        }
        sc.i = k;
        continue;
      }
      runTerms(run, math, out);
      sc.i = j;
      continue;
    }
    const glyph = GLYPH_TERMS.get(c);
    if (glyph) {
      let suffix = '';
      let j = sc.i + 1;
      for (; j < s.length && MARK.test(s[j]!); j++) suffix += COMBINING_ACCENTS[s[j]!] ?? '';
      out.push(glyph + suffix);
      sc.i = j;
      continue;
    }
    sc.i++;
  }
}

/** Whether a term can carry a typed accent: one letter, or a Greek name. */
function isSymbol(term: string | undefined): term is string {
  return term !== undefined && (/^\p{L}$/u.test(term) || SYMBOL_TERMS.has(term));
}

/** In a query, "y hat", "hat y" and "y-hat" mean `\hat{y}`: merge into `yhat`. */
function mergeTypedAccents(tokens: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (TYPED_ACCENTS.has(t)) {
      const prev = out[out.length - 1];
      if (isSymbol(prev)) {
        out[out.length - 1] = prev + t;
        continue;
      }
      const next = tokens[k + 1];
      if (isSymbol(next)) {
        out.push(next + t);
        k++;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

/** Tokens of a string, lower-cased and canonical (Greek as names, accents as suffixes). */
export function texTokens(text: string, opts: TokenizeOptions = {}): string[] {
  const out: string[] = [];
  scan({ s: text.normalize('NFD'), i: 0 }, opts.math ?? false, opts, out);
  return opts.query ? mergeTypedAccents(out) : out;
}

/**
 * Initials of a name's capitalised words, outside parentheses and math
 * ("Nesterov Accelerated Gradient" → "nag"), so acronyms the source never spells out still match.
 */
export function acronymOf(name: string): string | null {
  const plain = name.replace(/\$[^$]*\$/g, ' ').replace(/\([^)]*\)/g, ' ');
  const words = plain.split(/[\s\-–—/]+/).filter((w) => /^[A-Z][A-Za-z]/.test(w));
  if (words.length < 2 || words.length > 5) return null;
  return words.map((w) => w[0]!.toLowerCase()).join('');
}
