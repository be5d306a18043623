// Long texts are parsed in pieces (src/parse/pieces.ts; README "Limits", Paragraphs): the same
// records as one parse, and a paragraph past its line bound is cut (block-too-long).
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMath from 'remark-math';
import { MAX_BLOCK_LINES, PIECE_CHARS, parseInPieces, pieceCuts } from '../../src/parse/pieces.js';
import { parseCollection } from '../../src/parse/parse.js';
import { ensureRemark } from '../../src/parse/remark.js';
import { HANG_LIMIT } from '../hang-limit.js';

// Hostile inputs take as long as a loaded machine needs: each test waits (HANG_LIMIT only ends a
// hang); a 60 s limit failed under load (2,000 nested list items took 80 s beside two busy processes).
vi.setConfig({ testTimeout: HANG_LIMIT });

const parser = unified().use(remarkParse).use(remarkMath);
const remark = (text: string) => parser.parse(text) as Root;
const EQ = '#### 1. Line\n$y = mx + b$\n\nwhere:\n\n- $y$ is the output\n- $m$ is the slope\n';
const parse = (text: string) => parseCollection({ path: 'long.md', text });
/** Node types and offsets, without line/column (piece-relative after a cut). */
const shape = (root: Root): unknown => JSON.parse(JSON.stringify(root, (k, v: unknown) => (k === 'line' || k === 'column' ? undefined : v)));

beforeAll(ensureRemark);

describe('pieces: a long text is read in pieces cut before top-level paragraphs', () => {
  it('a text of PIECE_CHARS is read whole; past it, pieces give the same tree (lists, quotes, fences, HTML, math)', () => {
    const block = 'Some prose with $a^2$ and *emphasis*.\n\n- a list item\n\n  continued in the item\n\n> a quote\nlazy line\n\n```\ncode\n\nstill code\n```\n\n<!--\n\ncomment\n-->\n\n$$\nx = 1\n$$\n\n';
    const text = block.repeat(Math.ceil((3 * PIECE_CHARS) / block.length));
    expect(pieceCuts(text.slice(0, PIECE_CHARS)).cuts).toEqual([]);
    const { cuts, forced } = pieceCuts(text);
    expect(cuts.length).toBeGreaterThanOrEqual(2);
    expect(forced).toEqual([]);
    for (const at of cuts) expect(text.slice(at).startsWith('Some prose')).toBe(true);
    expect(shape(parseInPieces(text, remark))).toEqual(shape(remark(text)));
  });

  it('never cuts inside a fence or an HTML comment that spans blank lines', () => {
    const fenced = `\`\`\`\n${'line\n\nparagraph-like\n\n'.repeat(PIECE_CHARS / 10)}\`\`\`\n\nAfter.\n`;
    const cutsInFence = pieceCuts(fenced).cuts.filter((at) => at < fenced.indexOf('```\n\nAfter'));
    expect(cutsInFence).toEqual([]);
    const comment = `<!--\n${'line\n\nparagraph-like\n\n'.repeat(PIECE_CHARS / 10)}-->\n\nAfter.\n`;
    expect(pieceCuts(comment).cuts.filter((at) => at < comment.indexOf('-->'))).toEqual([]);
  });

  it('equations after a long intro keep their records and positions', () => {
    const intro = 'A sentence of the introduction.\n\n'.repeat(Math.ceil((2 * PIECE_CHARS) / 33));
    const whole = parse(`# Long\n\n${intro}${EQ}`);
    expect(whole.collection.equations.map((e) => [e.slug, e.latex, e.positions.equation.start.line])).toEqual([['line', 'y = mx + b', 3 + intro.split('\n').length]]);
    expect(whole.diagnostics.map((d) => d.ruleId)).not.toContain('block-too-long');
  });
});

