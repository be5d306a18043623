/**
 * How far V8 lets the heap grow past what its last full collection kept (issue 28: peak memory).
 *
 * A build's live heap is small next to its peak: at 2,000 equations a full collection keeps
 * 95–140 MB, yet the heap reached 420 MB before the next one, because V8 lets the old space grow
 * up to 4× what the last full collection kept when collecting looks cheap. Most of that growth is
 * the garbage of pages already written. A factor of 1.5 collects it sooner: the peak RSS of that
 * build fell from about 525 to 356 MiB, for more full collections (see README "Performance").
 *
 * The flag is set at run time, before any large allocation; V8 reads it each time it sets the
 * next limit. A user who chose the heap's growth or its ceiling (`--heap-growing-percent`,
 * `--max-old-space-size`, on the command line or in NODE_OPTIONS) keeps V8's own rules: near a
 * ceiling V8 shrinks the factor itself, and a fixed factor would override that.
 */
import { setFlagsFromString } from 'node:v8';

/** The old space may grow by half of what the last full collection kept. */
export const HEAP_GROWING_PERCENT = 50;

const USER_CHOSEN = /--(?:heap[-_]growing[-_]percent|max[-_]old[-_]space[-_]size)\b/;

/** The V8 flag to set, or null when the user's own node flags decide the heap's growth. */
export function heapGrowthFlag(execArgv: readonly string[], nodeOptions: string | undefined): string | null {
  if (execArgv.some((a) => USER_CHOSEN.test(a)) || USER_CHOSEN.test(nodeOptions ?? '')) return null;
  return `--heap-growing-percent=${HEAP_GROWING_PERCENT}`;
}

/** Sets the growth factor for this process (see above); returns the flag set, or null. */
export function boundHeapGrowth(): string | null {
  const flag = heapGrowthFlag(process.execArgv, process.env.NODE_OPTIONS);
  if (flag) setFlagsFromString(flag);
  return flag;
}
