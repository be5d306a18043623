/** The build cache's store (src/cache/typeset-cache.ts): what one build writes the next reads, and nothing stale or broken is ever served. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TypesetCache } from '../../src/cache/typeset-cache.js';

const root = mkdtempSync(join(tmpdir(), 'formulary-typeset-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the build cache store', () => {
  it('serves in the next build what this one stored, and only under the same versions', () => {
    const dir = join(root, 'a');
    const first = new TypesetCache(dir, 'katex 1');
    expect(first.get('x^2')).toBeNull();
    first.set('x^2', { html: '<span>x²</span>', error: null });
    first.set('\\frac', { html: null, error: { offset: 5, message: 'Expected group' } });
    first.flush(true);

    const second = new TypesetCache(dir, 'katex 1');
    expect(second.get('x^2')).toEqual({ html: '<span>x²</span>', error: null });
    expect(second.get('\\frac')).toEqual({ html: null, error: { offset: 5, message: 'Expected group' } });
    expect(second.get('y')).toBeNull();
    second.close();

    const upgraded = new TypesetCache(dir, 'katex 2');
    expect(upgraded.get('x^2')).toBeNull();
    upgraded.close();
  });

  it('serves every value whole, whatever its size and wherever it sits in the segment, in any order', () => {
    // Values are read a block at a time: some end in the next block, some are larger than a block.
    const dir = join(root, 'blocks');
    const first = new TypesetCache(dir, 'v');
    const value = (i: number): string => `${i}:`.padEnd(i % 97 === 0 ? 300_000 + i : 200 + ((i * 7919) % 5000), String.fromCharCode(97 + (i % 26)));
    for (let i = 0; i < 1200; i++) first.set(`key ${i}`, value(i));
    first.flush(true);
    const order = Array.from({ length: 1200 }, (_, i) => i);
    const shuffled = order.map((i) => (i * 613) % 1200);
    for (const pass of [order, shuffled, [...order].reverse()]) {
      const again = new TypesetCache(dir, 'v');
      for (const i of pass) expect(again.get(`key ${i}`)).toBe(value(i));
      expect(again.counts).toEqual({ hits: 1200, misses: 0 });
      again.close();
    }
  });

  it('skips a broken or half-written segment instead of failing', () => {
    const dir = join(root, 'b');
    const c = new TypesetCache(dir, 'v');
    c.set('k', 'value');
    c.flush(true);
    const [idx] = readdirSync(dir).filter((n) => n.endsWith('.idx.json'));
    writeFileSync(join(dir, idx!), '{"format":1,"keys":');
    const again = new TypesetCache(dir, 'v');
    expect(again.get('k')).toBeNull();
    again.close();
  });

  it('treats an index out of step with its segment (keys reversed, lengths off) as misses, and stores the values again', () => {
    const dir = join(root, 'reordered');
    const c = new TypesetCache(dir, 'v');
    c.set('x^2', { html: '<span>x²</span>', error: null });
    c.set('analysis', [['x', 'a variable']]);
    c.set('third', 'three');
    c.flush(true);
    const [idx] = readdirSync(dir).filter((n) => n.endsWith('.idx.json'));
    const meta = JSON.parse(readFileSync(join(dir, idx!), 'utf8'));
    // Valid JSON, the same shape: only the keys reversed, so each names another key's bytes.
    writeFileSync(join(dir, idx!), JSON.stringify({ ...meta, keys: [...meta.keys].reverse() }));
    const again = new TypesetCache(dir, 'v');
    expect(again.get('x^2')).toBeNull();
    expect(again.get('third')).toBeNull();
    // 'analysis' sat in the middle: reversing three keys leaves it in its own place.
    expect(again.get('analysis')).toEqual([['x', 'a variable']]);
    again.set('x^2', { html: '<span>x²</span>', error: null });
    again.flush(true);
    const healed = new TypesetCache(dir, 'v');
    expect(healed.get('x^2')).toEqual({ html: '<span>x²</span>', error: null });
    healed.close();

    // Lengths past the end of the segment, negative offsets, strings for numbers: misses, no throw.
    const dir2 = join(root, 'lengths');
    const d = new TypesetCache(dir2, 'v');
    d.set('a', 'alpha');
    d.set('b', 'beta');
    d.flush(true);
    const [idx2] = readdirSync(dir2).filter((n) => n.endsWith('.idx.json'));
    const meta2 = JSON.parse(readFileSync(join(dir2, idx2!), 'utf8'));
    writeFileSync(join(dir2, idx2!), JSON.stringify({ ...meta2, offsets: [-1, '0'], lengths: [1e9, 3] }));
    const bad = new TypesetCache(dir2, 'v');
    expect(bad.get('a')).toBeNull();
    expect(bad.get('b')).toBeNull();
    bad.close();
  });

  it('drops entries no build uses any more, and leaves no temporary file', () => {
    const dir = join(root, 'c');
    const a = new TypesetCache(dir, 'v');
    for (let i = 0; i < 50; i++) a.set(`old ${i}`, `value ${i}`);
    a.flush(true);
    // A later build uses one old entry and makes one new: most of the cache is dead, so it is rewritten.
    const b = new TypesetCache(dir, 'v');
    expect(b.get('old 7')).toBe('value 7');
    b.set('new', 'fresh');
    b.flush(true);
    expect(readdirSync(dir).filter((n) => n.endsWith('.idx.json'))).toHaveLength(1);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const c = new TypesetCache(dir, 'v');
    expect(c.get('old 7')).toBe('value 7');
    expect(c.get('new')).toBe('fresh');
    expect(c.get('old 8')).toBeNull();
    c.close();
  });

  it('keeps what a partial build (pages kept unrendered) did not look up, and merges its many small segments', () => {
    const dir = join(root, 'd');
    const full = new TypesetCache(dir, 'v');
    for (let i = 0; i < 50; i++) full.set(`page ${i}`, `math ${i}`);
    full.flush(true);
    // Rebuilds that each look up one entry and make one: nothing is dropped, and the segments stay few.
    for (let r = 0; r < 10; r++) {
      const partial = new TypesetCache(dir, 'v');
      expect(partial.get(`page ${r}`)).toBe(`math ${r}`);
      partial.set(`edit ${r}`, `new ${r}`);
      partial.flush(false);
    }
    expect(readdirSync(dir).filter((n) => n.endsWith('.idx.json')).length).toBeLessThanOrEqual(6);
    const after = new TypesetCache(dir, 'v');
    for (let i = 0; i < 50; i++) expect(after.get(`page ${i}`)).toBe(`math ${i}`);
    for (let r = 0; r < 10; r++) expect(after.get(`edit ${r}`)).toBe(`new ${r}`);
    after.close();
  });

  it('writes nothing without a folder (no node_modules, or --no-cache)', () => {
    const none = new TypesetCache(null, 'v');
    none.set('k', 'v');
    expect(none.get('k')).toBeNull();
    none.flush(true);
  });
});
