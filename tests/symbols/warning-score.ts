/**
 * Scores `undefined-symbol`/`unused-symbol` warnings against a hand-written ground truth
 * (`<doc>.expected.json`, `symbolWarnings`: rule, line, and the file text at the warning's
 * column). Shared by the symbol document tests (documents.test.ts, held-out.test.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadProject } from '../../src/pipeline/project.js';
import type { Diagnostic } from '../../src/types.js';

const RULES = new Set(['undefined-symbol', 'unused-symbol']);

export interface Truth {
  ruleId: string;
  line: number;
  text: string;
}

export interface Score {
  doc: string;
  reported: number;
  right: number;
  expected: number;
  found: number;
  wrong: string[];
  missed: string[];
}

export function truthOf(dir: string, doc: string): Truth[] {
  const json = JSON.parse(readFileSync(path.join(dir, doc.replace(/\.md$/, '.expected.json')), 'utf8')) as { symbolWarnings: Truth[] };
  return json.symbolWarnings;
}

const at = (lines: string[], d: Diagnostic, length: number): string => (lines[d.line - 1] ?? '').slice(d.column - 1, d.column - 1 + length);

export async function score(dir: string, doc: string): Promise<Score> {
  const lines = readFileSync(path.join(dir, doc), 'utf8').split(/\r\n|\r|\n/);
  const project = await loadProject([path.join(path.relative(process.cwd(), dir), doc)]);
  const warnings = project.diagnostics.filter((d) => RULES.has(d.ruleId));
  const truth = truthOf(dir, doc);
  const isTrue = (d: Diagnostic, t: Truth) => d.ruleId === t.ruleId && d.line === t.line && at(lines, d, t.text.length) === t.text;
  const wrong = warnings.filter((d) => !truth.some((t) => isTrue(d, t)));
  const missed = truth.filter((t) => !warnings.some((d) => isTrue(d, t)));
  return {
    doc,
    reported: warnings.length,
    right: warnings.length - wrong.length,
    expected: truth.length,
    found: truth.length - missed.length,
    wrong: wrong.map((d) => `${d.line}:${d.column} ${d.ruleId} ${at(lines, d, 16)}`),
    missed: missed.map((t) => `${t.line} ${t.ruleId} ${t.text}`),
  };
}

const pct = (n: number, d: number): string => (d === 0 ? '-' : `${Math.round((100 * n) / d)}%`);

export const sum = (scores: Score[], k: 'reported' | 'right' | 'expected' | 'found'): number => scores.reduce((t, s) => t + s[k], 0);

/** The printed table: per document, then the total. */
export function table(title: string, scores: Score[]): string {
  const rows = scores.map(
    (s) =>
      `${s.doc.padEnd(34)} warn ${String(s.reported).padStart(3)} right ${String(s.right).padStart(3)} prec ${pct(s.right, s.reported).padStart(4)}  ` +
      `truth ${String(s.expected).padStart(3)} found ${String(s.found).padStart(3)} recall ${pct(s.found, s.expected).padStart(4)}` +
      s.wrong.map((w) => `\n    false: ${w}`).join('') +
      s.missed.map((m) => `\n    missed: ${m}`).join(''),
  );
  const total = `${'TOTAL'.padEnd(34)} warn ${sum(scores, 'reported')} right ${sum(scores, 'right')} prec ${pct(sum(scores, 'right'), sum(scores, 'reported'))}  truth ${sum(scores, 'expected')} found ${sum(scores, 'found')} recall ${pct(sum(scores, 'found'), sum(scores, 'expected'))}`;
  return [title, ...rows, total].join('\n');
}
