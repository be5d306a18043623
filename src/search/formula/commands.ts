/**
 * What a TeX command becomes in formula search's layout tree: groups (`\left(`, `\{`), fractions,
 * roots, accents, font and text commands (`\mathrm{softmax}` → its word), environments,
 * transpose marks, operators, functions and symbols; spacing and sizing commands vanish.
 * The parser (search/formula/parse.ts) hands each command token here with the reading steps its
 * arguments need. Browser-safe.
 */
import { ACCENTS, COMMAND_TERMS } from '../tex-terms.js';
import { atom, fraction, unwrap, wordAtom, type Atom } from './atoms.js';
import { DROPPED, FONTS, FUNCTIONS, LAYOUT_ENVS, OPEN, OPERATORS, SKIP_ARG, type Token } from './tokens.js';

/** The parser's reading steps a command's arguments need (search/formula/parse.ts's Parser). */
export interface ArgumentReader {
  /** The next token's index. */
  i: number;
  peek(): Token | undefined;
  /** One argument: a `{…}` group's atoms, or the next atom. */
  argument(): Atom[];
  /** `{name}` as raw text. */
  rawGroup(): string;
  /** Atoms up to (and consuming) one of `stops` or the end. */
  rowUntil(stops: ReadonlySet<string>): Atom[];
  /** A text argument that is no word, read as a formula one level deeper. */
  textAtoms(text: string): Atom[];
}

/** Reads the command token `tok` (already consumed) and its arguments into `row`. */
export function commandInto(r: ArgumentReader, tok: Token, row: Atom[]): void {
  const name = tok.v;
  if (OPEN[name] && name !== '(' && name !== '[' && name !== '{') {
    const inner = r.rowUntil(new Set([OPEN[name]!]));
    row.push(atom('P', tok.sp, 'P', [['@', inner]]));
    return;
  }
  if (name === '{') {
    const inner = r.rowUntil(new Set(['}']));
    row.push(atom('P', tok.sp, 'P', [['@', inner]]));
    return;
  }
  if (name === 'left' || /^[Bb]igg?l?$/.test(name) || name === 'middle') {
    const next = r.peek();
    if (next && next.v === '.') r.i++;
    return;
  }
  if (DROPPED.has(name)) return;
  if (name === 'frac' || name === 'dfrac' || name === 'tfrac' || name === 'cfrac') {
    const num = r.argument();
    const den = r.argument();
    row.push(fraction(num, den, tok.sp));
    return;
  }
  if (name === 'sqrt') {
    if (r.peek()?.v === '[') {
      r.i++;
      r.rowUntil(new Set([']']));
    }
    row.push(atom('R', tok.sp, 'R', [['@', unwrap(r.argument())]]));
    return;
  }
  const accent = ACCENTS[name];
  if (accent) {
    const inner = r.argument();
    if (inner.length === 1) {
      inner[0]!.accent = accent;
      inner[0]!.sp = tok.sp;
    }
    for (const a of inner) row.push(a);
    return;
  }
  if (FONTS.has(name)) {
    const text = r.rawGroup();
    const word = text.replace(/\\[,;! ]|\s/g, '');
    if (/^[A-Za-z]{2,}$/.test(word) || /^[A-Za-z]+(?:[_-][A-Za-z]+)+$/.test(word.replace(/\\_/g, '_'))) row.push(wordAtom(word.replace(/\\_/g, '_'), tok.sp));
    else for (const a of r.textAtoms(text)) row.push(a);
    return;
  }
  if (SKIP_ARG.has(name)) {
    r.rawGroup();
    return;
  }
  if (name === 'begin') {
    const env = r.rawGroup();
    if (/array|tabular/.test(env)) r.rawGroup();
    const inner = r.rowUntil(new Set<string>());
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
