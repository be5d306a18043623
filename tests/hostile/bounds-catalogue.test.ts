// The second attack pass (issue 17): each input, with what a user sees. Small inputs are fixtures
// in tests/fixtures/hostile/; the big ones (up to 5.9 MiB) are generated here, never committed.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadProject } from '../../src/pipeline/project.js';
import { toPublicRecords } from '../../src/site/public-records.js';
import { slugify } from '../../src/slug.js';
import { renderMath } from '../../src/katex/render.js';
import { renderSite } from '../../src/site/render-site.js';
import { loadAssetSources } from '../../src/site/assets/assets.js';
import { loadSiteDeps } from '../../src/site/deps.js';
import type { Diagnostic } from '../../src/types.js';
import { expectInsideFile } from './positions.js';
import { MAX_MATH_SPANS_PER_FILE } from '../../src/katex/limits.js';
import { HANG_LIMIT } from '../hang-limit.js';

// Hostile inputs take as long as a loaded machine needs: each test waits (HANG_LIMIT only ends a
// hang); a 60 s limit failed under load (2,000 nested list items took 80 s beside two busy processes).
vi.setConfig({ testTimeout: HANG_LIMIT });

const ROOT = path.resolve(__dirname, '../..');
const HOSTILE = path.join(ROOT, 'tests/fixtures/hostile');
let tmp = '';

const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin/formulary.js'), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const rules = (ds: Diagnostic[]) => ds.map((d) => d.ruleId);
const EQ = '#### 1. Identity\n$y = x$\n\nwhere:\n\n- $y$ is the output\n- $x$ is the input\n';
const write = (name: string, text: string) => {
  const file = path.join(tmp, name);
  writeFileSync(file, text);
  return file;
};
/** A CLI run that ends like a user expects: the exit code, and never a stack trace or internal error. */
const expectClean = (r: ReturnType<typeof cli>, status: number) => {
  expect(r.stderr).not.toMatch(/\n\s+at |internal error|Invalid string length|Maximum call stack/);
  expect(r.status).toBe(status);
};

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'formulary-bounds-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('nesting and delimiter runs', () => {
  it('40 nested blockquotes (fixture): a nesting-too-deep warning at the 33rd marker', async () => {
    const p = await loadProject([path.join(HOSTILE, 'deep-quote.md')]);
    expect(p.diagnostics).toMatchObject([{ ruleId: 'nesting-too-deep', severity: 'warning', line: 3, column: 65 }]);
    expect(p.collections[0]!.collection.equations).toHaveLength(1);
  });

  it('2,000 nested > in the intro: check warns, build succeeds and shows the text', () => {
    const file = write('quote2000.md', `# Quotes\n\n${'>'.repeat(2000)} deep\n\n${EQ}`);
    const c = cli('check', '--format', 'json', file);
    expectClean(c, 0);
    expect(JSON.parse(c.stdout).diagnostics.map((d: Diagnostic) => d.ruleId)).toEqual(['nesting-too-deep']);
    const out = path.join(tmp, 'site-quote');
    // The markup is in the intro, which images and speech (of formulas) never read.
    expectClean(cli('build', file, '--out', out, '--no-images', '--no-speech'), 0);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toMatch(/&#x3E;&#x3E;&#x3E;|>>> ?deep|&gt;&gt;/);
  });

  it('8,000 * around a letter: a markup-too-dense warning, the stars kept as text in the records and the page', async () => {
    const stars = '*'.repeat(8000);
    const file = write('emph8000.md', `# Emph\n\n${stars}a${stars}\n\n${EQ}`);
    const p = await loadProject([file]);
    expect(rules(p.diagnostics)).toEqual(['markup-too-dense']);
    expect(p.diagnostics[0]).toMatchObject({ line: 3, column: 1 });
    expect(p.collections[0]!.collection.intro).toContain(`${stars}a${stars}`);
    const out = path.join(tmp, 'site-emph');
    // The markup is in the intro, which images and speech (of formulas) never read.
    expectClean(cli('build', file, '--out', out, '--no-images', '--no-speech'), 0);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain(`${stars}a${stars}`);
  });
});

