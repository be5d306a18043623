import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCollection } from '../../src/parse/parse.js';
import { checkSidecar } from './check-sidecar.js';
import { sidecarPathFor } from '../../src/read/sidecars.js';

const seedPath = 'content/deep-learning-equations.md';
const read = (path: string) => ({ path, text: readFileSync(path, 'utf8') });

describe('the seed’s curated topics sidecar', () => {
  const { collection } = parseCollection(read(seedPath));
  const { topics, diagnostics } = checkSidecar(read(sidecarPathFor(seedPath)), collection);

  it('puts every one of the 100 equations in exactly one topic, with no unknown item', () => {
    expect(collection.equations).toHaveLength(100);
    expect(diagnostics).toEqual([]);
    const listed = topics.flatMap((t) => t.equations);
    expect(listed).toHaveLength(100);
    expect(new Set(listed)).toEqual(new Set(collection.equations.map((e) => e.slug)));
  });

  it('keeps topics between 3 and 12 equations, starting from the mathematical foundations', () => {
    for (const t of topics) expect(t.equations.length, t.title).toBeGreaterThanOrEqual(3);
    for (const t of topics) expect(t.equations.length, t.title).toBeLessThanOrEqual(12);
    expect(topics[0]?.title).toBe('Linear algebra');
    expect(new Set(topics.map((t) => t.slug)).size).toBe(topics.length);
  });
});
