/** `formulary export [files or folders…]`: the typed records as JSON on stdout (the site's /equations.json). */
import { loadProject } from '../pipeline/project.js';
import { loadConfig } from '../config/load.js';
import { toPublicRecords } from '../site/public-records.js';
import { jsonForTerminal } from './format.js';
import { parseCommandArgs } from './commands.js';

export async function run(args: string[]): Promise<number> {
  const { positionals } = parseCommandArgs('export', args);
  // Same content as `build`: the paths given, else formulary.config.json's, else content/.
  const config = await loadConfig();
  const project = await loadProject(positionals.length > 0 ? positionals : (config.content ?? []), process.cwd(), config);
  process.stdout.write(jsonForTerminal(toPublicRecords(project.collections)) + '\n');
  return project.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
