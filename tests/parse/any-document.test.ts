// What an unseen document showed (issue 24): a display right after "where:" / "其中：" that only
// defines symbols is their definition, not a new equation; a display of numbers alone is a value,
// not an equation; Chinese and French prose and glosses after a formula define its symbols;
// `$$a$$$$b$$` glued on one line is two formulas, not a KaTeX error.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadProject } from '../../src/pipeline/project.js';
import { FIXTURES } from '../core/helpers.js';

async function read(file: string) {
  const project = await loadProject([path.join(FIXTURES, 'reader', file)]);
  const equations = project.collections[0]!.collection.equations;
  return {
    records: equations.map((e) => ({ name: e.nameText, latex: e.latex, symbols: e.variables.flatMap((v) => v.symbols) })),
    rules: project.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.ruleId),
    errors: project.diagnostics.filter((d) => d.severity === 'error'),
  };
}

describe('a display after a where-introduction', () => {
  it('defines the symbols of a membership list or a := definition, and is no equation of its own', async () => {
    const { records, rules } = await read('where-display-definitions.md');
    expect(records).toEqual([
      { name: 'Projections', latex: 'Q = X W_Q, \\quad K = X W_K', symbols: ['W_Q', 'W_K'] },
      { name: 'Scores', latex: 'S = Q K^\\top', symbols: ['s_{ij}'] },
    ]);
    expect(rules).not.toContain('empty-where-list');
    expect(rules).not.toContain('missing-where-list');
  });

  it('does the same after the Chinese "其中："', async () => {
    const { records, rules } = await read('chinese-prose-definitions.md');
    expect(records.find((r) => r.name === '投影')).toEqual({ name: '投影', latex: 'V = X W_V', symbols: ['W_V'] });
    expect(records).toHaveLength(3);
    expect(rules).not.toContain('empty-where-list');
  });
});

describe('displays of numbers alone', () => {
  it('are values (a vector, a number, a numeric matrix), not equation records', async () => {
    const { records, rules } = await read('value-displays.md');
    expect(records.map((r) => r.latex)).toEqual(['p_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}']);
    expect(rules).toEqual([]);
  });
});

describe('prose definitions in other languages', () => {
  it('reads "$x$ 表示…，$y$ 是…" and "其中 $x$ 为…，$y$ 代表…" after a formula', async () => {
    const { records } = await read('chinese-prose-definitions.md');
    expect(records.slice(0, 2)).toEqual([
      { name: '缩放点积', latex: 'a_{ij} = \\frac{q_i \\cdot k_j}{\\sqrt{d_k}}', symbols: ['a_{ij}', 'd_k'] },
      { name: '输出', latex: 'o_i = \\sum_j s_{ij} v_j', symbols: ['s_{ij}', 'v_j'] },
    ]);
  });

  it('reads a French gloss after two glued displays for both, and an "où $E$ est …" sentence', async () => {
    const { records, errors } = await read('french-glosses.md');
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { name: 'Puissance', latex: '\\Large{P = U I}', symbols: ['P', 'U', 'I'] },
      { name: 'Puissance (2)', latex: '\\large{P = R I^2}', symbols: ['P', 'U', 'I'] },
      { name: 'Énergie', latex: 'E = P \\, \\Delta t', symbols: ['E', '\\Delta t'] },
    ]);
  });
});

describe("MyST's {math} role", () => {
  it('is inline math: it defines, it is typeset in the section content, and its errors are at their column', async () => {
    const project = await loadProject([path.join(FIXTURES, 'reader', 'myst-math-role.md')]);
    const [eq] = project.collections[0]!.collection.equations;
    expect(eq!.variables.map((v) => v.symbols)).toEqual([['s'], ['\\delta']]);
    const content = (eq!.content ?? []).map((b) => b.markdown).join('\n');
    expect(content).toContain('$k^* = s f(k^*) + (1 - \\delta) k^*$');
    expect(content).not.toContain('{math}`k');
    const errors = project.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.ruleId, d.line, d.column])).toEqual([['katex-error', 12, 8]]);
  });
});

describe('worked numeric substitutions', () => {
  it('see through a size command and take a bare unit after a LaTeX space, but `y = 2x` after `y = x` is an equation', async () => {
    const { parseCollection } = await import('../../src/parse/parse.js');
    const text = '# Cards\n\n## Ohm\n\n$$\\LARGE{U = R I}$$\n\n## Example\n\n$$U = 10 \\times 2 = 20\\,V$$\n\n## Lines\n\n$$y = x$$\n\n$$y = 2x$$\n';
    const { collection } = parseCollection({ path: 'cards.md', text });
    expect(collection.equations.map((e) => e.latex)).toEqual(['\\LARGE{U = R I}', 'y = x', 'y = 2x']);
  });
});
