/**
 * Settings from `formulary.config.json` in the working directory; command-line flags win.
 * The shape is the zod schema in config/schema.ts (also published as lib/config.schema.json),
 * applied by config/parse.ts; each bad key or value becomes one line naming the key (exit 2).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONFIG_FILE, ConfigError, type SiteConfig } from './config.js';

export { CONFIG_FILE, ConfigError, type SiteConfig } from './config.js';

/** Reads the config file of `cwd`; an absent file is an empty config. */
export async function loadConfig(cwd = process.cwd()): Promise<SiteConfig> {
  let text: string;
  try {
    text = await readFile(join(cwd, CONFIG_FILE), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw err;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ConfigError([`${CONFIG_FILE}: not valid JSON: ${(err as Error).message.split('\n')[0]}`]);
  }
  // The schema library loads only when there is a file to check.
  const { parseConfig } = await import('./parse.js');
  return parseConfig(json);
}
