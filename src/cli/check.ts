/** `formulary check [files or folders…]`: validate content and report like a compiler. */
import { loadProject } from '../pipeline/project.js';
import { loadConfig } from '../config/load.js';
import { countBySeverity, escapeControl, formatGithub, formatJson, formatPretty, jsonForTerminal, summaryLine, type OutputFormat } from './format.js';
import { UsageError } from './usage.js';
import { coverageOf } from './coverage.js';
import { symbolCoverage } from '../borrow/stage.js';
import { equationSymbols } from '../symbols/analysis.js';
import { parseCommandArgs } from './commands.js';
import { formatSarif } from './sarif.js';
import { readProjectHistory } from '../read/site-files.js';
import { historyDiagnostics, updateHistory } from '../site/url-history.js';
import { applyRuleSettings } from '../pipeline/rule-settings.js';
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import { capDiagnostics, MAX_DIAGNOSTICS_PER_RULE } from '../diagnostics/cap.js';
import { tooManyDiagnostics } from '../rules/too-many-diagnostics.js';
import { runFixes, type FileFix } from './fix.js';
import { readFile } from 'node:fs/promises';
import { URLS_FILE } from '../site/url-history.js';
import { staleHistoryDiagnostic } from '../pipeline/urls-stale.js';
import { commandHint } from './invocation.js';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('check', args);
  const format = (values.format ?? 'pretty') as OutputFormat | 'sarif';
  if (!['pretty', 'json', 'github', 'sarif'].includes(format)) throw new UsageError(`--format must be pretty, json, github or sarif (got '${values.format}')`);
  let maxWarnings = Infinity;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings'] as string);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings takes a whole number (got '${values['max-warnings']}')`);
  }
  // Same content as `build`: the paths given, else formulary.config.json's, else content/.
  const config = await loadConfig();
  const paths = positionals.length > 0 ? positionals : (config.content ?? []);
  const fixOnly = values['dry-run'] ? 'dry-run' : values['fix-delimiters'] ? 'fix-delimiters' : values['fix-prose-definitions'] ? 'fix-prose-definitions' : values['fix-references'] ? 'fix-references' : null;
  if (!values.fix && fixOnly) throw new UsageError(`--${fixOnly} works with --fix only`);
  let project = await loadProject(paths, process.cwd(), config);
  let fixes: FileFix[] = [];
  if (values.fix) {
    const dryRun = Boolean(values['dry-run']);
    fixes = await runFixes(project, { delimiters: Boolean(values['fix-delimiters']), proseDefinitions: Boolean(values['fix-prose-definitions']), references: Boolean(values['fix-references']), dryRun });
    if (format === 'pretty') {
      for (const f of fixes) process.stdout.write(dryRun ? f.diff : `${escapeControl(f.file)}: ${f.summary}\n`);
    }
    // The report is about the files as they are now.
    if (!dryRun && fixes.length > 0) project = await loadProject(paths, process.cwd(), config);
  }
  // URLs that moved or went away since the last build recorded them (url-moved, url-removed).
  const history = await readProjectHistory();
  const update = history ? updateHistory(history, project.collections.map((c) => ({ file: c.file.path, equations: c.collection.equations }))) : null;
  const moves = update ? historyDiagnostics(update) : [];
  // The committed file against what the next build records (urls-out-of-date).
  const stale = update ? staleHistoryDiagnostic(await readFile(URLS_FILE, 'utf8').catch(() => null), update.history, commandHint('build')) : null;
  if (stale) moves.push(stale);
  const texts = new Map(project.files.map((f) => [f.path, f.text]));
  const diagnostics = moves.length ? sortDiagnostics([...project.diagnostics, ...applyRuleSettings(moves, config, texts)]) : project.diagnostics;
  // At most 100 of one rule per file are listed; the counts and the exit code include every one.
  // `"too-many-diagnostics": "off"` in the config's rules lists them all.
  const cap = config.rules?.['too-many-diagnostics'] === 'off' ? Infinity : MAX_DIAGNOSTICS_PER_RULE;
  const { listed: shown, capped } = capDiagnostics(values.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics, tooManyDiagnostics, cap);
  const counts = countBySeverity(diagnostics);
  const files = project.collections.map((c) => ({ file: c.file.path, equations: c.collection.equations.length }));
  const equations = files.reduce((n, f) => n + f.equations, 0);
  if (format === 'json') {
    const coverage = await coverageOf(project);
    const body = JSON.parse(formatJson(shown, files)) as Record<string, unknown>;
    if (coverage) body.symbolLinks = coverage;
    // Every diagnostic counts, listed or not.
    body.counts = counts;
    if (capped.length > 0) body.notListed = capped;
    // Symbol uses explained by own definitions, by borrowed meanings, and by nothing.
    if (values.fix) body.fixes = fixes;
    // The tool each file is read as, and what said so (src/parse/dialect.ts).
    body.dialects = project.collections.map((c) => ({ file: c.file.path, ...(c.collection.dialect ?? { dialect: 'markdown', from: 'default' }) }));
    body.symbols = project.collections.map((c) => ({ file: c.file.path, ...symbolCoverage(c.collection, equationSymbols) }));
    process.stdout.write(jsonForTerminal(body) + '\n');
  } else if (format === 'sarif') {
    process.stdout.write(jsonForTerminal(JSON.parse(formatSarif(shown))) + '\n');
  } else if (format === 'github') {
    if (shown.length > 0) process.stdout.write(formatGithub(shown) + '\n');
  } else {
    if (shown.length > 0) process.stdout.write(formatPretty(shown) + '\n\n');
    // Files that could not be decoded have no collection but were checked all the same.
    const unreadable = new Set(diagnostics.filter((d) => d.ruleId === 'invalid-encoding' || d.ruleId === 'file-too-large').map((d) => d.file)).size;
    process.stdout.write(summaryLine(counts, equations, files.length + unreadable) + '\n');
  }
  if (counts.error > 0) return 1;
  if (counts.warning > maxWarnings) {
    if (format === 'pretty') process.stderr.write(`formulary: ${counts.warning} warnings exceed --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}
