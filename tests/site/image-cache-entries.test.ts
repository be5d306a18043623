/**
 * The image cache counts an entry as cached only when it can be read back whole: a build whose
 * every equation is "cached" loads no image tools, so an entry `get` refuses (an older cache
 * format, an image of the wrong size) would leave that equation with no SVG and no card.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImageCache } from '../../src/media/image-cache.js';

const dir = mkdtempSync(path.join(tmpdir(), 'formulary-image-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an image cache entry', () => {
  const cache = new ImageCache(dir);

  it('written by the cache is found and read back', () => {
    cache.set('whole', { svg: '<svg/>', png: new Uint8Array([1, 2, 3]) });
    expect(cache.has('whole')).toBe(true);
    expect(cache.get('whole')?.png.byteLength).toBe(3);
  });

  it('of the older format (an index without the image size) is a miss', () => {
    writeFileSync(path.join(dir, 'old.json'), JSON.stringify({ svg: '<svg/>' }));
    writeFileSync(path.join(dir, 'old.png'), new Uint8Array([1, 2, 3]));
    expect(cache.get('old')).toBeNull();
    expect(cache.has('old')).toBe(false);
  });

  it('whose image is not the size its index names is a miss', () => {
    writeFileSync(path.join(dir, 'short.json'), JSON.stringify({ svg: null, png: 10 }));
    writeFileSync(path.join(dir, 'short.png'), new Uint8Array([1, 2, 3]));
    expect(cache.has('short')).toBe(false);
  });
});
