/**
 * Diagnostic output formats: `pretty` (compiler style, grouped by file), `json` (one object),
 * and `github` (GitHub Actions workflow annotations). Text from content never reaches the
 * terminal raw: control characters are shown escaped (`\x1b`), so a heading cannot retitle the
 * terminal, move the cursor or rewrite a CI log line.
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

/** `1 equation`, `2 equations`. */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

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
    lines.push(`${escapeControl(d.file)}:${d.line}:${d.column}  ${d.severity}  ${escapeControl(oneLine(d.message))}  ${d.ruleId}`);
  }
  return lines.join('\n');
}

export function formatJson(diagnostics: Diagnostic[], files: Array<{ file: string; equations: number }>): string {
  return jsonForTerminal({ files, diagnostics });
}

/**
 * JSON.stringify escapes C0 controls (`\u001b`) but leaves DEL, C1 controls and bidi overrides
 * raw; this escapes those too. The parsed value is the same.
 */
export function jsonForTerminal(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Characters a terminal acts on: C0 controls but tab and newline, DEL, C1 controls, bidi overrides. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from content or from the command line, made safe to print: every control character
 * except tab and newline is shown as `\xNN` (bidi overrides as `\uNNNN`), so it is visible and
 * inert. Apply to everything that is not Formulary's own text before it reaches the terminal.
 */
export function escapeControl(s: string): string {
  return s.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** https://docs.github.com/actions/reference/workflow-commands-for-github-actions */
export function formatGithub(diagnostics: Diagnostic[]): string {
  const level = { error: 'error', warning: 'warning', info: 'notice' } as const;
  return diagnostics
    .map((d) => `::${level[d.severity]} file=${escapeProperty(escapeControl(d.file))},line=${d.line},col=${d.column},title=${escapeProperty(d.ruleId)}::${escapeData(escapeControl(d.message))}`)
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
