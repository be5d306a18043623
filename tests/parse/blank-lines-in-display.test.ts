// Blank lines inside display math (issue 24, a false error found on an unseen VitePress page):
// markdown-it-katex/mathjax3, remark-math's `$$` fence, MathJax, Obsidian and kramdown read a
// `$$\begin{array}` … blank line … `\end{array}$$` block as one display. So does the reader, in
// every container, with each error still at its file character; an unclosed display is still
// reported once at its opening and does not swallow the next section; inline `$…$` never spans
// paragraphs.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadProject } from '../../src/pipeline/project.js';
import { parseCollection } from '../../src/parse/parse.js';
import { FIXTURES } from '../core/helpers.js';

async function read(file: string) {
  const full = path.join(FIXTURES, 'reader', file);
  const lines = readFileSync(full, 'utf8').split('\n');
  const project = await loadProject([full]);
  const equations = project.collections[0]!.collection.equations;
  return {
    records: equations.map((e) => ({ name: e.nameText, latex: e.latex, symbols: e.variables.flatMap((v) => v.symbols) })),
    errors: project.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => ({ at: `${d.line}:${d.column}`, rule: d.ruleId, text: lines[d.line - 1]!.slice(d.column - 1, d.column + 11) })),
  };
}

describe('display math with blank lines inside', () => {
  it('is one formula, however it opens and closes', async () => {
    const { records } = await read('display-blank-lines.md');
    expect(records).toEqual([
      { name: 'Array opened on the dollar line', latex: '\\begin{array}{rl}\n\np &= m v \\\\\n\nF &= \\dfrac{dp}{dt}\n\n\\end{array}', symbols: ['p', 'm', 'v', 'F', 't'] },
      { name: 'Fence closed on the last line', latex: '\\begin{aligned}\nW &= F d \\\\\n\nP &= \\frac{W}{t}\n\\end{aligned}', symbols: ['W', 'F', 'd', 'P', 't'] },
      { name: 'Bracket display', latex: 'E = m c^2\n\n\\quad \\text{at rest}', symbols: ['E', 'm', 'c'] },
      // A quoted display presents its formula (trial 3, H5), without the quote's markers; the one in a list item is no record.
      { name: 'Quoted and listed', latex: '\\begin{aligned}\na &= b \\\\\n\nc &= \\badmacro\n\\end{aligned}', symbols: [] },
    ]);
  });

  it('in a blockquote or a list item, reports a real error at its file character past the blank line, and nothing else', async () => {
    const { errors } = await read('display-blank-lines.md');
    // The two planted macros; the prices in two paragraphs ($5, $6) stay text.
    expect(errors).toEqual([
      { at: '55:8', rule: 'katex-error', text: '\\badmacro' },
      { at: '63:9', rule: 'katex-error', text: '\\othermacro' },
    ]);
  });
});

describe('a display that never closes', () => {
  it('is reported once at its opening, even past a blank line, and the next sections read normally', async () => {
    const { records, errors } = await read('display-blank-lines-unclosed.md');
    // Prose after a blank line, a new `$$e = f$$` display, a heading: each ends the search.
    expect(errors).toEqual([
      { at: '5:1', rule: 'unclosed-math', text: '$$\\begin{ali' },
      { at: '21:1', rule: 'unclosed-math', text: '$$\\begin{ali' },
      { at: '28:1', rule: 'unclosed-math', text: '\\[ g = h' },
    ]);
    expect(records.map((r) => [r.name, r.latex])).toEqual([
      ['Next section', 'x = y'],
      ['Another display after a blank line', 'e = f'],
      ['Last section', 'p = q'],
    ]);
  });
});

describe('a display with blank lines in the intro', () => {
  it('stays one formula in the intro the home page renders, with no placeholder left', () => {
    // The equations sit at `####`: under a title whose sections follow as `##`, its display would be a record (trial 5, M2).
    const text = '# Title\n\nIntro with a display:\n\n$$\\begin{array}{c}\na \\\\\n\nb\n\\end{array}$$\n\n#### Eq\n\n$$x = y$$\n';
    const { collection, diagnostics } = parseCollection({ path: 'intro.md', text });
    expect(collection.intro).toBe('Intro with a display:\n\n $\\begin{array}{c}\na \\\\ \nb\n\\end{array}$');
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
