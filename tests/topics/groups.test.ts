import { describe, expect, it } from 'vitest';
import { loadTopics, topicOf, topicsFromGroups } from '../../src/parse/topics.js';
import { collection, equation } from './helpers.js';

describe('topicsFromGroups', () => {
  it('turns the markdown’s own headings into topics, in order of first use', () => {
    const topics = topicsFromGroups(
      collection([
        equation(1, 'Mean Squared Error', 10, 'Loss functions'),
        equation(2, 'Softmax', 20, 'Activations'),
        equation(3, 'Hinge Loss', 30, 'Loss functions'),
      ]),
    );
    expect(topics).toEqual([
      { slug: 'loss-functions', title: 'Loss functions', equations: ['mean-squared-error', 'hinge-loss'] },
      { slug: 'activations', title: 'Activations', equations: ['softmax'] },
    ]);
  });

  it('puts ungrouped equations last, under "Other", when some equations are grouped', () => {
    const topics = topicsFromGroups(
      collection([equation(1, 'Loose One', 5), equation(2, 'Softmax', 20, 'Activations'), equation(3, 'Loose Two', 30)]),
    );
    expect(topics.map((t) => [t.title, t.equations])).toEqual([
      ['Activations', ['softmax']],
      ['Other', ['loose-one', 'loose-two']],
    ]);
  });

  it('gives a file without section headings no topics at all', () => {
    expect(topicsFromGroups(collection([equation(1, 'A', 1), equation(2, 'B', 2)]))).toEqual([]);
  });
});

describe('loadTopics and topicOf', () => {
  const grouped = collection([equation(1, 'Softmax', 20, 'Activations'), equation(2, 'Adam', 30, 'Optimisers')]);

  it('prefers the sidecar over the markdown’s headings', () => {
    const { topics } = loadTopics(grouped, { path: 'x.topics.md', text: '## Everything\n- 1\n- 2\n' });
    expect(topics.map((t) => t.title)).toEqual(['Everything']);
  });

  it('falls back to the headings, silently, when there is no sidecar', () => {
    const { topics, problems } = loadTopics(grouped, null);
    expect(topicOf(topics, 'adam')?.title).toBe('Optimisers');
    expect(topicOf(topics, 'nothing')).toBeUndefined();
    expect(problems).toEqual([]);
  });
});
