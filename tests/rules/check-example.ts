// Runs `check` in-process on a rule's example project (src/rules/rule.ts `RuleExample`), as
// src/cli/check.ts does: loadProject, the URL-history diagnostics, then the per-rule cap.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadProject } from '../../src/pipeline/project.js';
import { readProjectHistory } from '../../src/read/site-files.js';
import { historyDiagnostics, updateHistory, URLS_FILE } from '../../src/site/url-history.js';
import { staleHistoryDiagnostic } from '../../src/pipeline/urls-stale.js';
import { sortDiagnostics } from '../../src/diagnostics/diagnostic.js';
import { capDiagnostics } from '../../src/diagnostics/cap.js';
import { tooManyDiagnostics } from '../../src/rules/too-many-diagnostics.js';
import { EXAMPLE_FILE, type RuleExample } from '../../src/rules/rule.js';
import type { Diagnostic } from '../../src/types.js';

function write(dir: string, file: string, data: string | Buffer): void {
  const full = path.join(dir, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, data);
}

/** The diagnostics `formulary check content` lists for the example (a temporary project, removed after). */
export async function checkExample(example: RuleExample): Promise<Diagnostic[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'formulary-rule-'));
  try {
    write(dir, EXAMPLE_FILE, Buffer.from(example.markdown, example.encoding ?? 'utf8'));
    for (const [file, text] of Object.entries(example.files ?? {})) write(dir, file, text);
    for (const [link, target] of Object.entries(example.links ?? {})) {
      mkdirSync(path.dirname(path.join(dir, link)), { recursive: true });
      symlinkSync(target, path.join(dir, link));
    }
    const project = await loadProject(['content'], dir);
    const history = await readProjectHistory(dir);
    const update = history ? updateHistory(history, project.collections.map((c) => ({ file: c.file.path, equations: c.collection.equations }))) : null;
    const moves = update ? historyDiagnostics(update) : [];
    // The committed file against what the next build records, as check does (urls-out-of-date).
    const current = (() => {
      try {
        return readFileSync(path.join(dir, URLS_FILE), 'utf8');
      } catch {
        return null;
      }
    })();
    const stale = update ? staleHistoryDiagnostic(current, update.history) : null;
    if (stale) moves.push(stale);
    return capDiagnostics(sortDiagnostics([...project.diagnostics, ...moves]), tooManyDiagnostics).listed;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