describe('formula size', () => {
  it('one formula of 80 KB: formula-too-large at its first character; check and build exit 1 at once', async () => {
    const file = write('formula80k.md', `# F\n\n#### 1. Big\n$y = x${'+x'.repeat(40_000)}$\n\nwhere:\n\n- $y$ is the output\n- $x$ is the input\n`);
    const p = await loadProject([file]);
    expect(p.diagnostics).toMatchObject([{ ruleId: 'formula-too-large', severity: 'error', line: 4, column: 2 }]);
    expectClean(cli('build', file, '--out', path.join(tmp, 'site-80k')), 1);
  });

  it('one formula of 400 KB: the same, and the pages (dev, library) show a placeholder, not the source', async () => {
    const latex = `y = x${'+x'.repeat(200_000)}`;
    const file = write('formula400k.md', `# F\n\n#### 1. Big\n$${latex}$\n\nwhere:\n\n- $y$ is the output\n- $x$ is the input\n`);
    const p = await loadProject([file]);
    expect(rules(p.diagnostics)).toEqual(['formula-too-large']);
    const [deps, sources] = await Promise.all([loadSiteDeps(), loadAssetSources()]);
    const site = renderSite(p.collections.map((c) => ({ collection: c.collection, topics: c.topics })), {}, deps, sources);
    const page = site.files.find((f) => f.path === 'equations/big/index.html')!.contents as string;
    expect(page).toContain('[formula not shown: 400,005 characters, over the 20,000-character limit]');
    expect(page).not.toContain('katex-display');
    // The search files (sharded: search/…) hold no typeset formula either.
    const searchFiles = site.files.filter((f) => f.path.startsWith('search/'));
    expect(searchFiles.length).toBeGreaterThan(0);
    for (const f of searchFiles) expect(String(f.contents)).not.toContain('<math');
  });

  it('100 distinct formulas of 10 KB (1 MB): one too-much-math error where the budget runs out', async () => {
    let text = '# Many\n\n';
    for (let i = 0; i < 100; i++) {
      let b = `y_{${i}} = x`;
      for (let j = 0; b.length < 10_000; j++) b += `+x_{${i}${j}}`;
      text += `#### ${i + 1}. E${i}\n$${b}$\n\nwhere:\n\n- $y_{${i}}$ is out\n- $x$ is in\n\n`;
    }
    const p = await loadProject([write('distinct100.md', text)]);
    const errors = p.diagnostics.filter((d) => d.severity === 'error');
    expect(rules(errors)).toEqual(['too-much-math']);
    expect(errors[0]!.message).toMatch(/costs n·\(1 \+ n\/250\), at most 4,000,000/);
    expectInsideFile(p.diagnostics, text);
  });
});

describe('floods', () => {
  it('750,000 inline $x$ in the intro: too-much-math once, in seconds, and the records keep the text', async () => {
    const text = `# Flood\n\n${'$x$ '.repeat(750_000)}\n\n${EQ}`;
    const p = await loadProject([write('flood.md', text)]);
    expect(rules(p.diagnostics.filter((d) => d.ruleId === 'too-much-math'))).toHaveLength(1);
    const c = p.collections[0]!.collection;
    expect(c.inlineMath.length).toBeLessThanOrEqual(MAX_MATH_SPANS_PER_FILE);
    expect(c.intro.length).toBeGreaterThan(2_900_000);
    expect(c.intro).not.toMatch(/[\ue000-\ue07f]/);
  });

  it('a 5.9 MiB file of $x$: check and build end with exit 1 and one line per error, never "Invalid string length"', () => {
    const file = write('flood59.md', `# Flood\n\n${'$x$ '.repeat(1_540_000)}\n\n${EQ}`);
    const r = cli('build', file, '--out', path.join(tmp, 'site-flood'));
    expectClean(r, 1);
    // At the first `$` past the limit: each `$x$ ` is 4 characters.
    expect(r.stderr).toContain(`flood59.md:3:${4 * MAX_MATH_SPANS_PER_FILE + 1}  error  this file has more than ${MAX_MATH_SPANS_PER_FILE.toLocaleString('en-US')} math spans`);
    expect(r.stderr).toMatch(/ {2}too-much-math\n/);
  });

  it('a 1 MB topics sidecar of 2,000 items that match nothing: 2,000 warnings, no suggestion for items that long', async () => {
    const dir = path.join(tmp, 'topics');
    mkdirSync(dir);
    let eqs = '# T\n\n';
    for (let i = 0; i < 100; i++) eqs += `#### ${i + 1}. Equation number ${i}\n$y = x_${i}$\n\nwhere:\n\n- $y$ is out\n- $x_${i}$ is in\n\n`;
    writeFileSync(path.join(dir, 't.md'), eqs);
    writeFileSync(path.join(dir, 't.topics.md'), `## Topic\n\n${Array.from({ length: 2000 }, (_, i) => `- Equation number ${'z'.repeat(480)}${i}`).join('\n')}\n`);
    const p = await loadProject([path.join(dir, 't.md')]);
    const unknown = p.diagnostics.filter((d) => d.ruleId === 'topic-unknown-equation');
    expect(unknown).toHaveLength(2000);
    expect(unknown.filter((d) => /did you mean/.test(d.message))).toEqual([]);
  });
});

