// A notebook's markdown cells are read as one document, and every position points at the
// character inside the notebook's JSON (escapes counted), so annotations land where the author
// would edit (issue 24).
import { describe, expect, it } from 'vitest';
import { notebookMarkdown } from '../../src/read/notebook.js';
import { lineIndexOf } from '../../src/diagnostics/mapped-lines.js';

function read(json: string): { text: string; at: (needle: string) => string } {
  const nb = notebookMarkdown(json);
  if ('error' in nb) throw new Error(nb.error);
  const lines = lineIndexOf({ path: 'n.ipynb', text: nb.text, origin: { text: json, map: nb.map } });
  return {
    text: nb.text,
    at: (needle: string) => {
      const p = lines.point(nb.text.indexOf(needle));
      return `${p.line}:${p.column}`;
    },
  };
}

const NOTEBOOK = `{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "# Waves\\n",
    "\\n",
    "A \\"quoted\\" word, caf\\u00e9."
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [{"output_type": "stream", "name": "stdout", "text": ["$$\\\\bad$$\\n"]}],
   "source": ["x = 1\\n", "print(x)"]
  },
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": "## Speed\\n\\n$$\\nv = \\\\lambda f\\n$$\\n\\nwhere $v$ is the speed."
  }
 ],
 "metadata": {"kernelspec": {"name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
`;

describe('notebookMarkdown', () => {
  it('reads the markdown cells in order, one cell a block, and skips code cells and outputs', () => {
    const { text } = read(NOTEBOOK);
    expect(text).toBe('# Waves\n\nA "quoted" word, café.\n\n## Speed\n\n$$\nv = \\lambda f\n$$\n\nwhere $v$ is the speed.\n\n');
    expect(text).not.toContain('print');
    expect(text).not.toContain('bad');
  });

  it('maps each character to its line and column in the JSON, after escapes', () => {
    const { at } = read(NOTEBOOK);
    expect(at('# Waves')).toBe('7:6');
    // `\\"quoted\\"`: the word starts after the two characters of the escaped quote.
    expect(at('quoted')).toBe('9:10');
    // `caf\\u00e9`: the é is the six characters of its escape, the dot comes after them.
    expect(at('é.')).toBe('9:28');
    expect(at('.\n')).toBe('9:34');
    // One string holding the whole cell: `\\n` escapes are two characters, `\\\\lambda` starts at its first backslash.
    expect(at('## Speed')).toBe('22:15');
    const line22 = NOTEBOOK.split('\n')[21]!;
    expect(at('\\lambda')).toBe(`22:${line22.indexOf('\\\\lambda') + 1}`);
  });

  it('says where the JSON is broken, in one line', () => {
    const nb = notebookMarkdown('{\n "cells": [\n  {"cell_type": "markdown" "source": []}\n ]\n}\n');
    expect(nb).toEqual({ error: expect.stringMatching(/^not valid JSON at line 3, column 28: Expected/) });
  });

  it('refuses JSON that is not a notebook', () => {
    expect(notebookMarkdown('{"name": "package"}')).toEqual({ error: 'not a Jupyter notebook (it has no "cells" list)' });
  });

  it('reads nbformat 3 worksheets', () => {
    const nb = notebookMarkdown('{"worksheets": [{"cells": [{"cell_type": "markdown", "source": ["## A\\n", "$x$"]}]}]}');
    expect('text' in nb && nb.text).toBe('## A\n$x$\n\n');
  });
});
