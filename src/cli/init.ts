/** `formulary init [dir]`: a new project in `dir` (default: here). Never overwrites a file (exit 2, nothing written). */
import { resolve } from 'node:path';
import { parseCommandArgs } from './commands.js';
import { initFiles } from './init-template.js';
import { UsageError } from './usage.js';
import { writeNewFiles } from '../write/new-files.js';

export async function run(args: string[]): Promise<number> {
  const { positionals } = parseCommandArgs('init', args);
  if (positionals.length > 1) throw new UsageError(`takes one folder at most (got ${positionals.length})`);
  const dir = positionals[0] ?? '.';
  const files = initFiles();
  await writeNewFiles(resolve(dir), files, ['content']);
  const cd = dir === '.' ? '' : `cd ${/^[\w./-]+$/.test(dir) ? dir : JSON.stringify(dir)} && `;
  process.stdout.write(
    [
      `Created ${files.map((f) => f.path).join(', ')}${dir === '.' ? '' : ` in ${dir}/`}.`,
      '',
      'Next:',
      `  ${cd}npx formulary dev      # live preview at http://localhost:5173/ while you edit content/`,
      `  ${cd}npx formulary build    # the site in dist/, as the GitHub Pages workflow builds it`,
      '',
    ].join('\n'),
  );
  return 0;
}
