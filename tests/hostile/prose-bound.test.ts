// README "Limits", prose rendered as markdown: an introduction or preamble of up to
// MAX_RENDERED_PROSE characters is rendered whole; past it the page renders it as markdown up to a
// paragraph start and shows the rest as written (kept, one preformatted text), and `check` warns
// at that place (`prose-too-long`). A 6 MB introduction made 900 MiB and a 70 MB index.html.
import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseCollection } from '../../src/parse/parse.js';
import { MAX_RENDERED_PROSE, proseCut } from '../../src/parse/prose-bound.js';
import { renderSite } from '../../src/site/render-site.js';
import { collection, env, equation, input, text, variable } from '../site/helpers.js';
import { HANG_LIMIT } from '../hang-limit.js';

// Hostile inputs take as long as a loaded machine needs: each test waits (HANG_LIMIT only ends a hang).
vi.setConfig({ testTimeout: HANG_LIMIT });

const EQ = '#### 1. Identity\n$y = x$\n\nwhere:\n\n- $y$ is the output\n- $x$ is the input\n';
const LIMIT = MAX_RENDERED_PROSE.toLocaleString('en-US');
const ROOT = path.resolve(__dirname, '../..');
const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin/formulary.js'), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** Numbered paragraphs ("Paragraph 12 of prose.") up to exactly `length` characters, ending in a letter. */
function prose(length: number, paragraph = (i: number) => `Paragraph ${i} of prose.`, eol = '\n'): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    const p = `${paragraph(i)}${eol}${eol}`;
    parts.push(p);
    size += p.length;
  }
  return parts.join('').slice(0, length).replace(/\s$/, 'x');
}

/** The file offset of a diagnostic's line and column. */
function offsetOf(source: string, d: { line: number; column: number }): number {
  let at = 0;
  for (let line = 1; line < d.line; line++) at = source.indexOf('\n', at) + 1;
  return at + d.column - 1;
}

const parse = (source: string) => parseCollection({ path: 'prose.md', text: source });
const tooLong = (source: string) => parse(source).diagnostics.filter((d) => d.ruleId === 'prose-too-long');

describe('where rendering stops', () => {
  it(`nowhere for ${LIMIT} characters; at a paragraph start for one more`, () => {
    const at = prose(MAX_RENDERED_PROSE);
    expect(proseCut(at)).toBeNull();
    const over = `${at}y`;
    const cut = proseCut(over)!;
    expect(cut).toBeLessThanOrEqual(MAX_RENDERED_PROSE);
    // The last paragraph starts before the bound and ends past it: rendering stops at its start.
    expect(over.slice(cut)).toMatch(/^Paragraph \d+[^\n]*y$/);
    expect(over.slice(cut - 2, cut)).toBe('\n\n');
  });

  it('at a line start when no paragraph starts near the bound, at the bound in one long line, never inside a surrogate pair', () => {
    const lines = 'one line of prose\n'.repeat(MAX_RENDERED_PROSE / 10);
    const lineCut = proseCut(lines)!;
    expect(lines[lineCut - 1]).toBe('\n');
    expect(MAX_RENDERED_PROSE - lineCut).toBeLessThan(18);
    expect(proseCut('<'.repeat(MAX_RENDERED_PROSE + 1))).toBe(MAX_RENDERED_PROSE);
    const emoji = `${'a'.repeat(MAX_RENDERED_PROSE - 1)}😀😀`;
    expect(proseCut(emoji)).toBe(MAX_RENDERED_PROSE - 1);
  });
});

