/**
 * Site settings from `formulary.config.json` in the working directory; command-line flags win.
 *
 * {
 *   "content": ["content/"],          // files or folders to build
 *   "out": "dist",                     // output folder
 *   "base": "/",                       // base path the site is served under
 *   "siteUrl": "https://example.org",  // absolute canonical/OG/sitemap URLs
 *   "repoUrl": "https://github.com/o/r", // "View source" links: <repoUrl>/blob/main/<file>#L<line>
 *   "repoBranch": "main",
 *   "primary": "content/deep-learning-equations.md" // the collection that keeps the root URLs
 * }
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../errors.js';

export interface SiteConfig {
  content?: string[];
  out?: string;
  base?: string;
  siteUrl?: string;
  repoUrl?: string;
  repoBranch?: string;
  primary?: string;
}

export const CONFIG_FILE = 'formulary.config.json';

const STRING_KEYS = ['out', 'base', 'siteUrl', 'repoUrl', 'repoBranch', 'primary'] as const;

/** Validates parsed JSON into a SiteConfig; throws with a one-line message on a bad shape. */
export function parseConfig(json: unknown, source = CONFIG_FILE): SiteConfig {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new UserError(`${source}: expected a JSON object`);
  const o = json as Record<string, unknown>;
  const config: SiteConfig = {};
  for (const key of STRING_KEYS) {
    const v = o[key];
    if (v === undefined) continue;
    if (typeof v !== 'string') throw new UserError(`${source}: "${key}" must be a string`);
    config[key] = v;
  }
  if (o.content !== undefined) {
    const c = o.content;
    if (typeof c === 'string') config.content = [c];
    else if (Array.isArray(c) && c.every((x) => typeof x === 'string')) config.content = c as string[];
    else throw new UserError(`${source}: "content" must be a string or an array of strings`);
  }
  return config;
}

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
    throw new UserError(`${CONFIG_FILE}: ${(err as Error).message}`);
  }
  return parseConfig(json);
}
