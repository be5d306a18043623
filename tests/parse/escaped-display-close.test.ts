// A display whose closing `$$` follows a backslash (`$$S = A n q\$$`, a leftover of `\]` when
// notes are converted from LaTeX): `\$` is a dollar sign for markdown, MathJax and KaTeX alike, so
// the `$$` never closes and the page shows the formula as text. Found on an unseen document where
// `check` said only "no equations" and the build made an empty site. It is an `unclosed-math`
// error at the opening `$$`, saying why; an escaped dollar inside the formula (`\$250`) and a row
// break before the closing `$$` (`\\$$`) are valid math and stay records.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadProject } from '../../src/pipeline/project.js';
import { FIXTURES } from '../core/helpers.js';

const file = path.join(FIXTURES, 'reader', 'display-escaped-close.md');

describe('a display closed by `\\$$`', () => {
  it('is an unclosed-math error at its opening `$$`, at the top level and in a list item', async () => {
    const lines = readFileSync(file, 'utf8').split('\n');
    const project = await loadProject([file]);
    const errors = project.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => ({ at: `${d.line}:${d.column}`, rule: d.ruleId, text: lines[d.line - 1]!.slice(d.column - 1, d.column + 5), message: d.message }));
    expect(errors.map(({ message: _m, ...rest }) => rest)).toEqual([
      { at: '5:1', rule: 'unclosed-math', text: '$$S = ' },
      { at: '16:5', rule: 'unclosed-math', text: '$$B = ' },
    ]);
    for (const e of errors) expect(e.message).toContain('remove that backslash');
  });

  it('leaves valid math with an escaped dollar or a final row break as records', async () => {
    const project = await loadProject([file]);
    const records = project.collections[0]!.collection.equations.map((e) => ({ name: e.nameText, latex: e.latex }));
    expect(records).toEqual([
      { name: 'A price in dollars', latex: 'C = \\$250 \\cdot k' },
      { name: 'Ending in a row break', latex: 'u = v + w \\\\' },
    ]);
  });
});
