import { describe, expect, it } from 'vitest';
import { LineIndex, fileOffsetOf } from '../../src/diagnostics/positions.js';

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and columns', () => {
    const idx = new LineIndex('ab\ncd\n\nef');
    expect(idx.point(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(idx.point(4)).toEqual({ line: 2, column: 2, offset: 4 });
    expect(idx.point(6)).toEqual({ line: 3, column: 1, offset: 6 });
    expect(idx.point(8)).toEqual({ line: 4, column: 2, offset: 8 });
  });
});

describe('fileOffsetOf', () => {
  it('maps LaTeX offsets through several pieces', () => {
    const map = { pieces: [{ at: 0, offset: 10, length: 3 }, { at: 6, offset: 40, length: 5 }] };
    expect(fileOffsetOf(map, 1)).toBe(11);
    expect(fileOffsetOf(map, 7)).toBe(41);
  });
});
