/** `formulary init [dir]`: a new project in `dir` (default: here). Never overwrites a file (exit 2, nothing written). */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCommandArgs } from './commands.js';
import { EXAMPLE_COLLECTION, initFiles, PACKAGE_NAME, packageJson } from './init-template.js';
import { UsageError } from './usage.js';
import { writeNewFiles } from '../write/new-files.js';
import { parseCollectionAsync } from '../parse/parse.js';
import { emptyHistory, historyText, updateHistory } from '../site/url-history.js';
import { VERSION } from '../version.js';

/** The example's URL history, as its first build would record it: committed with the rest. */
async function exampleHistory(): Promise<string> {
  const path = 'content/mechanics.md';
  const { collection } = await parseCollectionAsync({ path, text: EXAMPLE_COLLECTION });
  return historyText(updateHistory(emptyHistory(), [{ file: path, equations: collection.equations }]).history);
}

export async function run(args: string[]): Promise<number> {
  const { positionals } = parseCommandArgs('init', args);
  if (positionals.length > 1) throw new UsageError(`takes one folder at most (got ${positionals.length})`);
  const dir = positionals[0] ?? '.';
  // A folder without package.json (`npx formulary-cli init` in an empty folder) gets one that
  // lists the package, so `npm install` puts the `formulary` command in the project and CI's `npm ci` works.
  const hasPackage = existsSync(join(resolve(dir), 'package.json'));
  const files = initFiles(await exampleHistory(), hasPackage ? undefined : packageJson(VERSION));
  await writeNewFiles(resolve(dir), files, ['content']);
  const cd = dir === '.' ? '' : `cd ${/^[\w./-]+$/.test(dir) ? dir : JSON.stringify(dir)} && `;
  const installed = existsSync(join(resolve(dir), 'node_modules', PACKAGE_NAME, 'package.json'));
  process.stdout.write(
    [
      `Created ${files.map((f) => f.path).join(', ')}${dir === '.' ? '' : ` in ${dir}/`}.`,
      '',
      'Next:',
      ...(installed ? [] : [`  ${cd}${hasPackage ? `npm install --save-dev ${PACKAGE_NAME}` : 'npm install'}   # puts the formulary command in this project`]),
      `  ${cd}npx formulary dev      # live preview at http://localhost:5173/ while you edit content/`,
      `  ${cd}npx formulary build    # the site in dist/, as the GitHub Pages workflow builds it`,
      '  Commit formulary.urls.json with your content: it keeps published equation URLs answering.',
      '',
    ].join('\n'),
  );
  return 0;
}
