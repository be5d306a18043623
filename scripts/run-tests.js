// Runs the whole Vitest suite (unit, integration and browser tests) and ends with one plain
// summary line, "tests: N passed, N failed", that CI logs can be read by. Exit code is Vitest's.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const dir = mkdtempSync(path.join(tmpdir(), 'formulary-tests-'));
const report = path.join(dir, 'results.json');
const vitest = path.join('node_modules', 'vitest', 'vitest.mjs');
const result = spawnSync(process.execPath, [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], { stdio: 'inherit' });
let summary = 'tests: no result file (Vitest did not finish)';
try {
  const data = JSON.parse(readFileSync(report, 'utf8'));
  // A file that fails outside its tests (e.g. in beforeAll) counts as one failure too.
  const brokenFiles = (data.testResults ?? []).filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed')).length;
  const failed = data.numFailedTests + brokenFiles;
  summary = `tests: ${data.numPassedTests} passed, ${failed} failed`;
  if (data.numPendingTests + data.numTodoTests > 0) summary += `, ${data.numPendingTests + data.numTodoTests} skipped`;
} catch {
  // keep the fallback line
}
rmSync(dir, { recursive: true, force: true });
console.log(summary);
process.exit(result.status ?? 1);