describe('paragraph lines: block-too-long', () => {
  // `*prose*`: markdown the fast path leaves to remark (which reads long blocks in pieces).
  const paragraph = (lines: number) => Array.from({ length: lines }, (_, i) => `line ${i} of *prose* $x_{${i}}$`).join('\n');
  const long = (lines: number) => `# Long\n\n${paragraph(lines)}\n\n`.padEnd(PIECE_CHARS + 1, '\n') + EQ;

  it(`${MAX_BLOCK_LINES.toLocaleString('en-US')} lines stay one paragraph; one more is cut there, with a warning at the cut`, () => {
    expect(pieceCuts(long(MAX_BLOCK_LINES)).forced).toEqual([]);
    const at = parse(long(MAX_BLOCK_LINES));
    expect(at.diagnostics.map((d) => d.ruleId)).not.toContain('block-too-long');

    const over = long(MAX_BLOCK_LINES + 1);
    const { forced } = pieceCuts(over);
    expect(forced).toEqual([over.indexOf(`line ${MAX_BLOCK_LINES} of *prose*`)]);
    const r = parse(over);
    const d = r.diagnostics.filter((x) => x.ruleId === 'block-too-long');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ severity: 'warning', line: 3 + MAX_BLOCK_LINES, column: 1 });
    // Nothing is lost: every inline formula is still read, and the equation after it too.
    expect(r.collection.inlineMath).toHaveLength(MAX_BLOCK_LINES + 1);
    expect(r.collection.equations.map((e) => e.latex)).toEqual(['y = mx + b']);
  });

  it('waits while a `$` is open across lines (up to twice the bound)', () => {
    const lines = Array.from({ length: MAX_BLOCK_LINES + 5 }, (_, i) => (i === MAX_BLOCK_LINES - 1 ? 'opens $a +' : i === MAX_BLOCK_LINES + 1 ? 'b$ closes' : `line ${i}`));
    const text = `# Long\n\n${lines.join('\n')}\n\n`.padEnd(PIECE_CHARS + 1, '\n');
    const { forced } = pieceCuts(text);
    expect(forced).toEqual([text.indexOf('b$ closes\n') + 'b$ closes\n'.length]);
    const flood = `# Long\n\nopens $ ${'line\n'.repeat(3 * MAX_BLOCK_LINES)}`.padEnd(PIECE_CHARS + 1, '\n');
    expect(pieceCuts(flood).forced).toHaveLength(1);
  });

  it(`a blockquote or a list of ${MAX_BLOCK_LINES.toLocaleString('en-US')} lines stays one; one more is cut before its last line`, () => {
    const pad = (body: string) => `# Long\n\n${body}\n`.padEnd(PIECE_CHARS + 1, '\n') + EQ;
    for (const line of ['> a quoted line &amp; more', '- an item &amp; more', '1. an item &amp; more']) {
      const body = (n: number) => Array.from({ length: n }, () => line).join('\n');
      expect(pieceCuts(pad(body(MAX_BLOCK_LINES))).forced).toEqual([]);
      const over = pad(body(MAX_BLOCK_LINES + 1));
      expect(pieceCuts(over).forced).toEqual([over.indexOf(`\n${line}\n\n`) + 1]);
      const r = parse(over);
      expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['block-too-long']);
      expect(r.diagnostics[0]).toMatchObject({ line: 3 + MAX_BLOCK_LINES, column: 1 });
      expect(r.collection.equations.map((e) => e.latex)).toEqual(['y = mx + b']);
    }
  });

  it(`one list item or blockquote going on for more than ${MAX_BLOCK_LINES.toLocaleString('en-US')} lines (lazy or indented lines) is cut too; the rest is a paragraph`, () => {
    const pad = (body: string) => `# Long\n\n${body}\n`.padEnd(PIECE_CHARS + 1, '\n') + EQ;
    // A `\[x\]` line (read as ` $x$ `), a lazy line, an indented line, each after an item or a quote line.
    // (`*an*`: markdown the fast path leaves to remark.)
    for (const [first, line] of [['- *an* item', '\\[x\\]'], ['- *an* item', 'lazy words'], ['- *an* item', '  indented words'], ['> *a* quote', 'lazy words']] as const) {
      const body = (n: number) => [first, ...Array.from({ length: n - 1 }, () => line)].join('\n');
      expect(pieceCuts(pad(body(MAX_BLOCK_LINES))).forced).toEqual([]);
      const over = pad(body(MAX_BLOCK_LINES + 1));
      expect(pieceCuts(over).forced).toEqual([over.indexOf(`\n${line}\n\n`) + 1]);
      const r = parse(over);
      expect(r.diagnostics.filter((d) => d.ruleId === 'block-too-long')).toMatchObject([{ line: 3 + MAX_BLOCK_LINES, column: 1 }]);
      expect(r.collection.equations.at(-1)!.latex).toBe('y = mx + b');
    }
  });

  it('a blockquote is not cut inside its fenced code', () => {
    const quoted = `> \`\`\`\n${'> code\n'.repeat(MAX_BLOCK_LINES + 10)}> \`\`\`\n${'> after\n'.repeat(10)}`;
    const text = `# Long\n\n${quoted}`.padEnd(PIECE_CHARS + 1, '\n');
    expect(pieceCuts(text).forced).toEqual([text.indexOf('> after')]);
  });
});

