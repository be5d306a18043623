/**
 * Every rule id `formulary check` can report, with its default severity: what `rules` and
 * `overrides` in formulary.config.json may name (and what the JSON Schema offers editors).
 * The README's Diagnostics table lists the same ids (tests/config/rule-ids.test.ts keeps them in step).
 */
import type { Severity } from '../types.js';

export const RULE_DEFAULTS = {
  'katex-error': 'error',
  'untrusted-command': 'error',
  'markdown-escape-in-math': 'error',
  'heading-without-equation': 'error',
  'unclosed-math': 'error',
  'formula-too-large': 'error',
  'too-much-math': 'error',
  'too-many-equations': 'error',
  'duplicate-slug': 'error',
  'unknown-reference': 'error',
  'unclosed-code-fence': 'error',
  'file-too-large': 'error',
  'invalid-encoding': 'error',
  'katex-strict': 'warning',
  'missing-where-list': 'warning',
  'empty-where-list': 'warning',
  'where-item-without-math': 'warning',
  'unused-symbol': 'warning',
  'undefined-symbol': 'warning',
  'duplicate-equation': 'warning',
  'duplicate-name': 'warning',
  'ambiguous-reference': 'warning',
  'unused-label': 'warning',
  'nesting-too-deep': 'warning',
  'markup-too-dense': 'warning',
  'block-too-long': 'warning',
  'where-list-too-long': 'warning',
  'prose-too-long': 'warning',
  numbering: 'warning',
  'heading-level': 'warning',
  'empty-slug': 'warning',
  'no-equations': 'warning',
  'symlink-outside-content': 'warning',
  'symlink-loop': 'warning',
  'symlink-broken': 'warning',
  'topic-unknown-equation': 'warning',
  'topic-missing-equation': 'warning',
  'topic-duplicate-equation': 'warning',
  'topic-item-outside-topic': 'warning',
  'display-delimiters': 'info',
  'conflicting-meaning': 'info',
  'url-moved': 'info',
  'url-removed': 'info',
  'urls-out-of-date': 'info',
  'too-many-diagnostics': 'info',
} as const satisfies Record<string, Severity>;

export type RuleId = keyof typeof RULE_DEFAULTS;

/** Rules reported only where `rules` or `overrides` give them a severity ("warn" or "error"); the severity above is what they would have. */
export const OFF_BY_DEFAULT: ReadonlySet<string> = new Set<RuleId>(['unused-label', 'conflicting-meaning']);

export const RULE_IDS = Object.keys(RULE_DEFAULTS) as RuleId[];
