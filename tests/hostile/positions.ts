// Shared assertion: every diagnostic points at a line of the file and a column on that line
// (one past its end at most, for "at end of line" errors), with a kebab-case rule id.
import { expect } from 'vitest';
import type { Diagnostic } from '../../src/types.js';

export function expectInsideFile(diagnostics: Diagnostic[], text: string): void {
  const lines = text.split('\n');
  for (const d of diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines.length);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeLessThanOrEqual((lines[d.line - 1]?.length ?? 0) + 1);
    expect(d.ruleId).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
  }
}
