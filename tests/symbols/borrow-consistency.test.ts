/**
 * Borrowed meanings within one document (issue 24, trial 4 K13, K14): a symbol the document
 * defines with one meaning, earlier or later, is explained (info naming where) in every section
 * that uses it, whichever symbols the two formulas share; a symbol it defines with two meanings,
 * or never, stays a warning. Entries, members and states of a borrowed symbol (`\hat{y}_i` of
 * `\hat{y}`, `\theta_{\text{old}}` of `\theta`) borrow like the symbol, as they do from the
 * equation's own where-list; a subscript word that names another quantity (`\theta_{\text{max}}`) does not.
 * Letters in a row that the document names as one quantity (`IoU` of `L_{IoU}`, K12) are that one name.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkParsed, parseFile } from '../../src/pipeline/compose.js';

/** `[equation name, severity, symbol]` of each undefined-symbol diagnostic of a fixture. */
async function symbolDiagnostics(name: string): Promise<Array<[string, string, string]>> {
  const path = `tests/symbols/fixtures/borrowing/${name}`;
  const parsed = await parseFile({ path, text: readFileSync(path, 'utf8') });
  const { diagnostics } = checkParsed(parsed, []);
  return diagnostics
    .filter((d) => d.ruleId === 'undefined-symbol')
    .map((d) => {
      const eq = parsed.collection.equations.filter((e) => e.positions.heading.start.line <= d.line).at(-1);
      return [eq?.name ?? '', d.severity, /^\$(.*?)\$ is/.exec(d.message)?.[1] ?? ''];
    });
}

describe('a symbol the document defines once', () => {
  it('is borrowed in every section that uses it, before or after its definition; two meanings or none stay warnings', async () => {
    expect(await symbolDiagnostics('one-meaning-anywhere.md')).toEqual([
      ['Mean kinetic energy', 'info', 'k'],
      ['Sound speed', 'info', 'k'],
      ['Sound speed', 'info', 'T'],
      ['Two meanings', 'warning', 'v'],
      ['Never defined', 'info', 'T'],
      ['Never defined', 'warning', 'z'],
    ]);
  });
});

describe('an entry, member or state of a borrowed symbol', () => {
  it('borrows its meaning: \\hat{y}_i, \\theta_{old}, entries of a bold vector or matrix in any accent spelling and case; a subscript naming another quantity stays a warning', async () => {
    expect(await symbolDiagnostics('members-of-borrowed.md')).toEqual([
      ['Step', 'info', '\\theta_{\\text{old}}'],
      ['Squared error', 'info', '\\hat{y}_i'],
      ['Not a state', 'warning', '\\theta_{\\text{max}}'],
      ['Entry-wise error', 'info', '\\widehat{p}_j'],
      ['Entry-wise error', 'info', 'a_{jk}'],
      ['Entry-wise error', 'info', 'c_k'],
    ]);
  });
});

describe('letters the document names as one quantity', () => {
  it('are that name (OvR of L_{OvR}), one warning when no words spell it (KQ), not one per letter', async () => {
    expect(await symbolDiagnostics('document-names.md')).toEqual([
      ['Penalised overlap', 'warning', 'OvR'],
      ['Unnamed run', 'warning', 'KQ'],
    ]);
  });
});
