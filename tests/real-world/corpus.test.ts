/**
 * The real-world corpus (issue 11): documents in the styles people and tools really write
 * (tests/fixtures/real-world/*.md, and the .qmd, .Rmd, .mdx and .ipynb documents of other tools),
 * each with hand-checked ground truth in <doc>.expected.json.
 *
 * For every document: the error diagnostics are exactly the expected ones (rule, line, and the
 * file text at the column), the equation records are exactly the expected ones (name, LaTeX,
 * defined symbols), and a document without a real error builds. A score table (equation recall,
 * extra records, where-definitions read/right, symbol-warning precision/recall) is printed, and
 * the total symbol-warning precision must be at least 90%.
 *
 * The expectations follow the reader contract of issue 11; see tests/fixtures/real-world/README.md
 * for the calls made where that contract is silent.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadProject, type Project } from '../../src/pipeline/project.js';
import { compileLatex } from '../../src/katex/compile.js';
import type { Diagnostic, Equation } from '../../src/types.js';
import { notebookMarkdown } from '../../src/read/notebook.js';

const DIR = path.resolve(__dirname, '../fixtures/real-world');
const REL = path.relative(process.cwd(), DIR);

interface ExpectedEquation {
  name: string;
  latex: string;
  symbols: string[];
}
interface ExpectedDiagnostic {
  ruleId: string;
  line: number;
  text: string;
}
interface Expected {
  style: string;
  /**
   * The documents of issue 24's survey, and the held-out documents written to measure the reader
   * on styles it was not built against (the issue-11 documents have none).
   */
  corpus?: 'issue-24' | 'held-out';
  /**
   * What the reader reads today where it falls short of the ground truth, by equation index:
   * the defined symbols as it reads them. The records test holds the reader to exactly this (so a
   * regression or an improvement shows); the scores are still counted against `equations`.
   */
  readerGaps?: Record<string, { readAs: string[] }>;
  equations: ExpectedEquation[];
  errors: ExpectedDiagnostic[];
  symbolWarnings: ExpectedDiagnostic[];
}

/** The documents: markdown, and the files of other tools the reader reads (src/read/content-files.ts). */
const DOCUMENT = /\.(md|qmd|Rmd|mdx|ipynb)$/;
const DOCS = readdirSync(DIR)
  .filter((f) => DOCUMENT.test(f) && f !== 'README.md')
  .sort();

function expectedOf(doc: string): Expected {
  return JSON.parse(readFileSync(path.join(DIR, doc.replace(DOCUMENT, '.expected.json')), 'utf8')) as Expected;
}

/** The markdown the author wrote: a notebook's markdown cells (its lines and columns are still the JSON's). */
function markdownOf(doc: string): string {
  const text = textOf(doc);
  if (!doc.endsWith('.ipynb')) return text;
  const nb = notebookMarkdown(text);
  return 'text' in nb ? nb.text : '';
}

function textOf(doc: string): string {
  return readFileSync(path.join(DIR, doc), 'utf8');
}

/** Lines as the spec counts them: LF, CRLF and CR all end a line. */
function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** The file text at a 1-based line and column (columns count UTF-16 code units, like the diagnostics). */
function textAt(lines: string[], line: number, column: number, length: number): string {
  return (lines[line - 1] ?? '').slice(column - 1, column - 1 + length);
}

const ws = (s: string): string => s.replace(/\s+/g, ' ').trim();
const nameKey = (s: string): string => ws(s).toLowerCase();

const projects = new Map<string, Promise<Project>>();
function load(doc: string): Promise<Project> {
  let p = projects.get(doc);
  if (!p) {
    p = loadProject([path.join(REL, doc)]);
    projects.set(doc, p);
  }
  return p;
}

function equationsOf(project: Project): Equation[] {
  return project.collections[0]?.collection.equations ?? [];
}

/** The comparable form of a record: what the ground truth states. */
function recordView(eq: { name: string; latex: string; symbols: string[] }): { name: string; latex: string; symbols: string[] } {
  return { name: nameKey(eq.name), latex: ws(eq.latex), symbols: eq.symbols.map(ws) };
}

