/**
 * When two where-list meanings of one symbol are different meanings, not two wordings of one:
 * what `conflicting-meaning` and the pages' "also means" notes go by. Stricter than the
 * negation of match.ts `sameMeaning` (made for borrowing, where "the input" ⊂ "the input at time
 * t"): two meanings differ only when they share no specific word at all. Words that only say
 * what kind of thing a symbol is ("number", "matrix", "value") are not specific: "the number of
 * classes" and "the number of tokens" differ, "the momentum hyperparameter" and "the momentum
 * factor" do not. A meaning with no specific word ("vectors", "as before", "as above") is not
 * compared at all: it says too little to contradict anything.
 */
const GENERIC = new Set(
  'number count amount value values term vector matrix tensor scalar function parameter hyperparameter coefficient factor constant variable quantity set size element entry index i-th j-th k-th n-th t-th as before above below defined earlier previous same similar respectively etc e.g i.e'.split(' '),
);

function specific(words: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) if (!GENERIC.has(w) && w.length > 1) out.add(w);
  return out;
}

/** True when the two meanings (match.ts `meaningWords`) share no specific word and each has one. */
export function distinctMeanings(a: Set<string>, b: Set<string>): boolean {
  const sa = specific(a);
  const sb = specific(b);
  if (sa.size === 0 || sb.size === 0) return false;
  for (const w of sa) if (sb.has(w)) return false;
  return true;
}
