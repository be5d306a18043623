// An entry of a defined vector keeps the vector's accent (trial 2, G13): `\hat{y}_j` of a defined
// `\hat{\mathbf{y}}` is no undefined symbol, and the vector is used.
import { describe, expect, it } from 'vitest';
import { parseCollection } from '../../src/parse/parse.js';
import { validateCollection } from '../../src/rules/validate.js';

describe('entries of an accented vector', () => {
  it('are the vector’s own: no undefined-symbol, no unused-symbol', () => {
    const text = ['# T', '', '## Cross-entropy', '', '$$L = -\\sum_j y_j \\log \\hat{y}_j$$', '', 'where:', '', '- $L$ is the loss', '- $\\mathbf{y}$ is the one-hot label vector', '- $\\hat{\\mathbf{y}}$ is the predicted distribution', ''].join('\n');
    const { collection } = parseCollection({ path: 'notes.md', text });
    expect(validateCollection(collection, text).filter((d) => d.severity !== 'info').map((d) => [d.ruleId, d.message])).toEqual([]);
  });

  it('a different accent is another symbol', () => {
    const text = ['# T', '', '## Estimate', '', '$$e = \\tilde{y}_j - y_j$$', '', 'where:', '', '- $e$ is the error', '- $\\mathbf{y}$ is the label vector', '- $\\hat{\\mathbf{y}}$ is the prediction', ''].join('\n');
    const { collection } = parseCollection({ path: 'notes.md', text });
    expect(validateCollection(collection, text).map((d) => d.ruleId)).toContain('undefined-symbol');
  });
});
