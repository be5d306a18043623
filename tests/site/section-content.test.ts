// The rest of an equation's section on its page (issue 24: nothing the author wrote is lost):
// paragraphs, admonitions, lists, tables and images under the where-list, escaped like the
// intro; images inside the project copied into the site, any other shown by its alt text.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadProject } from '../../src/pipeline/project.js';
import { readContentImages } from '../../src/read/content-images.js';
import { parseCollection } from '../../src/parse/parse.js';
import { MAX_RENDERED_PROSE } from '../../src/parse/prose-bound.js';

const DIR = path.resolve(__dirname, '../fixtures/section-content');
const DOC = path.relative(process.cwd(), path.join(DIR, 'project', 'springs.md'));

async function build(args: string[]): Promise<{ code: number; err: string }> {
  const { run } = await import('../../src/cli/build.js');
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    return { code: await run(args), err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('section content', () => {
  let out: string;
  let page: string;
  beforeAll(async () => {
    out = await mkdtemp(path.join(tmpdir(), 'formulary-section-content-'));
    const r = await build([DOC, '--out', out]);
    expect(r.code, r.err).toBe(0);
    page = await readFile(path.join(out, 'equations', 'hookes-law', 'index.html'), 'utf8');
  });
  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it('keeps each block of the section in the record, with its place and line', async () => {
    const project = await loadProject([DOC]);
    const [hooke, energy] = project.collections[0]!.collection.equations;
    expect(hooke!.content!.map((b) => [b.place, b.position.start.line, b.markdown.split('\n')[0]])).toEqual([
      ['before', 7, 'A spring pulls back in proportion to how far it is stretched:'],
      ['after', 13, '![A coiled spring](figures/spring.svg)'],
      ['after', 15, 'The law fails past the elastic limit, where the spring deforms for good <script>alert(1)</script>.'],
      // The admonition and the list after it are one block (the reader sees the admonition as a list item).
      ['after', 17, '> **Units**'],
      ['after', 23, '| Material | Typical constant |'],
      ['after', 28, '![Outside the project](../outside.svg) ![Remote](https://example.com/spring.png)'],
    ]);
    expect(energy!.content!.map((b) => b.markdown)).toEqual(['Storing energy this way is how a clock spring works.']);
  });

  it('shows it under the where-list, math typeset and HTML as text', () => {
    const where = page.indexOf('class="where-list"');
    const notes = page.indexOf('id="notes"');
    expect(where).toBeGreaterThan(0);
    expect(notes).toBeGreaterThan(where);
    const section = page.slice(notes);
    expect(section).toContain('A spring pulls back in proportion');
    expect(section).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(section).not.toContain('<script>alert');
    expect(section).toMatch(/<blockquote>\s*<p><strong>Units<\/strong>/);
    expect(section).toContain('class="katex"');
    expect(section).toMatch(/<li>Stiff springs have a large constant\.<\/li>/);
  });

  it('renders a table as a table, math in its cells typeset', () => {
    const table = /<table>[\s\S]*?<\/table>/.exec(page.slice(page.indexOf('id="notes"')))?.[0] ?? '';
    expect(table).toContain('<th>Material</th>');
    expect(table).toContain('<td>steel wire</td>');
    expect(table).toMatch(/<td><span class="katex">/);
  });

  it('copies an image of the project into the site and shows a remote one by its alt text', async () => {
    const img = /<img src="([^"]+)" alt="A coiled spring"/.exec(page);
    expect(img).not.toBeNull();
    const spring = (await readdir(path.join(out, 'assets', 'images'))).find((f) => /^spring-[\w-]+\.svg$/.test(f));
    expect(spring).toBeDefined();
    expect(img![1]!.endsWith(`/assets/images/${spring}`)).toBe(true);
    expect(await readFile(path.join(out, 'assets', 'images', spring!), 'utf8')).toBe(await readFile(path.join(DIR, 'project', 'figures', 'spring.svg'), 'utf8'));
    expect(page).not.toContain('example.com/spring.png');
    expect(page).toContain('Remote');
  });

  it('refuses an image path that leaves the project', async () => {
    const project = await loadProject([path.join(DIR, 'project', 'springs.md')]);
    const inProject = await readContentImages(project.collections.map((c) => c.collection), path.join(DIR, 'project'));
    expect([...inProject.keys()].map((k) => k.split('\n')[1])).toEqual(['figures/spring.svg']);
  });

  it('bounds it like the intro: past the bound a prose-too-long warning in the section, at the cut', () => {
    const line = 'The spring stretches a little more with each added weight. '.repeat(40);
    const paragraphs = Array.from({ length: Math.ceil((MAX_RENDERED_PROSE * 1.2) / line.length) }, () => line.trim());
    const text = `# Springs\n\n## Hooke's Law\n\n$$F = -k x$$\n\n${paragraphs.join('\n\n')}\n`;
    const { collection, diagnostics } = parseCollection({ path: 'long.md', text });
    expect(collection.equations[0]!.content!.length).toBe(paragraphs.length);
    const long = diagnostics.filter((d) => d.ruleId === 'prose-too-long');
    expect(long).toHaveLength(1);
    expect(long[0]!.equation).toBe('hookes-law');
    expect(long[0]!.line).toBeGreaterThan(7);
    expect(text.split('\n')[long[0]!.line - 1]!.slice(long[0]!.column - 1)).toBe(paragraphs[0]);
  });

  it('keeps a display with blank lines inside (in a list item or a blockquote) as one formula the page can typeset', async () => {
    const text = [
      '# Waves', '', '## Energy flow', '', '$$S = E H$$', '', 'For a plane wave:', '',
      '1. The average:', '', '   $$\\begin{array}{c}', '   a = b \\\\', '', '   = c', '   \\end{array}$$', '',
      // A quoted display presents a formula (trial 3, H5); this quote is a note, so its display stays content.
      '> **Note:**', '>', '> $$p = q \\\\', '>', '> r = s$$', '',
    ].join('\n');
    const { collection } = parseCollection({ path: 'waves.md', text });
    const md = collection.equations[0]!.content!.map((b) => b.markdown).join('\n\n');
    // No blank line is left inside the math (the site's markdown would end it there), and nothing else is lost.
    expect(md).toContain('$\\begin{array}{c}\n   a = b \\\\\n   = c\n   \\end{array}$');
    expect(md).toContain('$p = q \\\\\n> r = s$');
    const { unified } = await import('unified');
    const { default: remarkParse } = await import('remark-parse');
    const { default: remarkMath } = await import('remark-math');
    const tree = unified().use(remarkParse).use(remarkMath).parse(md);
    const maths: string[] = [];
    const walk = (n: { type: string; value?: string; children?: unknown[] }): void => {
      if (n.type === 'inlineMath') maths.push(n.value!.replace(/\s+/g, ' '));
      for (const c of n.children ?? []) walk(c as typeof n);
    };
    walk(tree as never);
    expect(maths).toEqual(['\\begin{array}{c} a = b \\\\ = c \\end{array}', 'p = q \\\\ r = s']);
  });
});
