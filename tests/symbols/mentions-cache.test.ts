/**
 * What explains an undefined symbol besides a where-list, the words that name it ("$n$ is …") and a
 * function defined just above (`J(\mathbf{w}) = …`), is found from the build cache on a rebuild: the
 * next build reads, as JSON, which uses the document names and what each formula's left-hand side
 * defines, without parsing the formulas again, and reports exactly what the first build did.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { KeyValueStore } from '../../src/katex/memo.js';
import { jsonStore } from '../helpers/json-store.js';
import type { Diagnostic } from '../../src/types.js';

const path = 'tests/symbols/fixtures/rules/named-in-prose.md';

/** One build's undefined-symbol diagnostics of the fixture, in a fresh module graph (nothing remembered in the process). */
async function checkWith(store: KeyValueStore): Promise<Diagnostic[]> {
  vi.resetModules();
  const memo = await import('../../src/katex/memo.js');
  const { parseCollection } = await import('../../src/parse/parse.js');
  const { validateCollection } = await import('../../src/rules/validate.js');
  memo.useAnalysisStore(store);
  try {
    const text = readFileSync(path, 'utf8');
    const { collection } = parseCollection({ path, text });
    return validateCollection(collection, text).filter((d) => d.ruleId === 'undefined-symbol');
  } finally {
    memo.useAnalysisStore(null);
  }
}

describe('named and defined-above symbols from the build cache', () => {
  it('a second build, reading them from the cache, reports the same diagnostics', async () => {
    const store = jsonStore();
    const first = await checkWith(store);
    expect(store.keys().some((k) => k.startsWith('named-uses\u0000'))).toBe(true);
    expect(store.keys().some((k) => k.startsWith('left-side\u0000'))).toBe(true);
    const second = await checkWith(store);
    expect(second).toEqual(first);
    const messages = first.map((d) => d.message);
    expect(messages.some((m) => m.includes('(named in the text on line 23)'))).toBe(true);
    expect(messages.some((m) => m.includes('(defined by Loss, just above)'))).toBe(true);
  });
});
