/**
 * Where a dev-server save's time goes, for profiling: with FORMULARY_DEV_TIMES=1 in the
 * environment, each step from the watcher's event to the page served is written to stderr as
 * `dev-times +12.3 ms  what` (milliseconds since the change's first event). Off by default,
 * and then nothing is measured.
 */
const on = typeof process !== 'undefined' && process.env.FORMULARY_DEV_TIMES === '1';
let since = 0;

/** A change arrived: times are counted from here. */
export function timesStart(what: string): void {
  if (!on) return;
  since = performance.now();
  process.stderr.write(`dev-times +0.0 ms  ${what}\n`);
}

/** One step done. */
export function timesMark(what: string): void {
  if (!on) return;
  process.stderr.write(`dev-times +${(performance.now() - since).toFixed(1)} ms  ${what}\n`);
}
