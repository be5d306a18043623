import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCollection } from '../../src/parse/parse.js';
import type { Collection, Diagnostic } from '../../src/types.js';

export const FIXTURES = path.resolve(__dirname, '../fixtures');

export function parseFixture(rel: string): { collection: Collection; diagnostics: Diagnostic[]; text: string } {
  const file = path.join(FIXTURES, rel);
  const text = readFileSync(file, 'utf8');
  return { ...parseCollection({ path: rel, text }), text };
}

/** The text at a diagnostic's line and column, for asserting that positions point at the right character. */
export function textAt(text: string, line: number, column: number, length = 10): string {
  const lines = text.split('\n');
  return (lines[line - 1] ?? '').slice(column - 1, column - 1 + length);
}
