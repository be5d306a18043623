// Issue 17, third pass: more inputs of the catalogue's kind ("we run our own copies of these inputs
// and more of their kind"), each with what a user sees. Generated here (never committed); the
// full-size ones are measured by scripts/hostile-figures.js (time and memory are not asserted).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadProject } from '../../src/pipeline/project.js';
import type { Diagnostic } from '../../src/types.js';
import { expectInsideFile } from './positions.js';
import { HANG_LIMIT } from '../hang-limit.js';

// Hostile inputs take as long as a loaded machine needs: each test waits (HANG_LIMIT only ends a
// hang); a 60 s limit failed under load (2,000 nested list items took 80 s beside two busy processes).
vi.setConfig({ testTimeout: HANG_LIMIT });

const ROOT = path.resolve(__dirname, '../..');
const EQ = '#### 1. Identity\n$y = x$\n\nwhere:\n\n- $y$ is the output\n- $x$ is the input\n';
let tmp = '';

const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin/formulary.js'), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: HANG_LIMIT });
const expectClean = (r: ReturnType<typeof cli>, status: number) => {
  expect(r.stderr).not.toMatch(/\n\s+at |internal error|Invalid string length|Maximum call stack/);
  expect(r.status).toBe(status);
};
const write = (name: string, text: string) => {
  const file = path.join(tmp, name);
  writeFileSync(file, text);
  return file;
};
const rules = (ds: Diagnostic[]) => [...new Set(ds.map((d) => d.ruleId))].sort();
/** Loads one generated file: its diagnostics (each inside the file) and its collection. */
const load = async (name: string, text: string) => {
  const p = await loadProject([write(name, text)]);
  expectInsideFile(p.diagnostics, text);
  return { diagnostics: p.diagnostics, collection: p.collections[0]!.collection };
};

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'formulary-more-inputs-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('long texts: read in pieces, nothing lost', () => {
  it('100,000 lines of \\qx\\q in one paragraph: block-too-long, markup-too-dense and prose-too-long warnings; build exits 0 and shows the text', () => {
    const file = write('backslash-lines.md', `# Flood\n\n${'\\qx\\q\n'.repeat(100_000)}\n${EQ}`);
    const c = cli('check', '--format', 'json', file);
    expectClean(c, 0);
    expect(rules(JSON.parse(c.stdout).diagnostics)).toEqual(['block-too-long', 'markup-too-dense', 'prose-too-long']);
    const out = path.join(tmp, 'site-backslash');
    expectClean(cli('build', file, '--out', out, '--no-images', '--no-speech'), 0);
    const home = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(home.split('\\qx\\q').length - 1).toBeGreaterThanOrEqual(100_000);
  });

  it('20,000 paragraphs of prose (540 KB): only prose-too-long, the equation after them kept', async () => {
    const intro = 'Some words of prose here.\n\n'.repeat(20_000);
    const { diagnostics, collection } = await load('paragraphs.md', `# Paragraphs\n\n${intro}${EQ}`);
    expect(rules(diagnostics)).toEqual(['prose-too-long']);
    expect(collection.intro).toBe(intro.trim());
    expect(collection.equations.map((e) => [e.slug, e.positions.equation.start.line])).toEqual([['identity', 40_004]]);
  });

  it('1,000,000 blank lines after the title: the equation is found, no warnings', async () => {
    const { diagnostics, collection } = await load('blank-lines.md', `# Blank\n${'\n'.repeat(1_000_000)}${EQ}`);
    expect(diagnostics).toEqual([]);
    expect(collection.equations).toHaveLength(1);
  });

  it('300,000 code spans in the intro: markup-too-dense and prose-too-long once, the backticks kept as text', async () => {
    const intro = '`x` '.repeat(300_000).trim();
    const { diagnostics, collection } = await load('code-spans.md', `# Flood\n\n${intro}\n\n${EQ}`);
    // A line of 1.2 MB: also read as paragraphs of about 64 KiB (block-too-long), with the same text.
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['markup-too-dense', 'block-too-long', 'prose-too-long']);
    expect(collection.intro).toBe(intro);
  });
});

describe('nesting and delimiter mixes', () => {
  it('2,000 list items each indented two spaces more: nesting-too-deep (and prose-too-long: 4 MB), the equation kept', async () => {
    const { diagnostics, collection } = await load('indented-lists.md', `# Lists\n\n${Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')}\n\n${EQ}`);
    expect(rules(diagnostics)).toEqual(['nesting-too-deep', 'prose-too-long']);
    expect(collection.equations.map((e) => e.slug)).toEqual(['identity']);
  });

  it("a run of '[(<`*_~\\|{' repeated: markup-too-dense and prose-too-long, the run kept as text", async () => {
    const run = '[(<`*_~\\|{'.repeat(50_000);
    const { diagnostics, collection } = await load('mixed-run.md', `# Run\n\n${run}\n\n${EQ}`);
    // A line of 500 KB: also read as paragraphs of about 64 KiB (block-too-long), with the same text.
    expect(rules(diagnostics)).toEqual(['block-too-long', 'markup-too-dense', 'prose-too-long']);
    expect(collection.intro).toBe(run);
    expect(collection.equations).toHaveLength(1);
  });

  it('100,000 nested <div> in the intro: no diagnostics; build exits 0 and shows them as text', () => {
    const file = write('nested-html.md', `# Html\n\n${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}\n\n${EQ}`);
    expectClean(cli('check', file), 0);
    const out = path.join(tmp, 'site-html');
    expectClean(cli('build', file, '--out', out, '--no-images', '--no-speech'), 0);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).not.toMatch(/<div><div>/);
  });
});

describe('long runs of spaces (regexes that backtracked)', () => {
  const spaces = ' '.repeat(200_000);

  it('a heading with 200,000 spaces inside: its name and slug collapse them', async () => {
    const { diagnostics, collection } = await load('heading-spaces.md', `# T\n\n${EQ.replace('Identity', `Left${spaces}Inverse`)}`);
    expect(diagnostics).toEqual([]);
    expect(collection.equations.map((e) => [e.nameText, e.slug])).toEqual([['Left Inverse', 'left-inverse']]);
  });

  it('a title with 200,000 spaces inside', async () => {
    const { collection } = await load('title-spaces.md', `# Title${spaces}x\n\n${EQ}`);
    expect(collection.title.replace(/\s+/g, ' ')).toBe('Title x');
  });

  it('"where" + spaces + ":" + spaces + text, and a line of spaces after a word', async () => {
    const { collection } = await load('where-spaces.md', `# T\n\nx${spaces}\ny\n\n${EQ.replace('where:', `where${spaces}:${spaces}x`)}`);
    expect(collection.equations).toHaveLength(1);
  });
});
