import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { topicOf } from '../../src/parse/topics.js';
import { checkSidecar } from './check-sidecar.js';
import { sidecarPathFor } from '../../src/read/sidecars.js';
import type { Diagnostic } from '../../src/types.js';
import { sampleCollection } from './helpers.js';

const fixturePath = 'tests/fixtures/topics/sample.topics.md';
const sidecar = (text: string) => ({ path: 'content/sample.topics.md', text });
const brief = (d: Diagnostic) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`;

describe('sidecarPathFor', () => {
  it('puts the sidecar beside the markdown file', () => {
    expect(sidecarPathFor('content/deep-learning-equations.md')).toBe('content/deep-learning-equations.topics.md');
    expect(sidecarPathFor('notes/ml.markdown')).toBe('notes/ml.topics.md');
    expect(sidecarPathFor('README')).toBe('README.topics.md');
  });
});

describe('parseTopicsSidecar', () => {
  it('reads topics in file order, with items by name, number and name, or number, in any case', () => {
    const text = [
      '## Loss functions',
      '- mean squared error (MSE)',
      '- 2. Cross-Entropy Loss (Binary)',
      '## Optimisation & Search',
      '- 17',
      '## Foundations',
      '- 64. Bayes\' Rule',
      '- Coefficient of Determination (R^2)',
      '- 4.',
    ].join('\n');
    const { topics, diagnostics } = checkSidecar(sidecar(text), sampleCollection());
    expect(diagnostics).toEqual([]);
    expect(topics).toEqual([
      { slug: 'loss-functions', title: 'Loss functions', equations: ['mean-squared-error-mse', 'cross-entropy-loss-binary'] },
      { slug: 'optimisation-search', title: 'Optimisation & Search', equations: ['adam-optimizer'] },
      { slug: 'foundations', title: 'Foundations', equations: ['bayes-rule', 'coefficient-of-determination-r-2', 'softmax-function'] },
    ]);
  });

  it('reports every problem of the fixture at the exact place, and keeps what it can', () => {
    const { topics, diagnostics } = checkSidecar(
      { path: fixturePath, text: readFileSync(fixturePath, 'utf8') },
      sampleCollection(),
    );
    expect(diagnostics.map(brief)).toEqual([
      `${fixturePath}:7:3 topic-item-outside-topic`,
      `${fixturePath}:13:3 topic-unknown-equation`,
      `${fixturePath}:18:3 topic-duplicate-equation`,
      `${fixturePath}:19:3 topic-unknown-equation`,
      `${fixturePath}:20:3 topic-unknown-equation`,
      'content/sample.md:30:1 topic-missing-equation',
      'content/sample.md:50:1 topic-missing-equation',
      'content/sample.md:60:1 topic-missing-equation',
    ]);
    expect(diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    expect(topics.map((t) => [t.title, t.equations])).toEqual([
      ['Loss functions', ['mean-squared-error-mse', 'cross-entropy-loss-binary']],
      ['Optimisation', ['adam-optimizer']],
    ]);
  });

  it('names an unknown item and suggests the closest equation name', () => {
    const { diagnostics } = checkSidecar(sidecar('## A\n- Adam Optimiser\n- Mean Sqared Error (MSE)'), sampleCollection());
    const unknown = diagnostics.filter((d) => d.ruleId === 'topic-unknown-equation');
    expect(unknown.map((d) => d.message)).toEqual([
      'Topic item "Adam Optimiser" matches no equation name; did you mean "17. Adam Optimizer"?',
      'Topic item "Mean Sqared Error (MSE)" matches no equation name; did you mean "1. Mean Squared Error (MSE)"?',
    ]);
  });

  it('suggests nothing when no name is close', () => {
    const { diagnostics } = checkSidecar(sidecar('## A\n- Quantum Chromodynamics\n- 999'), sampleCollection());
    expect(diagnostics.filter((d) => d.ruleId === 'topic-unknown-equation').map((d) => d.message)).toEqual([
      'Topic item "Quantum Chromodynamics" matches no equation name.',
      'Topic item "999" matches no equation: none is numbered 999.',
    ]);
  });

  it('refuses an item whose number and name disagree rather than guess', () => {
    const { topics, diagnostics } = checkSidecar(sidecar('## A\n- 4. Adam Optimizer\n- 1'), sampleCollection());
    expect(topics[0]?.equations).toEqual(['mean-squared-error-mse']);
    expect(diagnostics[0]?.message).toBe(
      'Topic item "4. Adam Optimizer" is ambiguous: equation 4 is "Softmax Function" but "Adam Optimizer" is equation "17. Adam Optimizer".',
    );
  });

  it('keeps a duplicated equation in its first topic and says where', () => {
    const { topics, diagnostics } = checkSidecar(
      sidecar('## Loss\n- 1\n- 1\n## Metrics\n- Mean Squared Error (MSE)'),
      sampleCollection(),
    );
    expect(topicOf(topics, 'mean-squared-error-mse')?.title).toBe('Loss');
    expect(topics.map((t) => t.title)).toEqual(['Loss']); // Metrics is left empty, so it is dropped
    const dups = diagnostics.filter((d) => d.ruleId === 'topic-duplicate-equation');
    expect(dups.map((d) => [d.line, d.column, d.equation, d.message])).toEqual([
      [3, 3, 'mean-squared-error-mse', 'Equation "1. Mean Squared Error (MSE)" is already listed earlier in topic "Loss".'],
      [5, 3, 'mean-squared-error-mse', 'Equation "1. Mean Squared Error (MSE)" is already listed in topic "Loss", where it stays.'],
    ]);
  });

  it('reports a left-out equation at its heading in the markdown file, naming the sidecar', () => {
    const { diagnostics } = checkSidecar(sidecar('## All but Adam\n- 1\n- 2\n- 4\n- 23\n- 64'), sampleCollection());
    expect(diagnostics).toEqual([
      {
        file: 'content/sample.md',
        line: 40,
        column: 1,
        severity: 'warning',
        ruleId: 'topic-missing-equation',
        message: 'Equation "17. Adam Optimizer" is in no topic of content/sample.topics.md; list it under one of its "## " headings.',
        equation: 'adam-optimizer',
      },
    ]);
  });

  it('gives exact positions in a file with CRLF line endings and indented items', () => {
    const { diagnostics } = checkSidecar(sidecar('## A\r\n\r\n   +   Nope\r\n- 1\r\n'), sampleCollection());
    expect(diagnostics.filter((d) => d.ruleId === 'topic-unknown-equation').map((d) => [d.line, d.column])).toEqual([[3, 8]]);
  });

  it('merges headings with the same slug into one topic', () => {
    const { topics } = checkSidecar(sidecar('## Losses\n- 1\n## Other\n- 4\n## losses\n- 2'), sampleCollection());
    expect(topics.map((t) => [t.slug, t.equations.length])).toEqual([
      ['losses', 2],
      ['other', 1],
    ]);
  });

  it('ignores items inside HTML comments and prose lines', () => {
    const text = '<!-- - 999\n- Nope -->\nSome prose about topics.\n## A\n<!-- - 17 -->\n- 1\n';
    const { topics, diagnostics } = checkSidecar(sidecar(text), sampleCollection());
    expect(topics[0]?.equations).toEqual(['mean-squared-error-mse']);
    expect(diagnostics.every((d) => d.ruleId === 'topic-missing-equation')).toBe(true);
  });
});
