/**
 * What the markdown bounds (bounds.ts, bounds-inline.ts) collect while they scan the text: the
 * issues, each message once, and the offsets of the characters to read literally.
 */
import { MAX_MATH_SPANS_PER_FILE, tooMuchMathMessage } from '../katex/limits.js';

export type BoundRule = 'nesting-too-deep' | 'markup-too-dense' | 'too-much-math';

export interface BoundIssue {
  /** Offset in the text of the first character concerned. */
  offset: number;
  ruleId: BoundRule;
  message: string;
}

/** A number as the bounds' messages write it (`2,000`). */
export const fmt = (n: number) => n.toLocaleString('en-US');

/** A growable list of integers in a typed array (a 6 MiB paragraph can hold millions of tokens: plain arrays of them took hundreds of MiB). */
/** Shared by every list before its first push: most lists (a paragraph's literal characters…) stay empty. */
const NONE = new Int32Array(0);

export class IntList {
  data = NONE;
  length = 0;

  push(v: number): void {
    if (this.length === this.data.length) {
      // Allocated on the first push: a typed array made for every list was 0.5% of a one-edit rebuild at 10,000 equations.
      const bigger = new Int32Array(Math.max(64, this.data.length * 2));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }

  at(k: number): number {
    return this.data[k]!;
  }
}

export class Collector {
  readonly issues: BoundIssue[] = [];
  readonly literal = new IntList();
  private readonly reported = new Set<string>();
  private mathSpans = 0;

  /** Counts one math span; false (and reported) once the file has too many. */
  math(offset: number): boolean {
    if (++this.mathSpans <= MAX_MATH_SPANS_PER_FILE) return true;
    // Reported once: a flood past the limit must not word the message once per span.
    if (this.mathSpans === MAX_MATH_SPANS_PER_FILE + 1) this.issue('too-much-math', offset, tooMuchMathMessage('spans'));
    return false;
  }

  issue(ruleId: BoundRule, offset: number, message: string): void {
    // Each message belongs to one rule: no key to build (this runs once per masked token).
    if (this.reported.has(message)) return;
    this.reported.add(message);
    this.issues.push({ offset, ruleId, message });
  }

  mark(start: number, length: number): void {
    for (let k = 0; k < length; k++) this.literal.push(start + k);
  }
}
