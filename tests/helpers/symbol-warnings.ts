// The symbol warnings of a fixture file, as a reader of `formulary check` would list them.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { LineIndex } from '../../src/diagnostics/positions.js';
import { parseCollection } from '../../src/parse/parse.js';
import { checkSymbols } from '../../src/rules/symbols.js';

/** `[equation name, rule, symbol]` of every symbol warning of the file at `path`, checking each points at its symbol. */
export function symbolWarnings(path: string): Array<[string, string, string]> {
  const text = readFileSync(path, 'utf8');
  const { collection } = parseCollection({ path, text });
  const lines = new LineIndex(text);
  const out: Array<[string, string, string]> = [];
  collection.equations.forEach((e, i) => {
    for (const d of checkSymbols(e, collection.equations.slice(0, i), { file: path, lines })) {
      const symbol = /^\$(.*?)\$ is/.exec(d.message)?.[1] ?? '';
      const offset = lines.lineStart(d.line) + d.column - 1;
      expect(text.slice(offset, offset + symbol.length)).toBe(symbol);
      out.push([e.name, d.ruleId, symbol]);
    }
  });
  return out;
}
