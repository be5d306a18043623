/**
 * A post-pass over diagnostics (pure): the severities set in formulary.config.json (`rules`,
 * then `overrides` by glob, later entries winning) and the disable comments in the source text:
 *
 *   <!-- formulary-disable-next-line undefined-symbol -->   the next line only
 *   <!-- formulary-disable undefined-symbol, unused-symbol -->   until …
 *   <!-- formulary-enable undefined-symbol -->              … (or the end of the file)
 *
 * A comment without rule ids applies to every rule. "off" drops a diagnostic, "warn" and
 * "error" set its severity.
 */
import picomatch from 'picomatch';
import type { Diagnostic, Severity } from '../types.js';
import type { RuleSettings } from '../config/schema.js';
import { OFF_BY_DEFAULT } from '../rules/registry.js';

export interface RuleConfig {
  rules?: RuleSettings;
  overrides?: Array<{ files: string[]; rules: RuleSettings }>;
}

const ALL = '*';

/** Lines (1-based) on which each rule is disabled, per file, from the comments in its text. */
export interface Suppressions {
  /** rule id (or "*") → disabled line ranges [from, to] inclusive. */
  ranges: Map<string, Array<[number, number]>>;
}

const COMMENT = /<!--\s*formulary-(disable-next-line|disable|enable)\b([^]*?)-->/g;

export function findSuppressions(text: string): Suppressions {
  const ranges = new Map<string, Array<[number, number]>>();
  if (!text.includes('formulary-')) return { ranges };
  const open = new Map<string, number>();
  const add = (id: string, from: number, to: number): void => {
    const list = ranges.get(id) ?? [];
    list.push([from, to]);
    ranges.set(id, list);
  };
  let line = 1;
  let scanned = 0;
  for (const m of text.matchAll(COMMENT)) {
    for (let i = scanned; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
    const startLine = line;
    for (let i = m.index; i < m.index + m[0].length; i++) if (text.charCodeAt(i) === 10) line++;
    scanned = m.index + m[0].length;
    const ids = (m[2] ?? '').split(/[\s,]+/).filter(Boolean);
    const targets = ids.length ? ids : [ALL];
    const kind = m[1];
    if (kind === 'disable-next-line') {
      for (const id of targets) add(id, line + 1, line + 1);
    } else if (kind === 'disable') {
      for (const id of targets) if (!open.has(id)) open.set(id, startLine);
    } else {
      for (const id of targets) {
        if (id === ALL) {
          for (const [o, from] of open) add(o, from, line);
          open.clear();
        } else {
          const from = open.get(id);
          if (from !== undefined) add(id, from, line);
          open.delete(id);
        }
      }
    }
  }
  for (const [id, from] of open) add(id, from, Number.MAX_SAFE_INTEGER);
  return { ranges };
}

function suppressed(s: Suppressions, d: Diagnostic): boolean {
  for (const id of [d.ruleId, ALL]) for (const [from, to] of s.ranges.get(id) ?? []) if (d.line >= from && d.line <= to) return true;
  return false;
}

const SEVERITY: Record<'warn' | 'error', Severity> = { warn: 'warning', error: 'error' };

/** Applies the config's rule settings and the files' disable comments. `texts`: file path → its text. */
export function applyRuleSettings(diagnostics: Diagnostic[], config: RuleConfig, texts: Map<string, string>): Diagnostic[] {
  const overrides = (config.overrides ?? []).map((o) => ({ match: picomatch(o.files, { dot: true }), rules: o.rules }));
  const settingsOf = new Map<string, RuleSettings>();
  const settingsFor = (file: string): RuleSettings => {
    let s = settingsOf.get(file);
    if (!s) {
      s = { ...(config.rules ?? {}) };
      const path = file.replace(/\\/g, '/').replace(/^\.\//, '');
      for (const o of overrides) if (o.match(path)) Object.assign(s, o.rules);
      settingsOf.set(file, s);
    }
    return s;
  };
  const suppressionsOf = new Map<string, Suppressions>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const setting = (settingsFor(d.file) as Record<string, string | undefined>)[d.ruleId];
    // "on" keeps the rule's own severity (for a rule off by default).
    if (setting === 'off' || (setting === undefined && OFF_BY_DEFAULT.has(d.ruleId))) continue;
    let s = suppressionsOf.get(d.file);
    if (!s) {
      s = findSuppressions(texts.get(d.file) ?? '');
      suppressionsOf.set(d.file, s);
    }
    if (suppressed(s, d)) continue;
    out.push(setting === 'warn' || setting === 'error' ? { ...d, severity: SEVERITY[setting] } : d);
  }
  return out;
}
