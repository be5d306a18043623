/**
 * Nothing the author wrote is lost (issue 24): every clean document of the real-world corpus is
 * built, and the prose of each equation section (the lines from an equation's heading to the next
 * heading) is found on that equation's page: in the title, the where-list or the section content
 * under it. Math is typeset, so the check takes the prose between math spans: each run of at
 * least three words, without markdown markup and without the joining words a where-sentence's
 * items drop ("and", "where", "Here,").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadProject } from '../../src/pipeline/project.js';

const DIR = path.resolve(__dirname, '../fixtures/real-world');
const REL = path.relative(process.cwd(), DIR);

const DOCS = readdirSync(DIR)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .filter((f) => (JSON.parse(readFileSync(path.join(DIR, f.replace(/\.md$/, '.expected.json')), 'utf8')) as { errors: unknown[] }).errors.length === 0)
  .sort();

/** The page's visible text: tags dropped, entities decoded, spaces collapsed. */
function pageText(html: string): string {
  const body = html.replace(/<head>[\s\S]*?<\/head>/, '').replace(/<script[\s\S]*?<\/script>/g, '');
  return body
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** Source lines of each section: [first line, end line) from a heading to the next one, outside code fences (0-based). */
function sections(lines: string[]): Array<{ heading: number; end: number }> {
  const headings: number[] = [];
  let fence: string | null = null;
  lines.forEach((line, i) => {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (fence === null) fence = f[1]!;
      else if (f[1]!.startsWith(fence)) fence = null;
      return;
    }
    if (fence === null && /^ {0,3}#{1,6}[ \t]/.test(line)) headings.push(i);
  });
  return headings.map((h, k) => ({ heading: h, end: headings[k + 1] ?? lines.length }));
}

// English, and the French words a where-sentence's items drop the same way ("où", "avec", "et").
const JOINING = /^(?:(?:and|or|where|here|with|while|whereas|in which|let|be|then|où|avec|et|ou)(?![\p{L}])|[\s,;:.，。；：、])+|(?:(?<![\p{L}])(?:and|or|where|with|while|whereas|be|et|ou|avec)|[\s,;:.，。；：、])+$/giu;
/** Characters of scripts written without spaces (Chinese, Japanese): a run of them counts as words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** The prose runs of a section's text: math, code, comments and markup taken out. */
function proseRuns(text: string): string[] {
  const withoutMath = text
    // A colon-fenced box's marker lines (`::: tip Free space`, `:::`) are its frame, not prose: the
    // reader reads the box's body as the section's (colon-fences.ts) and the page does not show
    // the frame or its title.
    .replace(/^ {0,3}:{3,}.*$/gm, '\u0000')
    .replace(/<!--[\s\S]*?-->/g, '\u0000')
    .replace(/```[\s\S]*?```/g, '\u0000')
    // Hugo's math: shortcodes and doubled backslashes (`\\(x\\)`), before the single-backslash forms.
    .replace(/\{\{[<%]\s*(katex|math|m|mathjax|latex|chem)\b[^}]*[>%]\}\}[\s\S]*?\{\{[<%]\s*\/\s*\1\s*[>%]\}\}|\\\\\[[\s\S]*?\\\\\]|\\\\\([\s\S]*?\\\\\)/g, '\u0000')
    .replace(/\{math\}`[^`\n]*`|\$\$[\s\S]*?\$\$|\\\[[\s\S]*?\\\]|\\\([\s\S]*?\\\)|\$`[^`]*`\$|\$[^$\n]+\$/g, '\u0000')
    // A reference is shown as its link ("Eq. 3", the target's name): the words around it are the author's.
    // Before code spans: MyST's role `{eq}`x`` ends in one.
    .replace(/\\(?:eq)?ref\{[^}]*\}|\\@ref\([^)]*\)|\[?@eq[-:][\w:-]*\]?|\{eq\}`[^`]*`|\[\[[^\]]*\]\]/g, '\u0000')
    .replace(/`[^`\n]*`/g, '\u0000')
    .replace(/\\begin\{(\w+\*?)\}[\s\S]*?\\end\{\1\}/g, '\u0000');
  const runs: string[] = [];
  for (const line of withoutMath.split('\n')) {
    const plain = line
      .replace(/<\/?[A-Za-z][^>]*>/g, '\u0000')
      .replace(/^\s*(?:>\s*)*(?:[-*+]|\d{1,9}[.)])?\s+/, '')
      // A bold lead-in names the formula (the page's title); the rest of its line is content.
      .replace(/^\s*(\*\*|__)([^*_]+?):?\1\s*:?/, '$2\u0000')
      .replace(/^\s*(?:!!!|\?\?\?\+?|===)\s+(?:"([^"]*)"|\S+(?:\s+"([^"]*)")?)/, '$1$2')
      .replace(/\[!\w+\][+-]?/g, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\*\*|__|(?<![\w\\])[*_]|[*_](?!\w)/g, '')
      .replace(/\\([!-/:-@[-`{-~])/g, '$1');
    // Cells, and sentences (a where-sentence's definitions are items, the sentence after it content).
    for (const piece of plain.split(/\u0000|\||(?<=[.?!])\s+(?=[A-Z])/)) {
      const run = piece.replace(/\s+/g, ' ').replace(JOINING, '').trim();
      if (run.split(' ').filter((w) => /\p{L}/u.test(w)).length >= 3 || (run.match(UNSPACED)?.length ?? 0) >= 4) runs.push(run);
    }
  }
  return runs;
}

describe('the real-world corpus keeps the author’s text', () => {
  let out: string;
  beforeAll(async () => {
    out = await mkdtemp(path.join(tmpdir(), 'formulary-content-'));
  });
  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

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

  it.each(DOCS)('%s: each paragraph of an equation section is on its equation’s page', async (doc) => {
    const site = path.join(out, doc.replace(/\.md$/, ''));
    // The prose is what is looked for: no images or speech (tests/real-world/corpus.test.ts builds these documents with both).
    const r = await build([path.join(REL, doc), '--out', site, '--no-images', '--no-speech']);
    expect(r.code, r.err).toBe(0);
    const project = await loadProject([path.join(REL, doc)]);
    const equations = project.collections[0]!.collection.equations;
    const lines = readFileSync(path.join(DIR, doc), 'utf8').split(/\r\n|\r|\n/);
    const missing: string[] = [];
    let checked = 0;
    for (const section of sections(lines)) {
      const own = equations.filter((eq) => eq.positions.heading.start.line === section.heading + 1);
      if (own.length === 0) continue;
      const pages = own.map((eq) => pageText(readFileSync(path.join(site, 'equations', eq.slug, 'index.html'), 'utf8'))).join(' ');
      for (const run of proseRuns(lines.slice(section.heading + 1, section.end).join('\n'))) {
        checked++;
        if (!pages.includes(run)) missing.push(`line ${section.heading + 1}: ${run}`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });
});