describe('check: prose-too-long', () => {
  it(`no warning for an introduction of ${LIMIT} characters; one at the paragraph where rendering stops for one more`, () => {
    const at = prose(MAX_RENDERED_PROSE);
    const atFile = `# Title\n\n${at}\n\n${EQ}`;
    expect(parse(atFile).collection.intro).toHaveLength(MAX_RENDERED_PROSE);
    expect(tooLong(atFile)).toEqual([]);

    const overFile = `# Title\n\n${at}y\n\n${EQ}`;
    const [d, ...more] = tooLong(overFile);
    expect(more).toEqual([]);
    expect(d).toMatchObject({ severity: 'warning', column: 1 });
    expect(d!.message).toContain(`The introduction is longer than ${LIMIT} characters`);
    const intro = parse(overFile).collection.intro;
    expect(overFile.slice(offsetOf(overFile, d!))).toMatch(new RegExp(`^${intro.slice(proseCut(intro)!, proseCut(intro)! + 30)}`));
  });

  it('points at the same paragraph with CRLF line endings and text dollars (which the intro holds as `\\$`)', () => {
    const intro = prose(MAX_RENDERED_PROSE * 1.2, (i) => `Paragraph ${i} costs $${i}.`, '\r\n');
    const source = `# Title\r\n\r\n${intro}\r\n\r\n${EQ}`;
    const collected = parse(source).collection.intro;
    const rest = collected.slice(proseCut(collected)!);
    const [d] = tooLong(source);
    expect(d).toMatchObject({ column: 1 });
    expect(source.slice(offsetOf(source, d!)).replace(/\r/g, '').replace(/\$/g, '\\$').slice(0, 40)).toBe(rest.slice(0, 40));
  });

  it('also for the text before the title (the preamble)', () => {
    const source = `${prose(MAX_RENDERED_PROSE + 1)}\n\n# Title\n\n${EQ}`;
    const [d] = tooLong(source);
    expect(d!.message).toMatch(/^The text before the title is longer than/);
  });
});

