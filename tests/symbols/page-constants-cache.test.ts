/**
 * A page's own `i` (src/symbols/notation.ts withPageConstants) is found from the build cache on a
 * rebuild: the next build reads where each formula uses it from the store, as JSON, without parsing
 * the formula again, and warns exactly as the first build did.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { KeyValueStore } from '../../src/katex/memo.js';
import { jsonStore } from '../helpers/json-store.js';

const path = 'tests/symbols/fixtures/rules/page-constants.md';

/** One build's symbol check of the fixture, in a fresh module graph (nothing remembered in the process). */
async function checkWith(store: KeyValueStore): Promise<unknown[]> {
  vi.resetModules();
  const memo = await import('../../src/katex/memo.js');
  const { parseCollection } = await import('../../src/parse/parse.js');
  const { checkSymbols } = await import('../../src/rules/symbols.js');
  const { pageConstants } = await import('../../src/symbols/notation.js');
  const { LineIndex } = await import('../../src/diagnostics/positions.js');
  memo.useAnalysisStore(store);
  try {
    const text = readFileSync(path, 'utf8');
    const { collection } = parseCollection({ path, text });
    const constants = pageConstants(collection.equations);
    const lines = new LineIndex(text);
    return collection.equations.flatMap((e, i) => checkSymbols(e, collection.equations.slice(0, i), { file: path, lines }, undefined, [], [], constants));
  } finally {
    memo.useAnalysisStore(null);
  }
}

describe("a page's own i from the build cache", () => {
  it('a second build, reading the uses of i from the cache, warns at the same place with the same message', async () => {
    const store = jsonStore();
    const first = await checkWith(store);
    expect(store.keys().some((k) => k.startsWith('page-constants\u0000'))).toBe(true);
    const second = await checkWith(store);
    expect(second).toEqual(first);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ ruleId: 'undefined-symbol', line: 13 });
  });
});
