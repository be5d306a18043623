/**
 * Typeset results as one buffer (what a typesetting worker sends back, transferred, not copied):
 * a 4-byte length, the JSON of each result's error, refusals, strict warnings and HTML length
 * (-1: none), then every HTML as UTF-8, one after another.
 */
import type { Typeset } from './render.js';

/** A formula to typeset: its LaTeX and whether in display mode. */
export type TypesetJob = [latex: string, display: boolean];

type Meta = [error: Typeset['error'], refusals: Typeset['refusals'], strict: Typeset['strict'], bytes: number];

export function packTypesets(results: Typeset[]): Uint8Array {
  const htmls = results.map((r) => (r.html === null ? null : Buffer.from(r.html, 'utf8')));
  const meta = Buffer.from(JSON.stringify(results.map((r, i): Meta => [r.error, r.refusals, r.strict, htmls[i]?.length ?? -1])), 'utf8');
  const total = 4 + meta.length + htmls.reduce((n, b) => n + (b?.length ?? 0), 0);
  // Its own memory (not a slice of Node's shared pool), so that it can be transferred.
  const out = Buffer.allocUnsafeSlow(total);
  out.writeUInt32LE(meta.length, 0);
  meta.copy(out, 4);
  let at = 4 + meta.length;
  for (const b of htmls) {
    if (!b) continue;
    b.copy(out, at);
    at += b.length;
  }
  return out;
}

/** Each result's HTML as bytes (a view into `packed`, no copy) with what KaTeX reported. */
export function unpackTypesets(packed: Uint8Array): Array<Omit<Typeset, 'html'> & { html: Buffer | null }> {
  const buf = Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength);
  const metaLength = buf.readUInt32LE(0);
  const meta = JSON.parse(buf.toString('utf8', 4, 4 + metaLength)) as Meta[];
  let at = 4 + metaLength;
  return meta.map(([error, refusals, strict, bytes]) => {
    const html = bytes < 0 ? null : buf.subarray(at, at + bytes);
    if (bytes > 0) at += bytes;
    return { html, error, refusals, strict };
  });
}
