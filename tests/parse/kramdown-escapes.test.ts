// kramdown (Jekyll) protects only `$$…$$`: a bare `\begin{align}` paragraph and a single-dollar
// span are text to it, so it resolves its backslash escapes before MathJax typesets the page
// (issue 24, trial 7 P0). The reader compiles what the page shows: the escapes the author needs
// there (`\left\\{`, `\sum\_{j}`, `\\\\\\`) are no error; other dialects read the text as written.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadProject } from '../../src/pipeline/project.js';
import { kramdownUnescaped } from '../../src/parse/markdown-escapes.js';
import { fileOffsetOf } from '../../src/diagnostics/positions.js';
import { FIXTURES, textAt } from '../core/helpers.js';

const fixture = path.join(FIXTURES, 'reader', 'kramdown-bare-environments.md');
const dir = mkdtempSync(path.join(tmpdir(), 'formulary-kramdown-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a Jekyll post with bare environments', () => {
  it('compiles each environment as kramdown leaves it: no false error, the records hold the LaTeX the page shows', async () => {
    const project = await loadProject([fixture]);
    const text = readFileSync(fixture, 'utf8');
    const equations = project.collections[0]!.collection.equations;
    expect(equations.map((e) => e.slug)).toEqual(['the-objective', 'the-same-in-a-protected-block', 'a-stray-closing-line']);
    expect(equations[0]!.latex).toBe(
      '\\begin{align}\n\\hat{w} &= \\operatorname{argmin} \\left\\{ |t - A w|^2 + \\sum_{j=1}^M \\mu_j |w_j| \\right\\} \\\\\n&= \\operatorname{argmin} \\left\\{ |t - A w|^2 + |D w|_1 \\right\\}\n\\end{align}',
    );
    // `$$` is protected: its `\{` is LaTeX's brace, untouched.
    expect(equations[1]!.latex).toBe('\\mathcal{S} = \\left\\{ j : w_j \\neq 0 \\right\\}');
    const errors = project.diagnostics.filter((d) => d.severity === 'error');
    // The one real defect: a second `\end{align}` with no opening, printed as text on the page and no formula KaTeX can typeset.
    expect(errors.map((d) => [d.line, d.column, d.ruleId, textAt(text, d.line, d.column, 11)])).toEqual([[34, 1, 'katex-error', '\\end{align}']]);
    // `$w\_j$` in the prose is `w_j` on the page: no markdown-escape-in-math.
    expect(project.diagnostics.filter((d) => d.ruleId === 'markdown-escape-in-math')).toEqual([]);
    expect(project.collections[0]!.collection.dialect).toEqual({ dialect: 'kramdown', from: 'front matter' });
  });

  it('reads the same text as written when nothing says kramdown (a bare environment is raw LaTeX to arithmatex, MyST and pandoc)', async () => {
    const file = path.join(dir, 'plain.md');
    writeFileSync(file, readFileSync(fixture, 'utf8').replace(/^---[\s\S]*?---\n/, '# Penalised least squares\n'));
    const project = await loadProject([file]);
    const errors = project.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId);
    expect(errors).toContain('katex-error');
    expect(errors).toContain('markdown-escape-in-math');
  });
});

describe('kramdownUnescaped', () => {
  it("resolves kramdown's escapes pairwise, drops a line-ending `\\\\` (its line break) and keeps LaTeX's own `\\,` `\\%` `\\&` `\\$`", () => {
    const latex = 'a\\_1 \\\\\\{x\\\\\\} \\, 5\\% \\& \\$ \\\\\\\\\\\\\nb';
    const src = kramdownUnescaped({ latex, map: { pieces: [{ at: 0, offset: 100, length: latex.length }] } });
    expect(src.latex).toBe('a_1 \\{x\\} \\, 5\\% \\& \\$ \\\\\nb');
    // Every character still points at its place in the file: the `1` after `\_`, the `b` on the next line.
    expect(fileOffsetOf(src.map, src.latex.indexOf('1'))).toBe(100 + latex.indexOf('1'));
    expect(fileOffsetOf(src.map, src.latex.indexOf('b'))).toBe(100 + latex.indexOf('b'));
  });
});
