/**
 * Diagnostics about a record's name point at the name as the author wrote it (issue 24, item 4): a bold label
 * naming the formula (`**Kinetic energy:**` on its own line or before `$$…$$` on the same line), not the heading
 * of its section; a heading's name after its number otherwise. The "also the name of the equation at line N" of
 * the message is the other name's line too. Fixture: tests/rules/fixtures/duplicate-bold-label.md.
 */
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/pipeline/project.js';

const FIXTURE = 'tests/rules/fixtures/duplicate-bold-label.md';

describe('duplicate-name position', () => {
  it('points at the bold label, and names the other label\'s line', async () => {
    const project = await loadProject([FIXTURE]);
    const got = project.diagnostics.filter((d) => d.ruleId === 'duplicate-name').map((d) => `${d.line}:${d.column} ${/at line \d+/.exec(d.message)?.[0]}`);
    expect(got).toEqual([
      // `**Kinetic energy:** $$…$$` under "## Heat": the label's first letter, not the heading on line 13.
      '17:3 at line 5',
      // `## 4. Momentum`: the heading's name after its number.
      '29:7 at line 21',
    ]);
  });

  it('gives each parsed record its name position', async () => {
    const project = await loadProject([FIXTURE]);
    const names = project.collections.flatMap((c) => c.collection.equations).map((e) => `${e.positions.name?.start.line}:${e.positions.name?.start.column} ${e.nameText}`);
    expect(names).toEqual(['5:3 Kinetic energy', '17:3 Kinetic energy', '21:7 Momentum', '29:7 Momentum']);
  });
});
