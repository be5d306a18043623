/** `formulary check [files or folders…]`: validate content and report like a compiler. */
import { parseArgs } from 'node:util';
import { loadProject } from '../pipeline/project.js';
import { loadConfig } from '../site/config.js';
import { countBySeverity, formatGithub, formatJson, formatPretty, jsonForTerminal, summaryLine, type OutputFormat } from './format.js';
import { UsageError } from './usage.js';
import { coverageOf } from './coverage.js';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'pretty' },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
  });
  const format = values.format as OutputFormat;
  if (!['pretty', 'json', 'github'].includes(format)) throw new UsageError(`--format must be pretty, json or github (got '${values.format}')`);
  let maxWarnings = Infinity;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings takes a whole number (got '${values['max-warnings']}')`);
  }
  // Same content as `build`: the paths given, else formulary.config.json's, else content/.
  const project = await loadProject(positionals.length > 0 ? positionals : ((await loadConfig()).content ?? []));
  const shown = values.quiet ? project.diagnostics.filter((d) => d.severity === 'error') : project.diagnostics;
  const counts = countBySeverity(project.diagnostics);
  const files = project.collections.map((c) => ({ file: c.file.path, equations: c.collection.equations.length }));
  const equations = files.reduce((n, f) => n + f.equations, 0);
  if (format === 'json') {
    const coverage = await coverageOf(project);
    const body = JSON.parse(formatJson(shown, files)) as Record<string, unknown>;
    if (coverage) body.symbolLinks = coverage;
    process.stdout.write(jsonForTerminal(body) + '\n');
  } else if (format === 'github') {
    if (shown.length > 0) process.stdout.write(formatGithub(shown) + '\n');
  } else {
    if (shown.length > 0) process.stdout.write(formatPretty(shown) + '\n\n');
    // Files that could not be decoded have no collection but were checked all the same.
    const unreadable = new Set(project.diagnostics.filter((d) => d.ruleId === 'invalid-encoding' || d.ruleId === 'file-too-large').map((d) => d.file)).size;
    process.stdout.write(summaryLine(counts, equations, files.length + unreadable) + '\n');
  }
  if (counts.error > 0) return 1;
  if (counts.warning > maxWarnings) {
    if (format === 'pretty') process.stderr.write(`formulary: ${counts.warning} warnings exceed --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}
