/**
 * What formulary.config.json adds to the look of a site (pure: the files were read before
 * render, see src/read/site-files.ts): the logo and the extra stylesheet, copied under hashed
 * names, and a small generated stylesheet for the accent colour and the logo's size. Files,
 * not inline styles, so the site stays under `style-src 'self'`. Without these keys nothing
 * is added and the pages are byte-identical to a site without configuration.
 */
import type { OutputFile } from '../../output.js';
import { hashedName } from './assets.js';
import { isRightToLeft } from '../i18n/messages.js';
import { RTL_RULES } from '../i18n/rtl-css.js';

/** The site-wide settings of formulary.config.json that shape the pages. */
export interface SiteTheme {
  title?: string;
  description?: string;
  lang?: string;
  /** The config's `ui`: interface words by message key. */
  ui?: Record<string, string>;
  /** "#rrggbb" or "#rgb" (validated by the config schema). */
  accentColor?: string;
  /** Markdown shown in every page's footer. */
  footer?: string;
  logo?: { name: string; bytes: Uint8Array };
  css?: { bytes: Uint8Array };
  /** The config's `csp`: a policy of its own, or false for no `<meta>` (custom hosting that sends its own header). */
  csp?: string | false;
}

export interface ThemeAssets {
  files: OutputFile[];
  /** Site-relative stylesheet paths, loaded after the site's own. */
  stylesheets: string[];
  /** Site-relative path of the logo, or null. */
  logo: string | null;
}

const HEX = /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

export function themeAssets(theme: SiteTheme | undefined): ThemeAssets {
  const out: ThemeAssets = { files: [], stylesheets: [], logo: null };
  if (!theme) return out;
  const rules: string[] = [];
  if (theme.accentColor && HEX.test(theme.accentColor)) {
    // The light theme only: a colour chosen for white paper is rarely readable on the dark one.
    rules.push(
      `:root:not([data-theme='dark']) { --link: ${theme.accentColor}; }`,
      `@media (prefers-color-scheme: dark) { :root:not([data-theme='light']) { --link: #8ab4f8; } }`,
      `.site-header { border-top: 4px solid ${theme.accentColor}; }`,
    );
  }
  if (theme.logo) {
    const ext = /\.[a-z0-9]+$/i.exec(theme.logo.name)?.[0]?.toLowerCase() ?? '.img';
    out.logo = hashedName(`assets/logo${ext}`, theme.logo.bytes);
    out.files.push({ path: out.logo, contents: theme.logo.bytes });
    rules.push('.site-logo { height: 1.6em; width: auto; vertical-align: middle; margin-right: 0.4em; }');
  }
  if (isRightToLeft(theme.lang)) rules.push(...RTL_RULES);
  if (rules.length) {
    const css = `/* From formulary.config.json */\n${rules.join('\n')}\n`;
    const path = hashedName('assets/site.css', css);
    out.files.push({ path, contents: css });
    out.stylesheets.push(path);
  }
  if (theme.css) {
    const path = hashedName('assets/custom.css', theme.css.bytes);
    out.files.push({ path, contents: theme.css.bytes });
    out.stylesheets.push(path);
  }
  return out;
}
