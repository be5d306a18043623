/**
 * How the user can run a Formulary command the way they ran this one: `npm run check` when this
 * run came from an npm script (npm sets npm_lifecycle_event and npm_package_json) and the project
 * has a script for that command, else `npx formulary check`.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** A script runs `command` when it calls the formulary CLI (bin name or bin/formulary.js) with it, and nothing else before it. */
function runsCommand(script: string, command: string): boolean {
  return new RegExp(`^\\s*(?:npx\\s+)?(?:formulary(?:-cli)?|node\\s+\\S*formulary\\.js)\\s+${command}(?:\\s|$)`).test(script);
}

export function commandHint(command: string, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  // `npx …` sets npm_lifecycle_event to "npx" and points npm_package_json at the nearest package
  // above, which may be another project: only an npm script (run in its package's folder) counts.
  if (env.npm_lifecycle_event && env.npm_lifecycle_event !== 'npx' && env.npm_package_json && dirname(resolve(env.npm_package_json)) === resolve(cwd)) {
    try {
      const pkg = JSON.parse(readFileSync(env.npm_package_json, 'utf8')) as { scripts?: Record<string, unknown> };
      const scripts = Object.entries(pkg.scripts ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string' && runsCommand(e[1], command));
      // The script named like the command first (`check`), else any that runs it.
      const [name] = scripts.find(([n]) => n === command) ?? scripts[0] ?? [];
      if (name) return name === 'start' || name === 'test' ? `npm ${name}` : `npm run ${name}`;
    } catch {
      // an unreadable package.json: the plain command below
    }
  }
  return `npx formulary ${command}`;
}
