/** Building diagnostics with exact positions. */
import type { Diagnostic, MathSource, Severity } from '../types.js';
import { fileOffsetOf, type LineIndex } from './positions.js';

/** Where diagnostics of one file are reported: the file's name and its line index. */
export interface FileContext {
  file: string;
  lines: LineIndex;
}

export function diagnosticAt(
  ctx: FileContext,
  offset: number,
  severity: Severity,
  ruleId: string,
  message: string,
  equation: string | null,
): Diagnostic {
  const p = ctx.lines.point(offset);
  return { file: ctx.file, line: p.line, column: p.column, severity, ruleId, message, equation };
}

/** A diagnostic at character `i` of a LaTeX string (mapped back through multi-line math and \[...\]). */
export function diagnosticInMath(
  ctx: FileContext,
  math: MathSource,
  i: number,
  severity: Severity,
  ruleId: string,
  message: string,
  equation: string | null,
): Diagnostic {
  return diagnosticAt(ctx, fileOffsetOf(math.map, i), severity, ruleId, message, equation);
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
