/** Hand-built collections for the topics tests (only the fields topics use are meaningful). */
import type { Collection, Equation, Point } from '../../src/types.js';

function point(line: number, column = 1): Point {
  return { line, column, offset: 0 };
}

/** An equation whose heading is on `line` of the markdown file. */
export function equation(number: number | null, name: string, line: number, group: string | null = null): Equation {
  return {
    // A local slug, so these tests do not depend on the site's slug rules.
    slug: name.toLowerCase().replace(/[’']/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''),
    number,
    name,
    nameText: name.replace(/\$/g, ''),
    latex: '',
    latexMap: { pieces: [] },
    display: 'dollar',
    group,
    headingLevel: 4,
    variables: [],
    notes: [],
    inlineMath: [],
    positions: { heading: { start: point(line), end: point(line, 40) }, equation: null, whereList: null },
  };
}

export function collection(equations: Equation[], sourceFile = 'content/sample.md'): Collection {
  return { title: 'Sample', intro: '', preamble: '', sourceFile, equations, inlineMath: [] };
}

/** Five equations, like the seed's headings, on lines 10, 20, … of content/sample.md. */
export function sampleCollection(): Collection {
  return collection([
    equation(1, 'Mean Squared Error (MSE)', 10),
    equation(2, 'Cross-Entropy Loss (Binary)', 20),
    equation(4, 'Softmax Function', 30),
    equation(17, 'Adam Optimizer', 40),
    equation(23, 'Coefficient of Determination ($R^2$)', 50),
    equation(64, 'Bayes’ Rule', 60),
  ]);
}
