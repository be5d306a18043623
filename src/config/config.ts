/**
 * The configuration's one type, as the rest of Formulary sees it (`SiteConfig`), its file name and
 * its error. Parsed by parse.ts, read from disk by load.ts.
 */
import { UserError } from '../errors.js';
import type { ConfigFile, RuleSettings } from './schema.js';

export type { RuleSettings } from './schema.js';

export interface RuleOverride {
  files: string[];
  rules: RuleSettings;
}

export interface SiteConfig extends Omit<ConfigFile, 'content' | '$schema' | 'overrides'> {
  content?: string[];
  overrides?: RuleOverride[];
}

export const CONFIG_FILE = 'formulary.config.json';

/** A config file that does not match the schema: one line per problem. */
export class ConfigError extends UserError {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}
