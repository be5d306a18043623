// Place 1 of 7, `check`: KaTeX compiles each formula with the collection's macros expanded; an
// error inside a macro's argument keeps its own column; a looping macro is one error, at its call.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadProject } from '../../src/pipeline/project.js';
import { CONFIG_MACROS, MACRO_FIXTURES } from './helpers.js';

const file = (name: string): string => path.join(MACRO_FIXTURES, `${name}.md`);
const shown = (ds: Array<{ line: number; column: number; ruleId: string; message: string }>): string[] => ds.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`);

describe('check with macros', () => {
  it('compiles every formula with the config and preamble macros: no diagnostics', async () => {
    const project = await loadProject([file('mechanics')], process.cwd(), { macros: CONFIG_MACROS });
    expect(shown(project.diagnostics)).toEqual([]);
  });

  it("without the config's macros, reports each unknown one where it is written", async () => {
    const project = await loadProject([file('mechanics')], process.cwd(), {});
    const errors = project.diagnostics.filter((d) => d.ruleId === 'katex-error');
    expect(shown(errors)).toEqual(['14:13 katex-error Undefined control sequence: \\deriv', '22:6 katex-error Undefined control sequence: \\half']);
  });

  it('stops a macro that calls itself with one error at its call', async () => {
    const project = await loadProject([file('looping')], process.cwd(), {});
    const errors = project.diagnostics.filter((d) => d.severity === 'error');
    expect(shown(errors)).toEqual(['8:6 katex-error More than 1,000 macro expansions from `\\again`: a macro that calls itself, or one used too often in this formula']);
  });

  it('reports an error inside an argument at its own column', async () => {
    const { parseCollection } = await import('../../src/parse/parse.js');
    const { validateCollection } = await import('../../src/rules/validate.js');
    const { LineIndex } = await import('../../src/diagnostics/positions.js');
    const text = '# T\n\n$$\\newcommand{\\vect}[1]{\\mathbf{#1}}$$\n\n#### 1. V\n$v = \\vect{\\nope}$\n\nwhere:\n\n- $v$ is the speed\n';
    const { collection } = parseCollection({ path: 't.md', text });
    const ds = validateCollection(collection, text, new LineIndex(text)).filter((d) => d.ruleId === 'katex-error');
    expect(shown(ds)).toEqual(['6:12 katex-error Undefined control sequence: \\nope']);
  });
});
