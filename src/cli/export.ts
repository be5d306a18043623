/** `formulary export [files or folders…]`: the typed records as JSON on stdout (the site's /equations.json). */
import { parseArgs } from 'node:util';
import { loadProject } from '../core/project.js';
import { toPublicRecords } from '../core/public-records.js';

export async function run(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const project = await loadProject(positionals);
  process.stdout.write(JSON.stringify(toPublicRecords(project.collections), null, 2) + '\n');
  return project.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
