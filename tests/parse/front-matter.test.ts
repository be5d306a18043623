// A note whose settings block (Jekyll, Hugo, Quartz, MkDocs front matter; Hugo's TOML) comes
// before its first formula with no heading (trial 6, N15): the settings are never prose on the
// equation's page, and the front matter's title names the document and its equation.
import { describe, expect, it } from 'vitest';
import { parseCollection } from '../../src/parse/parse.js';

const growthNote = (open: string, close: string, setting: string) =>
  [open, setting, close, '', 'Let $N$ be the population size.', '', '$$', '\\dot{N}=rN', '$$', ''].join('\n');

describe('front matter before the first formula', () => {
  it('names the note by its YAML title and keeps only the prose as the equation content', () => {
    const { collection, diagnostics } = parseCollection({ path: 'growth.md', text: growthNote('---', '---', 'title: Growth') });
    expect(collection.title).toBe('Growth');
    const [eq] = collection.equations;
    expect(eq!.nameText).toBe('Growth');
    expect(eq!.content.map((c) => c.markdown)).toEqual(['Let $N$ be the population size.']);
    expect(eq!.positions.equation?.start).toMatchObject({ line: 7, column: 1 });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reads a Hugo TOML block the same way', () => {
    const { collection } = parseCollection({ path: 'growth.md', text: growthNote('+++', '+++', 'title = "Growth"') });
    expect(collection.equations[0]!.content.map((c) => c.markdown)).toEqual(['Let $N$ be the population size.']);
  });

  it('keeps a rule and the text under it when they are not settings', () => {
    const text = ['---', 'Growth models of one species.', '---', '', '$$', '\\dot{N}=rN', '$$', ''].join('\n');
    const { collection } = parseCollection({ path: 'growth.md', text });
    expect(collection.equations.map((e) => e.nameText)).toEqual(['growth']);
    expect(collection.equations[0]!.content.map((c) => c.markdown).join('\n')).toContain('Growth models of one species.');
  });
});
