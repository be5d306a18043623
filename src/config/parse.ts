/** Validates parsed formulary.config.json against the zod schema: one line per bad key or value, naming it. */
import type { z } from 'zod';
import { closestWord } from '../diagnostics/suggest.js';
import { RULE_IDS } from '../rules/registry.js';
import { CONFIG_SCHEMA } from './schema.js';
import { CONFIG_FILE, ConfigError, type SiteConfig } from './config.js';

const TOP_KEYS = Object.keys(CONFIG_SCHEMA.shape);

/** "; did you mean "x"?" when a known word is close enough to be the one meant. */
export function suggestion(word: string, known: readonly string[]): string {
  const guess = closestWord(word, known);
  return guess ? `; did you mean "${guess}"?` : '';
}

function keyPath(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

function describeType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  // JSON escapes C0 controls; C1 controls and bidirectional marks are escaped too (the line goes to a terminal).
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v).replace(/[\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (typeof v === 'object') return 'an object';
  return String(v);
}

function valueAt(json: unknown, path: PropertyKey[]): unknown {
  let v = json;
  for (const p of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

function issueLines(source: string, json: unknown, issue: z.core.$ZodIssue): string[] {
  if (issue.code === 'unrecognized_keys') {
    const inRules = issue.path[issue.path.length - 1] === 'rules';
    const known = inRules ? (RULE_IDS as string[]) : issue.path.length === 0 ? TOP_KEYS : ['files', 'rules'];
    return issue.keys.map((k) => {
      const where = keyPath([...issue.path, k]);
      const what = inRules ? 'is not a rule id' : 'is not a setting';
      return `${source}: "${where}" ${what}${suggestion(k, known)}`;
    });
  }
  const where = keyPath(issue.path) || '(top level)';
  const got = valueAt(json, issue.path);
  const message = issue.code === 'invalid_type' && got !== undefined && issue.expected !== 'object' ? `must be a ${issue.expected}` : issue.message;
  return [`${source}: "${where}" ${message}${got === undefined ? '' : ` (got ${describeType(got)})`}`];
}

/** Validates parsed JSON into a SiteConfig; throws a ConfigError with one line per bad key or value. */
export function parseConfig(json: unknown, source = CONFIG_FILE): SiteConfig {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new ConfigError([`${source}: expected a JSON object`]);
  const result = CONFIG_SCHEMA.safeParse(json);
  if (!result.success) throw new ConfigError(result.error.issues.flatMap((i) => issueLines(source, json, i)));
  const { $schema: _schema, content, overrides, ...rest } = result.data;
  const config: SiteConfig = { ...rest };
  if (content !== undefined) config.content = typeof content === 'string' ? [content] : content;
  if (overrides !== undefined) config.overrides = overrides.map((o) => ({ files: typeof o.files === 'string' ? [o.files] : o.files, rules: o.rules }));
  return config;
}