/** The ground truth's records with the reader's recorded gaps in place of the symbols it does not read yet. */
function withGaps(expected: Expected): Array<{ name: string; latex: string; symbols: string[] }> {
  return expected.equations.map((eq, i) => recordView({ ...eq, symbols: expected.readerGaps?.[String(i)]?.readAs ?? eq.symbols }));
}

function actualRecords(project: Project): Array<{ name: string; latex: string; symbols: string[] }> {
  return equationsOf(project).map((eq) => recordView({ name: eq.nameText, latex: eq.latex, symbols: eq.variables.flatMap((v) => v.symbols) }));
}

/** A diagnostic as the ground truth states it: rule, line, and the text at its column (as long as the expected text, when one matches). */
function diagnosticView(d: Diagnostic, lines: string[], expected: ExpectedDiagnostic[]): ExpectedDiagnostic {
  const e = expected.find((x) => x.ruleId === d.ruleId && x.line === d.line);
  return { ruleId: d.ruleId, line: d.line, text: textAt(lines, d.line, d.column, e ? e.text.length : 24) };
}

const byPosition = (a: ExpectedDiagnostic, b: ExpectedDiagnostic): number =>
  a.line - b.line || a.ruleId.localeCompare(b.ruleId) || a.text.localeCompare(b.text);

const SYMBOL_RULES = new Set(['undefined-symbol', 'unused-symbol']);

/** Multiset intersection size of two string lists. */
function overlap(a: string[], b: string[]): number {
  const left = [...b];
  let n = 0;
  for (const x of a) {
    const i = left.indexOf(x);
    if (i >= 0) {
      left.splice(i, 1);
      n++;
    }
  }
  return n;
}

interface Score {
  doc: string;
  expectedEquations: number;
  foundEquations: number;
  extraRecords: number;
  expectedSymbols: number;
  readExpectedSymbols: number;
  readSymbols: number;
  rightSymbols: number;
  reportedWarnings: number;
  trueReported: number;
  expectedWarnings: number;
  expectedFound: number;
  errorsMatch: boolean;
}

function score(doc: string, project: Project): Score {
  const expected = expectedOf(doc);
  const lines = linesOf(textOf(doc));
  const actual = actualRecords(project);
  const wanted = expected.equations.map(recordView);

  // Equation recall: each expected equation is found by its LaTeX, in document order, once.
  const used = new Set<number>();
  let found = 0;
  let expectedSymbols = 0;
  let readExpected = 0;
  let readSymbols = 0;
  let right = 0;
  for (const w of wanted) {
    expectedSymbols += w.symbols.length;
    const i = actual.findIndex((a, k) => !used.has(k) && a.latex === w.latex);
    if (i < 0) continue;
    used.add(i);
    found++;
    const got = actual[i]!.symbols;
    readExpected += overlap(w.symbols, got);
    readSymbols += got.length;
    right += overlap(got, w.symbols);
  }

  const warnings = project.diagnostics.filter((d) => SYMBOL_RULES.has(d.ruleId));
  const truth = expected.symbolWarnings;
  const isTrue = (d: Diagnostic, e: ExpectedDiagnostic): boolean =>
    e.ruleId === d.ruleId && e.line === d.line && textAt(lines, d.line, d.column, e.text.length) === e.text;
  const trueReported = warnings.filter((d) => truth.some((e) => isTrue(d, e))).length;
  const expectedFound = truth.filter((e) => warnings.some((d) => isTrue(d, e))).length;

  const errors = project.diagnostics.filter((d) => d.severity === 'error');
  const errorsMatch =
    JSON.stringify(errors.map((d) => diagnosticView(d, lines, expected.errors)).sort(byPosition)) ===
    JSON.stringify([...expected.errors].sort(byPosition));

  return {
    doc,
    expectedEquations: wanted.length,
    foundEquations: found,
    extraRecords: actual.length - found,
    expectedSymbols,
    readExpectedSymbols: readExpected,
    readSymbols,
    rightSymbols: right,
    reportedWarnings: warnings.length,
    trueReported,
    expectedWarnings: truth.length,
    expectedFound,
    errorsMatch,
  };
}

