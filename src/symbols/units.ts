/**
 * A statement of units (ISO 80000's `[Q]`, "the unit of Q"): `[R] = \Omega = V/A`, `[F] = N = kg\,m/s^2`.
 * Past its `[Q] =` the formula writes units, not quantities (`A` the ampere, `\Omega` the ohm, `N` the newton),
 * so no symbol there is an undefined quantity (trial 6, doc 4). The quantity in the brackets is still one.
 */
const UNIT_STATEMENT = /^\s*(?:\\left\s*)?\[\s*[^[\],;]{1,40}?\s*(?:\\right\s*)?\]\s*=/;

/** The offset in `latex` where the units of a `[Q] = …` statement begin, or -1 for any other formula. */
export function unitsStart(latex: string): number {
  const m = UNIT_STATEMENT.exec(latex);
  return m ? m[0].length : -1;
}
