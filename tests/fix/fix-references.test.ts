// `check --fix --fix-references` (issue 25): a bare mention that names one equation of the
// document exactly becomes a reference that keeps the author's words; math, code, headings,
// links and existing references are left alone, and a second run changes nothing.
import { describe, expect, it } from 'vitest';
import { fixText } from '../../src/pipeline/fix.js';

const DOC = `# Optimisers

#### 1. Gradient Descent
$\\theta \\leftarrow \\theta - \\eta g$

where:

- $\\theta$ are the parameters
- $\\eta$ is the learning rate, as small as in Equation 2
- $g$ is the gradient

#### 2. Adam Optimizer
$\\theta \\leftarrow \\theta - \\eta m$

where:

- $\\theta$ are the parameters
- $\\eta$ is the learning rate; see the Gradient Descent for the plain step
- $m$ is the first moment, not \`Equation 1\` in code nor $Eq. 1$ in math, and [[1]] already

See Eq. 1 and Equation 9 (there is no equation 9).
`;

describe('--fix-references', () => {
  it('links mentions by number and by name, keeping the words, and nothing else', async () => {
    const r = await fixText({ path: 'content/o.md', text: DOC }, [], { references: true });
    expect(r.counts.reference).toBe(3);
    expect(r.text).toContain('as small as in [[2|Equation 2]]');
    expect(r.text).toContain('see the [[Gradient Descent|Gradient Descent]] for the plain step');
    expect(r.text).toContain('See [[1|Eq. 1]] and Equation 9');
    expect(r.text).toContain('not `Equation 1` in code nor $Eq. 1$ in math, and [[1]] already');
    expect(r.text).toContain('#### 2. Adam Optimizer');
    const again = await fixText({ path: 'content/o.md', text: r.text }, [], { references: true });
    expect(again.text).toBe(r.text);
  });

  it('changes nothing without the flag', async () => {
    const r = await fixText({ path: 'content/o.md', text: DOC }, [], {});
    expect(r.counts.reference).toBe(0);
    expect(r.text).not.toContain('[[2|');
  });
});
