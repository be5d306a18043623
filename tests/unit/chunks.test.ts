// Executable chunks of .qmd/.Rmd documents are code whose output only running gives: blanked
// (same length), while display-only code and MyST/Quarto math directives are kept.
import { describe, expect, it } from 'vitest';
import { blankChunks } from '../../src/parse/chunks.js';

const DOC = [
  '```{r setup, include=FALSE}',
  'x <- 2 * $y$',
  '```',
  '',
  '```{python}',
  '#| echo: false',
  'print("$$a$$")',
  '```',
  '',
  '```{.python}',
  'shown = True',
  '```',
  '',
  '```{math}',
  'E = m c^2',
  '```',
  '',
  '````markdown',
  '```{r}',
  'inside an example',
  '```',
  '````',
  '',
].join('\n');

describe('blankChunks', () => {
  const out = blankChunks(DOC);
  it('keeps the length and the line breaks', () => {
    expect(out.length).toBe(DOC.length);
    expect(out.split('\n').length).toBe(DOC.split('\n').length);
  });
  it('blanks {r} and {python} chunks with their options', () => {
    for (const gone of ['include=FALSE', 'x <- 2', '#| echo', 'print', '{python}']) expect(out).not.toContain(gone);
  });
  it('keeps display-only code, {math} directives and chunks shown inside an example fence', () => {
    for (const kept of ['```{.python}\nshown = True\n```', '```{math}\nE = m c^2\n```', '````markdown\n```{r}\ninside an example\n```\n````']) expect(out).toContain(kept);
  });
});
