// A size or style switch at the start of a formula (`\Large`, `\displaystyle`) does not hide what
// the formula defines or uses (trial 1, F11): the lab-report style `$$\Large h_{t+1} = …$$ (2)`.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCollection } from '../../src/parse/parse.js';
import { validateCollection } from '../../src/rules/validate.js';
import { FIXTURES } from '../core/helpers.js';

function warnings(text: string) {
  const { collection } = parseCollection({ path: 'report.md', text });
  return validateCollection(collection, text).filter((d) => d.severity !== 'info').map((d) => `${d.ruleId} ${d.message.split(' ')[0]}`);
}

describe('size and style switches at the start of a formula', () => {
  it('give the same warnings as the formula without them: none for a left-hand side’s shifted members', () => {
    const text = readFileSync(path.join(FIXTURES, 'reader', 'size-switch-lab-report.md'), 'utf8');
    expect(warnings(text)).toEqual([]);
    expect(warnings(text.replace(/\\Large |\\displaystyle /g, ''))).toEqual([]);
  });

  it('still report a symbol nothing defines', () => {
    const text = ['# T', '', '## Step', '', '$$\\large y_{k+1} = y_k + q$$', '', 'where $y$ – output.', ''].join('\n');
    expect(warnings(text)).toEqual(['undefined-symbol $q$']);
  });
});