const pct = (n: number, d: number): string => (d === 0 ? '   -' : `${Math.round((100 * n) / d)}%`.padStart(4));

function table(scores: Score[]): string {
  const total = scores.reduce<Score>(
    (t, s) => ({
      doc: 'TOTAL',
      expectedEquations: t.expectedEquations + s.expectedEquations,
      foundEquations: t.foundEquations + s.foundEquations,
      extraRecords: t.extraRecords + s.extraRecords,
      expectedSymbols: t.expectedSymbols + s.expectedSymbols,
      readExpectedSymbols: t.readExpectedSymbols + s.readExpectedSymbols,
      readSymbols: t.readSymbols + s.readSymbols,
      rightSymbols: t.rightSymbols + s.rightSymbols,
      reportedWarnings: t.reportedWarnings + s.reportedWarnings,
      trueReported: t.trueReported + s.trueReported,
      expectedWarnings: t.expectedWarnings + s.expectedWarnings,
      expectedFound: t.expectedFound + s.expectedFound,
      errorsMatch: t.errorsMatch && s.errorsMatch,
    }),
    {
      doc: 'TOTAL', expectedEquations: 0, foundEquations: 0, extraRecords: 0, expectedSymbols: 0, readExpectedSymbols: 0,
      readSymbols: 0, rightSymbols: 0, reportedWarnings: 0, trueReported: 0, expectedWarnings: 0, expectedFound: 0, errorsMatch: true,
    },
  );
  const width = Math.max(...scores.map((s) => s.doc.length), 5);
  const head = `${'document'.padEnd(width)}  eqs found extra  recall  defs read right  warn true  prec  recall  errors`;
  const row = (s: Score): string =>
    [
      s.doc.padEnd(width),
      String(s.expectedEquations).padStart(4),
      String(s.foundEquations).padStart(5),
      String(s.extraRecords).padStart(5),
      pct(s.foundEquations, s.expectedEquations).padStart(7),
      String(s.expectedSymbols).padStart(5),
      pct(s.readExpectedSymbols, s.expectedSymbols).padStart(4),
      pct(s.rightSymbols, s.readSymbols).padStart(5),
      String(s.reportedWarnings).padStart(5),
      String(s.trueReported).padStart(4),
      pct(s.trueReported, s.reportedWarnings).padStart(5),
      `${pct(s.expectedFound, s.expectedWarnings)} of ${s.expectedWarnings}`.padStart(7),
      s.errorsMatch ? '    ok' : '  DIFF',
    ].join(' ');
  return [head, ...scores.map(row), '-'.repeat(head.length), row(total)].join('\n');
}