describe('floods of diagnostics, where-items and topics (caps)', () => {
  it("6 MB of '[(<`*_~\\|{$' in the intro: check exits 1 listing 100 katex-errors, one line for the rest, the counts of all", () => {
    const file = write('runMixed.md', `# Run\n\n${'[(<`*_~\\|{$'.repeat(550_000)}\n\n${EQ}`);
    const r = cli('check', file);
    expectClean(r, 1);
    const lines = r.stdout.split('\n').map((l) => l.replace(file, 'runMixed.md'));
    expect(lines.filter((l) => l.endsWith('  katex-error'))).toHaveLength(100);
    expect(lines.filter((l) => l.endsWith('  too-many-diagnostics'))).toEqual([
      // One katex-error for each span up to the file's limit of 100,000 (too-much-math), 100 of them listed.
      expect.stringMatching(/^runMixed\.md:3:\d+ {2}info {2}99,900 more katex-error diagnostics are not listed from here on \(at most 100 of one rule per file\); the counts include them {2}too-many-diagnostics$/),
    ]);
    expect(lines.filter((l) => l.endsWith('  block-too-long'))).toEqual([expect.stringMatching(/^runMixed\.md:3:\d+ {2}warning {2}A line of more than 65,536 characters in a paragraph/)]);
    expect(lines.filter((l) => l.endsWith('  too-much-math'))).toHaveLength(1);
    expect(lines.at(-2)).toMatch(/^0 equations in 1 file: 100,?00\d errors/);
  });

  // 90,000 items: with the equation, under the 100,000 math spans of a file (too-much-math).
  it('a where-list of 90,000 items: where-list-too-long, 100 unused-symbol listed of 1,000; build (of 5,000) exits 0 and shows 1,000', () => {
    const whereList = (n: number) => `# Where\n\n#### 1. Big\n$y = x$\n\nwhere:\n\n${Array.from({ length: n }, (_, i) => `- $x_{${i}}$ is input ${i}`).join('\n')}\n`;
    const file = write('whereList90k.md', whereList(90_000));
    const r = cli('check', file);
    expectClean(r, 0);
    const lines = r.stdout.split('\n').map((l) => l.replace(file, 'whereList90k.md'));
    expect(lines).toContain('whereList90k.md:1008:1  warning  a where-list of 90,000 items, over the limit of 1,000 definitions: the 89,000 from here on define nothing and are not shown (their math is still checked); split the equation  where-list-too-long');
    expect(lines.filter((l) => l.endsWith('  unused-symbol'))).toHaveLength(100);
    expect(lines.at(-2)).toBe('1 equation in 1 file: 0 errors, 1002 warnings, 0 info');
    // The page is the same past the bound; 5,000 items keep the test light on a loaded machine.
    const out = path.join(tmp, 'site-where');
    expectClean(cli('build', write('whereList5k.md', whereList(5_000)), '--out', out), 0);
    const page = readFileSync(path.join(out, 'equations/big/index.html'), 'utf8');
    // x_0 … x_999 are the 1,000 definitions shown.
    expect(page).toContain(' is input 999</li>');
    expect(page.includes(' is input 1000</li>')).toBe(false);
  });

  it('a sidecar of 100,000 topics listing the one equation: the first topic keeps it, the other 99,999 are duplicates', async () => {
    const dir = path.join(tmp, 'topics100k');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 't.md'), `# T\n\n${EQ}`);
    writeFileSync(path.join(dir, 't.topics.md'), Array.from({ length: 100_000 }, (_, i) => `## Topic ${i}\n\n- Identity\n`).join('\n'));
    const p = await loadProject([path.join(dir, 't.md')]);
    expect(p.collections[0]!.topics).toEqual([{ slug: 'topic-0', title: 'Topic 0', equations: ['identity'] }]);
    const duplicates = p.diagnostics.filter((d) => d.ruleId === 'topic-duplicate-equation');
    expect(duplicates).toHaveLength(99_999);
    expect(duplicates.at(-1)).toMatchObject({ line: 399_999, column: 3, message: 'Equation "1. Identity" is already listed in topic "Topic 0", where it stays.' });
  });
});