describe('site: the rest of a long introduction is shown as written', () => {
  const home = async (intro: string) => {
    const { sources, deps } = await env();
    const eq = equation({ slug: 'identity', latex: 'y = x', variables: [variable('y', 'the output')] });
    const r = renderSite([input(collection({ equations: [eq], intro }))], {}, { ...deps, linkLatex: undefined }, sources);
    return text(r.files.find((f) => f.path === 'index.html')?.contents);
  };

  it(`${LIMIT} characters: all rendered as markdown, no note`, async () => {
    const intro = prose(MAX_RENDERED_PROSE, (i) => `Paragraph ${i} with *emphasis*.`);
    const html = await home(intro);
    expect(html.includes('prose-rest')).toBe(false);
    const paragraphs = intro.split('\n\n');
    const [full, last] = paragraphs.slice(-2) as [string, string];
    expect(html.includes(`<p>${full.replace('*emphasis*', '<em>emphasis</em>')}</p><p>${last.replace('*', '<em>')}`)).toBe(true);
  });

  it('one more: markdown up to the cut, then a note and the rest as escaped text, nothing lost', async () => {
    const intro = `${prose(MAX_RENDERED_PROSE, (i) => `Paragraph ${i} with *emphasis* & <b>.`)}y`;
    const cut = proseCut(intro)!;
    const html = await home(intro);
    const rest = intro.slice(cut);
    const escape = (t: string) => t.replaceAll('&', '&#x26;').replaceAll('<', '&#x3C;');
    expect(html.includes(`<p class="prose-rest-note">The rest of this text (${rest.length} characters) is too long to format: shown as written.</p><pre class="prose-rest">${escape(rest)}</pre>`)).toBe(true);
    const before = intro.slice(0, cut).trimEnd();
    const lastRendered = before.slice(before.lastIndexOf('\n') + 1);
    expect(html.includes(`<p>${escape(lastRendered).replace('*emphasis*', '<em>emphasis</em>')}</p><p class="prose-rest-note">`)).toBe(true);
    expect(html.includes('<b>')).toBe(false);
  });

  it('a real introduction of 50 KB (headings, lists, math, links) is rendered whole', async () => {
    const section = (i: number) => `## Part ${i}\n\nThe *loss* $L_{${i}}$ of [model ${i}](https://example.org/${i}):\n\n- first point\n- second point with \`code\`\n\n> A quoted remark.\n\n`;
    let intro = '';
    for (let i = 0; intro.length < 50_000; i++) intro += section(i);
    const html = await home(intro.trim());
    expect(html.includes('prose-rest')).toBe(false);
    const last = (intro.match(/## Part (\d+)/g) ?? []).length - 1;
    expect(html.includes(`<a href="https://example.org/${last}">model ${last}</a>`)).toBe(true);
  });
});

describe('a where-list item past the bound', () => {
  /** A file whose item `$z$ is …` is exactly `length` characters of markdown. */
  const withItem = (length: number) => {
    const head = '$z$ is ';
    return `# Title\n\n${EQ}- ${head}${'a few words '.repeat(length / 12 + 1).slice(0, length - head.length - 1)}z\n`;
  };
  const site = async (source: string) => {
    const { sources, deps } = await env();
    const { collection: c } = parse(source);
    const r = renderSite([input(c)], {}, { ...deps, linkLatex: undefined }, sources);
    const page = (p: string) => text(r.files.find((f) => f.path === p)?.contents);
    return { item: c.equations[0]!.variables[2]!.item, home: page('index.html'), equation: page('equations/identity/index.html'), search: page('search/index.html') };
  };

  it(`${LIMIT} characters: no warning, rendered whole on every page`, async () => {
    const source = withItem(MAX_RENDERED_PROSE);
    expect(tooLong(source)).toEqual([]);
    const { item, home, equation } = await site(source);
    expect(item).toHaveLength(MAX_RENDERED_PROSE);
    const tail = item.slice(-40);
    expect(home.includes(`${tail}</li>`)).toBe(true);
    expect(equation.includes(`${tail}</li>`)).toBe(true);
  });

  it('one more: a warning where rendering stops; its equation page shows the rest, the lists an ellipsis', async () => {
    const source = withItem(MAX_RENDERED_PROSE + 1);
    const [d, ...more] = tooLong(source);
    expect(more).toEqual([]);
    expect(d!.message).toMatch(/^This where-list item is longer than/);
    const { item, home, equation, search } = await site(source);
    const cut = proseCut(item)!;
    expect(cut).toBe(MAX_RENDERED_PROSE);
    expect(source.slice(offsetOf(source, d!))).toBe(`${item.slice(cut)}\n`);
    expect(equation.includes(`${item.slice(cut - 40)}</li>`)).toBe(true);
    expect(home.includes(`${item.slice(cut - 40, cut)} …</li>`)).toBe(true);
    expect(search.includes(`${item.slice(cut - 40, cut)} …`)).toBe(true);
  });
});

describe('the CLI on a long introduction of `<` (runLt of scripts/hostile-figures.js, smaller)', () => {
  it('check warns; build exits 0 and the home page keeps every `<` of the rest as text', () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'formulary-prose-bound-'));
    try {
      const file = path.join(tmp, 'run-lt.md');
      const run = '<'.repeat(600_000);
      writeFileSync(file, `# Run\n\n${run}\n\n${EQ}`);
      const c = cli('check', '--format', 'json', file);
      expect(c.stderr).not.toMatch(/\n\s+at |internal error/);
      expect(c.status).toBe(0);
      // A 600,000-character line is also read as paragraphs of about 64 KiB (block-too-long), with the same text.
      expect(JSON.parse(c.stdout).diagnostics.map((d: { ruleId: string }) => d.ruleId)).toEqual(['markup-too-dense', 'block-too-long', 'prose-too-long']);
      const b = cli('build', file, '--out', path.join(tmp, 'dist'), '--no-images', '--no-speech');
      expect(b.stderr).not.toMatch(/\n\s+at |internal error/);
      expect(b.status).toBe(0);
      const home = readFileSync(path.join(tmp, 'dist', 'index.html'), 'utf8');
      const rest = /<pre class="prose-rest">([^<]*)<\/pre>/.exec(home)?.[1] ?? '';
      expect(rest.split('&#x3C;').length - 1).toBe(run.length - MAX_RENDERED_PROSE);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
