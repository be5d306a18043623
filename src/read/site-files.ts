/**
 * The files formulary.config.json points at (`logo`, `css`; config-files.ts), read before render, and the
 * recorded URL history (formulary.urls.json). A missing or unreadable file is a one-line error
 * naming its key (exit 2).
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UserError } from '../errors.js';
import type { SiteTheme } from '../site/assets/theme-assets.js';
import { CONFIG_FILE, type SiteConfig } from '../config/load.js';
import { readConfigFile } from './config-files.js';
import { sanitizeSvg, SvgError } from '../site/assets/safe-svg.js';
import { emptyHistory, readHistory, URLS_FILE, type UrlHistory } from '../site/url-history.js';

/** formulary.urls.json: far more than MAX_HISTORY_URLS entries per collection of any project take (about 85 bytes each). */
const MAX_HISTORY_BYTES = 32 * 1024 * 1024;


/** An SVG logo keeps only what draws (src/site/assets/safe-svg.ts): its own URL runs no script. */
function safeLogo(file: string, bytes: Uint8Array): Uint8Array {
  if (!/\.svg$/i.test(file)) return bytes;
  try {
    return new TextEncoder().encode(sanitizeSvg(new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
  } catch (err) {
    const why = err instanceof SvgError ? err.message : 'is not UTF-8 text';
    throw new UserError(`${CONFIG_FILE}: "logo": ${JSON.stringify(file).slice(1, -1)} ${why}`);
  }
}

/** The site's look from the config, with the logo and stylesheet read; undefined when nothing is set. */
export async function readSiteTheme(config: SiteConfig, cwd = process.cwd()): Promise<SiteTheme | undefined> {
  const { title, description, lang, accentColor, footer } = config;
  const theme: SiteTheme = {};
  if (title !== undefined) theme.title = title;
  if (description !== undefined) theme.description = description;
  if (lang !== undefined) theme.lang = lang;
  if (config.ui !== undefined) theme.ui = config.ui;
  if (accentColor !== undefined) theme.accentColor = accentColor;
  if (footer !== undefined) theme.footer = footer;
  if (config.csp !== undefined) theme.csp = config.csp;
  if (config.logo) theme.logo = { name: config.logo, bytes: safeLogo(config.logo, await readConfigFile('logo', config.logo, cwd)) };
  if (config.css) theme.css = { bytes: await readConfigFile('css', config.css, cwd) };
  return Object.keys(theme).length ? theme : undefined;
}

/** formulary.urls.json of `cwd`; an absent file is an empty history. */
export async function readUrlHistory(cwd = process.cwd()): Promise<UrlHistory> {
  let text: string;
  try {
    const path = resolve(cwd, URLS_FILE);
    const info = await stat(path);
    if (info.isFile() && info.size > MAX_HISTORY_BYTES) throw new UserError(`${URLS_FILE} is over 32 MiB; delete entries of removed equations whose URLs need not answer any more`);
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return emptyHistory();
    if (err instanceof UserError) throw err;
    throw new UserError(`cannot read ${URLS_FILE}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // reported below
  }
  const history = readHistory(json);
  if (typeof history === 'string') throw new UserError(`${URLS_FILE}${history.startsWith('is ') ? ' ' : ': '}${history} (fix it, or delete it to start a new one)`);
  return history;
}

/**
 * The URL history of a project of one's own: only where a formulary.config.json sits in `cwd`
 * (as `formulary init` makes), so a one-off `formulary build some.md` leaves no file behind.
 */
export async function readProjectHistory(cwd = process.cwd()): Promise<UrlHistory | null> {
  const info = await stat(resolve(cwd, CONFIG_FILE)).catch(() => null);
  return info?.isFile() ? readUrlHistory(cwd) : null;
}
