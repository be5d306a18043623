/**
 * The CLI bounds how far V8 lets the heap grow between full collections (issue 28: a large
 * build's peak memory is mostly garbage), unless the user's own node flags decide it.
 */
import { describe, expect, it } from 'vitest';
import { HEAP_GROWING_PERCENT, heapGrowthFlag } from '../../src/cli/heap-growth.js';

describe('heap growth between full collections', () => {
  it('is bounded when node runs with no heap flags', () => {
    expect(heapGrowthFlag([], undefined)).toBe(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    expect(heapGrowthFlag(['--enable-source-maps'], '--no-warnings')).toBe(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  });

  it("is left to the user's --heap-growing-percent, in either spelling, on the command line or in NODE_OPTIONS", () => {
    expect(heapGrowthFlag(['--heap-growing-percent=200'], undefined)).toBeNull();
    expect(heapGrowthFlag([], '--heap_growing_percent=10')).toBeNull();
  });

  it('is left to V8 under a heap ceiling the user set (V8 shrinks the factor near it)', () => {
    expect(heapGrowthFlag(['--max-old-space-size=512'], undefined)).toBeNull();
    expect(heapGrowthFlag([], '--max-old-space-size=4096 --no-warnings')).toBeNull();
  });
});