describe('where-list items naming thousands of symbols', () => {
  it('the notation index lists an item once per symbol, and at most 32 of its symbols', async () => {
    const [deps, sources] = await Promise.all([loadSiteDeps(), loadAssetSources()]);
    const entries = async (item: string) => {
      const file = write('many-symbols.md', `# T\n\n#### 1. Identity\n$y = x$\n\nwhere:\n\n- ${item}\n`);
      const p = await loadProject([file]);
      const site = renderSite(p.collections.map((c) => ({ collection: c.collection, topics: c.topics })), {}, deps, sources);
      const page = site.files.find((f) => f.path === 'symbols/index.html')!.contents as string;
      return page.split('class="meaning"').length - 1;
    };
    expect(await entries(`$y$ ${'$x$ '.repeat(20_000)}are the values`)).toBe(2);
    const distinct = (n: number) => Array.from({ length: n }, (_, i) => `$x_{${i}}$`).join(', ') + ' are the inputs';
    expect(await entries(distinct(32))).toBe(32);
    expect(await entries(distinct(33))).toBe(32);
  });
});

describe('URLs KaTeX refuses before asking trust', () => {
  it('java<TAB>script:, &#58; and &colon; are untrusted-command errors at the command, and never links', async () => {
    const p = await loadProject([path.join(HOSTILE, 'url-refused-by-katex.md')]);
    const refused = p.diagnostics.filter((d) => d.ruleId === 'untrusted-command');
    expect(refused.map((d) => [d.line, d.column, d.message.match(/`(\\\w+)`/)?.[1]])).toEqual([
      [4, 6, '\\href'],
      [12, 6, '\\url'],
      [20, 6, '\\includegraphics'],
    ]);
    for (const eq of p.collections[0]!.collection.equations) {
      const html = renderMath(eq.latex, { display: true });
      expect(html).not.toMatch(/<a |href=|<img|src=/i);
    }
  });
});

describe('slugs from the name, not from words that are LaTeX commands', () => {
  it('"Left Inverse" and "Right Inverse" differ, "Text Embedding Similarity" keeps "text", \\text and \\left do not count', async () => {
    const p = await loadProject([path.join(HOSTILE, 'slug-words.md')]);
    expect(p.collections[0]!.collection.equations.map((e) => e.slug)).toEqual(['left-inverse', 'right-inverse', 'text-embedding-similarity', 'softmax-softmax-z']);
    expect(rules(p.diagnostics)).not.toContain('duplicate-slug');
  });

  it('a collection file k-text-html.md is served under /k-text-html/', async () => {
    expect(slugify('k-text-html')).toBe('k-text-html');
    const p = await loadProject([path.join(ROOT, 'content/deep-learning-equations.md'), path.join(HOSTILE, 'k-text-html.md')]);
    const records = toPublicRecords(p.collections.map((c) => ({ collection: c.collection, topics: c.topics })));
    expect(JSON.stringify(records)).toBeTruthy();
    const [deps, sources] = await Promise.all([loadSiteDeps(), loadAssetSources()]);
    const site = renderSite(p.collections.map((c) => ({ collection: c.collection, topics: c.topics })), { primary: 'content/deep-learning-equations.md' }, deps, sources);
    expect(site.files.some((f) => f.path.startsWith('k-text-html/equations/identity/'))).toBe(true);
  });

  it('every seed slug is unchanged', async () => {
    const p = await loadProject([path.join(ROOT, 'content/deep-learning-equations.md')]);
    expect(p.collections[0]!.collection.equations.map((e) => e.slug)).toEqual(SEED_SLUGS);
  });
});

// The seed's slugs before slugs were taken from the name's text (issue 17).
const SEED_SLUGS = JSON.parse(readFileSync(path.join(HOSTILE, 'seed-slugs.json'), 'utf8')) as string[];
