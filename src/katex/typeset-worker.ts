/**
 * A typesetting worker (tinypool, src/katex/typeset-ahead.ts): typesets a batch of formulas with
 * the same KaTeX, options and trust checks as the main thread (render.ts `typesetNow`) and returns
 * them as one transferred buffer (see `packTypesets`), so nothing is copied string by string.
 */
import { Tinypool } from 'tinypool';
import { packTypesets, type TypesetJob } from './typeset-pack.js';
import { typesetNow } from './render.js';

export default function typesetBatch(jobs: TypesetJob[]): unknown {
  const packed = packTypesets(jobs.map(([latex, display]) => typesetNow(latex, { display })));
  return Tinypool.move(packed);
}
