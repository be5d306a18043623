/**
 * Helpers of the same-length rewrites that run before parsing (preprocess, dollars, containers):
 * code fences, which every rewrite leaves alone, and replacing single characters in place.
 */

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Follows code fences line by line: `enter(line)` says whether the line is code (a fence line counts). */
export class FenceTracker {
  private fence: string | null = null;

  /** True inside a code fence (after its opening line, before its closing one). */
  get inside(): boolean {
    return this.fence !== null;
  }

  /** Reads one line; true when it is inside a fence or is a fence line itself. */
  enter(line: string): boolean {
    const marker = FENCE.exec(line)?.[1];
    if (this.fence) {
      if (marker && marker.startsWith(this.fence[0]!) && marker.length >= this.fence.length && line.trim() === marker) this.fence = null;
      return true;
    }
    if (marker) {
      this.fence = marker;
      return true;
    }
    return false;
  }
}

/** Replaces single characters: `edits` are [offset, character] pairs (any order). Same length. */
export function replaceChars(text: string, edits: Array<readonly [number, string]>): string {
  if (edits.length === 0) return text;
  const sorted = [...edits].sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let from = 0;
  for (const [i, c] of sorted) {
    parts.push(text.slice(from, i), c);
    from = i + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** The index of the first number of `sorted` (ascending) that is `value` or more (its length when none is): a binary search. */
export function firstAtLeast(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when `at` lies in one of `ranges` (sorted, disjoint [start, end) pairs): a binary search. */
export function inRanges(ranges: ReadonlyArray<readonly [number, number]>, at: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = ranges[mid]!;
    if (at < a) hi = mid - 1;
    else if (at >= b) lo = mid + 1;
    else return true;
  }
  return false;
}
