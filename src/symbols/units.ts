/**
 * A statement of units (ISO 80000's `[Q]`, "the unit of Q"): `[R] = \Omega = V/A`, `[F] = N = kg\,m/s^2`,
 * alone or set after the law with a space (`R = V/I \qquad [R] = \Omega = V/A`). Past its `[Q] =` the
 * formula writes units, not quantities (`A` the ampere, `\Omega` the ohm, `S` the siemens), up to the next
 * wide space or the end, so no symbol there is an undefined quantity (trial 6, doc 4). The quantity in
 * the brackets is still one.
 */
const UNIT_STATEMENT = /(?:^|\\q?quad(?![A-Za-z])|,)[\s~]*(?:\\left[\s~]*)?\[[\s~]*[^[\],;]{1,40}?[\s~]*(?:\\right[\s~]*)?\][\s~]*=/g;
const WIDE_SPACE = /\\q?quad(?![A-Za-z])/g;

/** The ranges of `latex` (start, end) that state units after a `[Q] =`; none for any other formula. */
export function unitRanges(latex: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of latex.matchAll(UNIT_STATEMENT)) {
    const start = m.index + m[0].length;
    WIDE_SPACE.lastIndex = start;
    const next = WIDE_SPACE.exec(latex);
    out.push([start, next ? next.index : latex.length]);
  }
  return out;
}