describe('paragraph lines longer than a piece: block-too-long, cut inside the line', () => {
  // `*prose*`: markdown the fast path leaves to remark. Two `$` per unit: no math is open between units.
  const unit = 'word *prose* $x$ ';
  const line = (length: number) => unit.repeat(Math.floor(length / unit.length)).padEnd(length, 'a');
  const doc = (body: string) => `# Long\n\n${body}\n\n${EQ}`;
  const spans = (n: number) => Math.floor(n / unit.length);

  it(`a line of ${PIECE_CHARS.toLocaleString('en-US')} characters is read whole`, () => {
    const text = doc(line(PIECE_CHARS));
    expect(pieceCuts(text).inLine).toEqual([]);
    const r = parse(text);
    expect(r.diagnostics.map((d) => d.ruleId)).not.toContain('block-too-long');
    expect(r.collection.inlineMath).toHaveLength(spans(PIECE_CHARS));
  });

  it('one more character: cut before the last, with a warning there; nothing is lost', () => {
    const body = line(PIECE_CHARS + 1);
    const text = doc(body);
    const start = text.indexOf(body);
    expect(pieceCuts(text).inLine).toEqual([start + PIECE_CHARS]);
    const r = parse(text);
    expect(r.diagnostics.filter((d) => d.ruleId === 'block-too-long')).toMatchObject([
      { severity: 'warning', line: 3, column: PIECE_CHARS + 1, message: 'A line of more than 65,536 characters in a paragraph: read as several paragraphs of about that length from here on' },
    ]);
    expect(r.collection.inlineMath).toHaveLength(spans(PIECE_CHARS + 1));
    expect(r.collection.intro).toBe(body.trim());
    expect(r.collection.equations.map((e) => e.latex)).toEqual(['y = mx + b']);
  });

  it('the cut waits until no `$` is open, so a formula across the bound stays whole', () => {
    const body = `${'a'.repeat(PIECE_CHARS - 5)} $x + y + z$ b${'c'.repeat(100)}`;
    const text = doc(body);
    expect(pieceCuts(text).inLine).toEqual([text.indexOf('$ b') + 2]);
    expect(parse(text).collection.inlineMath.map((m) => m.latex)).toEqual(['x + y + z']);
  });

  it("a 1 MB line of '[(<`*_~\\|{$': read in pieces, the same formulas as read whole", () => {
    const body = '[(<`*_~\\|{$'.repeat(100_000);
    const text = doc(body);
    const { inLine } = pieceCuts(text);
    expect(inLine.length).toBeGreaterThanOrEqual(Math.floor(body.length / PIECE_CHARS) - 1);
    const r = parse(text);
    // Read whole (before lines were cut) it gave the same 49,666: code spans take the first backticks.
    expect(r.collection.inlineMath).toHaveLength(49_666);
    expect(new Set(r.collection.inlineMath.map((m) => m.latex))).toEqual(new Set(['[(<`*_~\\|{']));
    expect(r.collection.equations.map((e) => e.latex)).toEqual(['y = mx + b']);
  });
});
