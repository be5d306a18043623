// `check --fix --fix-prose-definitions`: definitions the reader found in prose become a
// where-list right after the formula (the sentences stay); only with the option; a second run
// changes nothing; a run of formulas sharing the definitions gets one list, after its last.
import { describe, expect, it } from 'vitest';
import { fixText } from '../../src/pipeline/fix.js';

const HOOKE = `# Springs

## Hooke's Law

$$F = -k x$$

Here, $k$ is the spring constant and $x$ is the displacement from rest.
`;

describe('prose definitions into where-lists', () => {
  it('adds a where-list after the formula with one item per prose definition, keeping the sentence', async () => {
    const r = await fixText({ path: 'springs.md', text: HOOKE }, [], { proseDefinitions: true });
    expect(r.text).toBe(HOOKE.replace('$$F = -k x$$\n', () => '$$F = -k x$$\n\nwhere:\n\n- $k$ — the spring constant\n- $x$ — the displacement from rest\n'));
    expect(r.counts['prose-item']).toBe(2);
    const again = await fixText({ path: 'springs.md', text: r.text }, [], { proseDefinitions: true });
    expect(again.text).toBe(r.text);
  });

  it('changes nothing without the option', async () => {
    const r = await fixText({ path: 'springs.md', text: HOOKE }, []);
    expect(r.text).toBe(HOOKE);
  });

  it('writes the introduction in the document language, after the last formula of a run', async () => {
    const text = '---\nlang: zh\n---\n\n# 笔记\n\n## 均值\n\n$$\n\\mu = \\frac{1}{H}\\sum_i h_i\n$$\n\n其中 $H$ 表示维度，$h_i$ 为第 $i$ 个分量。\n';
    const r = await fixText({ path: 'zh.md', text }, [], { proseDefinitions: true });
    expect(r.text).toContain('$$\n\n其中：\n\n- $H$ — 维度\n- $h_i$ — 第 $i$ 个分量\n\n其中 $H$');
  });
});
