// The dev server reads again only the sections a save changed (parse/section-memo.ts): after each
// edit, the kept load must equal a fresh load of the edited file — the same records, the same
// diagnostics and the same pages — wherever the edit moves the later sections (offsets, lines).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProject, type KeptFile } from '../../src/pipeline/project.js';
import { renderSite } from '../../src/site/render-site.js';
import { env, SEED } from '../site/helpers.js';
// @ts-expect-error: the benchmark's generator is plain JavaScript.
import { synthesize } from '../../scripts/bench/synth.js';

const dir = mkdtempSync(path.join(tmpdir(), 'formulary-dev-sections-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A small note of our own with runs, "as above", a worked substitution and a glossary. */
const NOTE = `# Notes on circuits

Some words before the first formula.

## Ohm's law

$$V = I R$$

where:

- $V$ is the voltage
- $I$ is the current
- $R$ is the resistance

## Power

$$P = V I$$

where $P$ is the power and $V$, $I$ are as above.

Worked: $P = 12 \\cdot 2 = 24$

## Energy

$$E = P t$$

- $E$ is the energy
- $t$ is the time

## Symbols used

- $C$ is the capacitance
- $Q$ is the charge

## Charge

$$Q = C V$$
`;

type Edit = (text: string) => string;
const at = (text: string, needle: string, insert: string): string => {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`no ${needle}`);
  return text.slice(0, i + needle.length) + insert + text.slice(i + needle.length);
};

async function pages(project: Awaited<ReturnType<typeof loadProject>>): Promise<Map<string, string>> {
  const { sources, deps } = await env();
  const site = renderSite(project.collections.map((c) => ({ collection: c.collection, topics: c.topics })), { base: '/' }, deps, sources);
  return new Map(site.files.filter((f) => typeof f.contents === 'string').map((f) => [f.path, f.contents as string]));
}

async function same(file: string, text: string, edits: Edit[]): Promise<number> {
  writeFileSync(file, text);
  const kept = new Map<string, KeptFile>();
  await loadProject([file], dir, {}, { kept });
  let hits = 0;
  let current = text;
  for (const edit of edits) {
    current = edit(current);
    writeFileSync(file, current);
    const dev = await loadProject([file], dir, {}, { kept });
    hits += [...kept.values()][0]!.sections.hits;
    const fresh = await loadProject([file], dir);
    expect(JSON.parse(JSON.stringify(dev.collections.map((c) => c.collection)))).toEqual(JSON.parse(JSON.stringify(fresh.collections.map((c) => c.collection))));
    expect(dev.diagnostics).toEqual(fresh.diagnostics);
    const a = await pages(dev);
    const b = await pages(fresh);
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [p, html] of b) expect(a.get(p), p).toBe(html);
  }
  return hits;
}

describe('a save that changes one section', () => {
  it('gives the records, diagnostics and pages of a fresh load (synthetic collection)', async () => {
    const text = synthesize(readFileSync(SEED, 'utf8'), 60) as string;
    const item = (n: number, marker: string): Edit => (t) => {
      const h = new RegExp(`^#### ${n}\\. .*$`, 'm').exec(t)!;
      const m = /^- .*$/m.exec(t.slice(h.index))!;
      const end = h.index + m.index + m[0].length;
      return `${t.slice(0, end)} ${marker}${t.slice(end)}`;
    };
    const hits = await same(path.join(dir, 'synthetic.md'), text, [
      item(30, 'first edit'),
      item(30, 'second'),
      // A line more: the later sections move by a line.
      (t) => at(t, '#### 20. ', 'Renamed '),
      item(10, 'more\n\nA new paragraph with $x_{new}$ in it.'),
      // A formula changed: the later sections' earlier equations change.
      (t) => t.replace(/\$\$\n?([^$]+?)\n?\$\$/, (_m, f: string) => `$$\n${f} + 1\n$$`),
      (t) => t.replace(/^#### 45\. .*\n/m, ''),
    ]);
    expect(hits).toBeGreaterThan(200);
  }, 120_000);

  it('gives the records, diagnostics and pages of a fresh load (a note with runs and a glossary)', async () => {
    const hits = await same(path.join(dir, 'note.md'), NOTE, [
      (t) => at(t, '- $I$ is the current', ' flowing'),
      (t) => at(t, 'Worked: ', '\n\n'),
      (t) => at(t, '- $C$ is the capacitance', '\n- $V$ is the potential'),
      (t) => t.replace('## Power', '## Electric power'),
      (t) => t.replace('$$E = P t$$', '$$E = P t + V$$'),
    ]);
    expect(hits).toBeGreaterThan(5);
  }, 60_000);
});