describe('the real-world corpus', () => {
  it('has at least 14 documents of 60 to 250 lines, each with its expectations', () => {
    const distinct = new Set(DOCS.map((d) => d.replace(/-(lf|crlf|cr)\.md$/, '.md')));
    expect(distinct.size).toBeGreaterThanOrEqual(14);
    for (const doc of DOCS) {
      const n = linesOf(textOf(doc)).length;
      expect(n, doc).toBeGreaterThanOrEqual(60);
      expect(n, doc).toBeLessThanOrEqual(250);
      expect(() => expectedOf(doc), doc).not.toThrow();
    }
  });

  // Guards the ground truth itself against typos: every expected formula is written in its
  // document and compiles, every expected symbol is written there, and every expected
  // diagnostic's text is on its line.
  describe.each(DOCS)('ground truth of %s', (doc) => {
    it('is consistent with the document', () => {
      const text = textOf(doc);
      const flat = ws(markdownOf(doc));
      const lines = linesOf(text);
      const expected = expectedOf(doc);
      for (const eq of expected.equations) {
        expect(flat, `${eq.name}: latex`).toContain(ws(eq.latex));
        expect(compileLatex(eq.latex, true).error, `${eq.name}: compiles`).toBeNull();
        for (const s of eq.symbols) expect(flat, `${eq.name}: symbol ${s}`).toContain(ws(s));
      }
      for (const d of [...expected.errors, ...expected.symbolWarnings]) {
        expect(lines[d.line - 1] ?? '', `${d.ruleId} at line ${d.line}`).toContain(d.text);
      }
    });
  });

  describe.each(DOCS)('%s', (doc) => {
    it('reports exactly the real errors, at their line and character', async () => {
      const project = await load(doc);
      const expected = expectedOf(doc);
      const lines = linesOf(textOf(doc));
      const errors = project.diagnostics.filter((d) => d.severity === 'error');
      expect(errors.map((d) => diagnosticView(d, lines, expected.errors)).sort(byPosition)).toEqual([...expected.errors].sort(byPosition));
    });

    it('reads exactly the expected equation records', async () => {
      const project = await load(doc);
      expect(actualRecords(project)).toEqual(withGaps(expectedOf(doc)).map(recordView));
    });
  });

  describe('builds', () => {
    let out: string;
    beforeAll(async () => {
      out = await mkdtemp(path.join(tmpdir(), 'formulary-real-world-'));
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

    const clean = DOCS.filter((doc) => expectedOf(doc).errors.length === 0);
    it.each(clean)('%s (no real error) builds', async (doc) => {
      const r = await build([path.join(REL, doc), '--out', path.join(out, doc.replace(DOCUMENT, ''))]);
      expect(r.code, r.err).toBe(0);
    });
  });

  it('reads the three line-ending variants of one document identically, at the same lines and columns', async () => {
    const variants = ['projectile-motion-lf.md', 'projectile-motion-crlf.md', 'projectile-motion-cr.md'];
    const views = await Promise.all(
      variants.map(async (doc) => {
        const project = await load(doc);
        const point = (p: { line: number; column: number } | undefined) => (p ? `${p.line}:${p.column}` : null);
        return {
          title: project.collections[0]?.collection.title,
          equations: equationsOf(project).map((eq) => ({
            slug: eq.slug,
            name: eq.name,
            latex: eq.latex,
            variables: eq.variables.map((v) => ({ symbols: v.symbols, description: v.description, at: point(v.position.start) })),
            heading: point(eq.positions.heading.start),
            equation: point(eq.positions.equation?.start),
            whereList: point(eq.positions.whereList?.start),
          })),
          diagnostics: project.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`),
        };
      }),
    );
    expect(views[0]!.equations.length).toBeGreaterThan(0);
    expect(views[1]).toEqual(views[0]);
    expect(views[2]).toEqual(views[0]);
  });

  it('scores the reader: symbol-warning precision is at least 90% on the issue-11 documents and on issue 24\'s (the table is printed)', async () => {
    const scores: Score[] = [];
    for (const doc of DOCS) scores.push(score(doc, await load(doc)));
    console.log(`\nReal-world corpus: reader scores against the hand-checked ground truth\n${table(scores)}\n`);
    const precisionOf = (list: Score[]): number => {
      const reported = list.reduce((n, s) => n + s.reportedWarnings, 0);
      return reported === 0 ? 1 : list.reduce((n, s) => n + s.trueReported, 0) / reported;
    };
    const survey = new Set(DOCS.filter((d) => expectedOf(d).corpus === 'issue-24'));
    const heldOut = new Set(DOCS.filter((d) => expectedOf(d).corpus === 'held-out'));
    console.log(`\nHeld-out documents only\n${table(scores.filter((s) => heldOut.has(s.doc)))}\n`);
    expect(precisionOf(scores.filter((s) => !survey.has(s.doc) && !heldOut.has(s.doc)))).toBeGreaterThanOrEqual(0.9);
    // Issue 24's survey documents: 47% when they were merged (48 of 103 warnings right), 90% after
    // the symbol rules' second pass (55 of 61; what is left are definitions the reader does not
    // read, the `readerGaps`). This floor fails on a regression.
    expect(precisionOf(scores.filter((s) => survey.has(s.doc)))).toBeGreaterThanOrEqual(0.9);
    // Truly undefined symbols found, all documents: 70% before the second pass, 78% after (69 of 89; target 75%).
    const recall = scores.reduce((n, s) => n + s.expectedFound, 0) / scores.reduce((n, s) => n + s.expectedWarnings, 0);
    expect(recall).toBeGreaterThanOrEqual(0.77);
  });
});
