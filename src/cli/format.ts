/**
 * Diagnostic output formats: `pretty` (compiler style, grouped by file), `json` (one object),
 * and `github` (GitHub Actions workflow annotations).
 */
import type { Diagnostic } from '../types.js';

export type OutputFormat = 'pretty' | 'json' | 'github';

export interface Counts {
  error: number;
  warning: number;
  info: number;
}

export function countBySeverity(diagnostics: Diagnostic[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function summaryLine(counts: Counts, equations: number, files: number): string {
  const problems = counts.error + counts.warning + counts.info;
  const head = `${plural(equations, 'equation')} in ${plural(files, 'file')}`;
  if (problems === 0) return `✓ ${head}, no problems`;
  return `${head}: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info`;
}

/** `file:line:column  severity  message  rule-id`, grouped by file with a blank line between files. */
export function formatPretty(diagnostics: Diagnostic[]): string {
  const lines: string[] = [];
  let file: string | null = null;
  for (const d of diagnostics) {
    if (file !== null && d.file !== file) lines.push('');
    file = d.file;
    lines.push(`${d.file}:${d.line}:${d.column}  ${d.severity}  ${oneLine(d.message)}  ${d.ruleId}`);
  }
  return lines.join('\n');
}

export function formatJson(diagnostics: Diagnostic[], files: Array<{ file: string; equations: number }>): string {
  return JSON.stringify({ files, diagnostics }, null, 2);
}

/** https://docs.github.com/actions/reference/workflow-commands-for-github-actions */
export function formatGithub(diagnostics: Diagnostic[]): string {
  const level = { error: 'error', warning: 'warning', info: 'notice' } as const;
  return diagnostics
    .map((d) => `::${level[d.severity]} file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${escapeProperty(d.ruleId)}::${escapeData(d.message)}`)
    .join('\n');
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ');
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
