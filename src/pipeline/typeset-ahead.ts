/**
 * The formulas a build is about to typeset, in the order validation would (katex/typeset-ahead.ts
 * typesets them on every core first): each file's inline math as validate.ts checks it, within the
 * same per-file budget (katex/limits.ts: past it, nothing more is typeset), then, for the site's
 * search previews, each equation's formula in text style, unless the build cache has the preview
 * already. Display formulas are only parsed by the check (katex/compile.ts): no job.
 */
import { MathBudget } from '../katex/limits.js';
import { isRemembered } from '../katex/memo.js';
import type { AheadJob } from '../katex/typeset-ahead.js';
import type { ParsedFile } from './compose.js';

export function aheadJobs(parsed: ParsedFile[], previews: boolean): AheadJob[] {
  const jobs: AheadJob[] = [];
  for (const { collection } of parsed) {
    const budget = new MathBudget();
    const take = (latex: string, display: boolean, job = true): void => {
      if (budget.take(latex) && job) jobs.push({ latex, display, keep: true });
    };
    for (const s of collection.inlineMath) take(s.latex, false);
    for (const eq of collection.equations) {
      if (eq.latex.trim()) take(eq.latex, true, false);
      for (const s of eq.inlineMath) take(s.latex, false);
      // Parsed, never typeset, but counted by the budget.
      for (const s of eq.overflowMath ?? []) take(s.latex, false, false);
    }
  }
  if (previews) {
    for (const { collection } of parsed) {
      for (const eq of collection.equations) if (eq.latex.trim() && !isRemembered('preview', `I\u0000${eq.latex}`)) jobs.push({ latex: eq.latex, display: false, keep: false });
    }
  }
  return jobs;
}
