/**
 * A cap on what is listed, like a compiler's -fmax-errors: at most MAX_DIAGNOSTICS_PER_RULE
 * diagnostics of one rule in one file are listed; in their place the rest get one
 * `too-many-diagnostics` line (info) saying how many more of that rule the file has, at the
 * first one left out. Counts, exit codes and `--max-warnings` always count every diagnostic:
 * the cap only shortens the list (a flood of 150,000 `katex-error`s printed 10 MB).
 */
import type { Diagnostic } from '../types.js';
import type { RuleRef } from './diagnostic.js';

export const MAX_DIAGNOSTICS_PER_RULE = 100;

export interface CappedRule {
  file: string;
  ruleId: string;
  /** How many of this rule in this file are not listed. */
  notListed: number;
}

/**
 * The diagnostics to list (sorted as given, summaries in place) and what was left out. `summaryRule` is the
 * rule of the summary lines (`too-many-diagnostics`, src/rules/too-many-diagnostics.ts: ground cannot import it).
 */
export function capDiagnostics(list: Diagnostic[], summaryRule: RuleRef, max = MAX_DIAGNOSTICS_PER_RULE): { listed: Diagnostic[]; capped: CappedRule[] } {
  const seen = new Map<string, number>();
  const summaries = new Map<string, { diagnostic: Diagnostic; rule: CappedRule }>();
  const listed: Diagnostic[] = [];
  for (const d of list) {
    const key = `${d.ruleId}\u0000${d.file}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n <= max || d.ruleId === summaryRule.id) {
      listed.push(d);
      continue;
    }
    const summary = summaries.get(key);
    if (summary) {
      summary.rule.notListed++;
      continue;
    }
    const diagnostic: Diagnostic = { file: d.file, line: d.line, column: d.column, severity: summaryRule.severity, ruleId: summaryRule.id, message: '', equation: null };
    summaries.set(key, { diagnostic, rule: { file: d.file, ruleId: d.ruleId, notListed: 1 } });
    listed.push(diagnostic);
  }
  for (const { diagnostic, rule } of summaries.values()) diagnostic.message = cappedMessage(rule, max);
  return { listed, capped: [...summaries.values()].map((s) => s.rule) };
}

const fmt = (n: number): string => n.toLocaleString('en-US');

function cappedMessage(rule: CappedRule, max: number): string {
  const what = rule.notListed === 1 ? 'diagnostic is' : 'diagnostics are';
  return `${fmt(rule.notListed)} more ${rule.ruleId} ${what} not listed from here on (at most ${fmt(max)} of one rule per file); the counts include them`;
}
