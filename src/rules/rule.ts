/**
 * What a rule is, shaped like an ESLint rule's `meta`: its id, default severity, a one-line
 * summary (the README's Diagnostics table), its message builders, whether `check --fix` mends
 * it, and its documentation with a failing and a passing example. Every rule is one file
 * `src/rules/<id>.ts`; src/rules/registry.ts lists them. The examples are the docs and the
 * tests: tests/rules/examples.test.ts runs `check` on each and docs/rules/<id>.md shows them.
 */
import type { Severity } from '../types.js';
import type { RuleRef } from '../diagnostics/diagnostic.js';

/** A small project to check: `content/example.md` plus any other files. */
export interface RuleExample {
  /** The text of `content/example.md`. */
  markdown: string;
  /** Other files of the project by path from its root (a topics sidecar, `formulary.config.json`, `formulary.urls.json`). */
  files?: Readonly<Record<string, string>>;
  /** Symbolic links to make, path from the project's root → target as written in the link. */
  links?: Readonly<Record<string, string>>;
  /** How `content/example.md` is saved when it is not UTF-8 (for `invalid-encoding`). */
  encoding?: 'latin1';
  /** What the docs page shows instead of `markdown` when that is too long to read (a bound's example). */
  shown?: string;
}

export interface FailingExample extends RuleExample {
  /** Where `check` reports the rule: 1-based line and column. */
  line: number;
  column: number;
  /** The file it names, when not `content/example.md`. */
  file?: string;
}

export interface RuleDocs {
  /** What the rule catches (markdown, one paragraph). */
  catches: string;
  /** Why it matters. */
  why: string;
  failing: FailingExample;
  passing: RuleExample;
  /** How to fix it. */
  fix: string;
}

export interface RuleMeta<Id extends string = string, Messages = unknown> extends RuleRef {
  readonly id: Id;
  /** The default; the config's `rules` and `overrides` change it. */
  readonly severity: Severity;
  /** One line: the README's Diagnostics table. */
  readonly summary: string;
  /** The messages a report site words its diagnostics with. */
  readonly messages: Messages;
  /** True when `check --fix` mends it. */
  readonly fixable: boolean;
  readonly docs: RuleDocs;
}

/** A rule's meta, typed by its literal id and messages. */
export function defineRule<const Id extends string, Messages>(meta: RuleMeta<Id, Messages>): RuleMeta<Id, Messages> {
  return meta;
}

/** The example project's markdown file, relative to its root. */
export const EXAMPLE_FILE = 'content/example.md';
