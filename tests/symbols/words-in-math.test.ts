// Chinese or Japanese words written inside math (`$$m \longrightarrow 样本数$$`, trial finding
// F14): one katex-strict warning for the formula, not one per character, and no character of
// the word taken for an undefined symbol.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadProject } from '../../src/pipeline/project.js';
import { FIXTURES } from '../core/helpers.js';

describe('words of other scripts inside math', () => {
  it('are one katex-strict warning per formula and no symbol', async () => {
    const project = await loadProject([path.join(FIXTURES, 'reader', 'words-in-math.md')]);
    expect(project.diagnostics.filter((d) => d.severity !== 'info').map((d) => [d.ruleId, d.line, d.column, d.message])).toEqual([
      ['katex-strict', 5, 21, 'Unicode text character "样" used in math mode (unicodeTextInMathMode), and 2 more like it in this formula'],
    ]);
  });
});
