/** Building diagnostics with exact positions. */
import type { Diagnostic, MathSource, Severity } from '../types.js';
import { fileOffsetOf, type LineIndex } from './positions.js';

/** Where diagnostics of one file are reported: the file's name and its line index. */
export interface FileContext {
  file: string;
  lines: LineIndex;
}

/**
 * What a report site names: a rule, whose default severity comes with it (src/rules/<id>.ts).
 * Report sites never write a severity; the config's `rules` change it afterwards.
 */
export interface RuleRef {
  readonly id: string;
  readonly severity: Severity;
}

export function diagnosticAt(ctx: FileContext, offset: number, rule: RuleRef, message: string, equation: string | null): Diagnostic {
  const p = ctx.lines.point(offset);
  return diagnosticAtPoint(ctx.file, p, rule, message, equation);
}

/** A diagnostic at a known line and column (1-based), for reports that are not about a character of a parsed text. */
export function diagnosticAtPoint(file: string, at: { line: number; column: number }, rule: RuleRef, message: string, equation: string | null): Diagnostic {
  return { file, line: at.line, column: at.column, severity: rule.severity, ruleId: rule.id, message, equation };
}

/** A diagnostic at character `i` of a LaTeX string (mapped back through multi-line math and \[...\]). */
export function diagnosticInMath(
  ctx: FileContext,
  math: MathSource,
  i: number,
  rule: RuleRef,
  message: string,
  equation: string | null,
): Diagnostic {
  return diagnosticAt(ctx, fileOffsetOf(math.map, i), rule, message, equation);
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sort by file, line, column, then severity. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      severityOrder[a.severity] - severityOrder[b.severity] ||
      a.ruleId.localeCompare(b.ruleId),
  );
}
