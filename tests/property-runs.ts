// How many cases a property test generates. `npm test` (CI, every push) runs the lower count;
// `FULL=1 npm test` (the nightly run, or before a release) runs the full one. A variable naming the
// count (FORMULARY_PROPERTY_RUNS, FORMULARY_RENDER_RUNS, FORMULARY_FIX_RUNS) wins over both.
// The properties are the same either way: only the number of generated documents differs.
// Measured on this 2-core machine (CPU time of 50 against 250 cases): a case of the rendering
// property costs about 22 ms, of the fix property 23 ms, of the parse property 10 ms; at 2,000
// cases the three were some 110 s of CPU of every CI run, at 250 they are under 15 s.
const FULL = process.env.FULL === '1';

/** The count from the first variable that is set, else `full` under FULL=1, else `ci`. */
export function propertyRuns(counts: { full: number; ci: number }, ...variables: string[]): number {
  for (const name of variables) {
    const value = process.env[name];
    if (value !== undefined && value !== '') return Number(value);
  }
  return FULL ? counts.full : counts.ci;
}
