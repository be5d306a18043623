// HTML headings on their own line (`<h2 align="center">…</h2>`, attributes and all) are section
// headings: they name the formulas under them and give their position (trial 7, P15), as `##` does.
import { describe, expect, it } from 'vitest';
import { parseFixture } from '../core/helpers.js';
import { htmlHeadings } from '../../src/parse/html-headings.js';

describe('HTML headings', () => {
  it('name and place the records under them; one inside a code fence stays code', () => {
    const { collection } = parseFixture('reader/html-headings.md');
    expect(collection.equations.map((e) => [e.slug, e.name, e.positions.heading.start.line, e.positions.equation?.start.line])).toEqual([
      ['hookes-law', "Hooke's law", 5, 8],
      ['stored-energy', 'Stored energy', 12, 14],
    ]);
    expect(collection.equations[0]!.variables.map((v) => v.symbols[0])).toEqual(['F', 'k', 'x']);
  });

  it('rewrites in place, same length, keeping every other line', () => {
    const text = 'a\n<h4 class="x">Title $t$</h4>\r\nb\n<h2>no close\n';
    const out = htmlHeadings(text);
    expect(out.length).toBe(text.length);
    expect(out.split('\n').map((l) => l.trimEnd())).toEqual(['a', '#### Title $t$', 'b', '<h2>no close', '']);
  });
});
