/**
 * The characters the markdown bounds (bounds.ts) make literal, applied to a text: escaped with a
 * backslash for rendering (offsets shift), or masked to same-length private-use characters for
 * reading (offsets kept) and unmasked in the records read from it. Pure; no I/O.
 */

/** UTF-16 code units → string, in chunks (no per-character strings, no argument-count limit). */
function fromCodes(codes: Uint16Array): string {
  // Node's Buffer decodes UTF-16 natively and keeps lone surrogates (TextDecoder would replace them).
  const buffer = (globalThis as { Buffer?: { from(a: ArrayBuffer, offset: number, length: number): { toString(encoding: string): string } } }).Buffer;
  if (buffer) return buffer.from(codes.buffer as ArrayBuffer, codes.byteOffset, codes.byteLength).toString('utf16le');
  const parts: string[] = [];
  for (let k = 0; k < codes.length; k += 8192) parts.push(String.fromCharCode(...codes.subarray(k, k + 8192)));
  return parts.join('');
}

/** The text with a backslash before each literal character (for rendering: offsets shift). */
export function escapeLiteral(text: string, literal: number[]): string {
  if (literal.length === 0) return text;
  const codes = new Uint16Array(text.length + literal.length);
  let k = 0;
  let next = 0;
  for (let i = 0; i < text.length; i++) {
    if (literal[next] === i) {
      codes[k++] = 0x5c; // backslash
      next++;
    }
    codes[k++] = text.charCodeAt(i);
  }
  return fromCodes(codes);
}

const MASK_BASE = 0xe000;
const MASK_LAST = 0xe07f;
const HAS_MASKED = /[\ue000-\ue07f]/;

/** The text with each literal character swapped for a private-use one (same length, offsets kept). */
export function maskLiteral(text: string, literal: number[]): string {
  if (literal.length === 0) return text;
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  for (const at of literal) codes[at] = MASK_BASE + text.charCodeAt(at);
  return fromCodes(codes);
}

/** Undoes `maskLiteral` in any string taken from the masked text. */
export function unmaskLiteral(s: string): string {
  if (!HAS_MASKED.test(s)) return s;
  // Code by code: a replace() callback per character took 400 MiB on a 6 MiB intro of masked code spans.
  const codes = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    codes[i] = c >= MASK_BASE && c <= MASK_LAST ? c - MASK_BASE : c;
  }
  return fromCodes(codes);
}

/**
 * `unmaskLiteral` applied to every string of plain records made for this call (arrays and plain
 * objects, no cycles), in place: a copy of the 150,000 math records of a flood doubled the parse's
 * peak memory. Returns the same value.
 */
export function unmaskInPlace<T>(value: T): T {
  return mapStringsInPlace(value, unmaskLiteral);
}

/** `fn` applied to every string of plain records (arrays and plain objects, no cycles), in place. Returns the same value. */
export function mapStringsInPlace<T>(value: T, fn: (s: string) => string): T {
  if (typeof value === 'string') return fn(value) as T;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (let k = 0; k < node.length; k++) {
        const v: unknown = node[k];
        if (typeof v === 'string') node[k] = fn(v);
        else if (v && typeof v === 'object') stack.push(v);
      }
    } else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const v = record[key];
        if (typeof v === 'string') record[key] = fn(v);
        else if (v && typeof v === 'object') stack.push(v);
      }
    }
  }
  return value;
}
