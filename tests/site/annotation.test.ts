// The MathML annotation (what copy-paste and assistive tools read) carries the author's LaTeX,
// never the linker's \htmlData wrappers.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCollection } from '../../src/parse/parse.js';
import { linkLatex } from '../../src/symbols/link.js';
import { renderMath } from '../../src/katex/render.js';

const text = readFileSync(path.resolve(__dirname, '../../content/deep-learning-equations.md'), 'utf8');
const { collection } = parseCollection({ path: 'seed.md', text });

describe('linked equations', () => {
  it('keep the original LaTeX in the MathML annotation', () => {
    const adam = collection.equations[16]!;
    const linked = linkLatex(adam, collection.equations.slice(0, 16));
    expect(linked.latex).toContain('\\htmlData');
    const html = renderMath(linked.latex, { display: true, allowLinks: true, annotation: adam.latex });
    const annotation = /<annotation encoding="application\/x-tex">([\s\S]*?)<\/annotation>/.exec(html)![1]!;
    expect(annotation).not.toContain('htmlData');
    expect(annotation).toContain('\\beta_1 m + (1 - \\beta_1)');
    expect(html).toContain('data-var=');
  });
});
