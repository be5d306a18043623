/**
 * `conflicting-meaning` (info): the collection's where-lists give one symbol two different
 * meanings (η the learning rate in one equation, η the natural parameter in another). Reported
 * once per symbol, at the first item that gives it a second meaning, naming every meaning with
 * the equation that gives it first. Two meanings differ when they share no specific word
 * (borrow/distinct.ts: "the momentum hyperparameter" and "the momentum factor" agree; "the
 * number of classes" and "the number of tokens" do not); a left-hand side's name is not a
 * where-list meaning. Off by default (its meta below): on the seed it still finds rewordings
 * with no word in common ("the i-th input" / "the i-th activation in the batch").
 */
import type { Collection, Diagnostic } from '../types.js';
import { definitionIndex, type Definition } from '../borrow/definitions.js';
import { meaningWords } from '../borrow/match.js';
import { distinctMeanings } from '../borrow/distinct.js';
import { equationLabel } from '../borrow/stage.js';
import { diagnosticAt, type FileContext } from '../diagnostics/diagnostic.js';
import { defineRule } from './rule.js';

export const conflictingMeaning = defineRule({
  id: 'conflicting-meaning',
  severity: 'info',
  off: true,
  summary: `one symbol given two different meanings by the collection's where-lists (η the learning rate and η the natural parameter), listing each with its equation (off by default: \`"conflicting-meaning": "on"\`)`,
  fixable: false,
  messages: {
    conflicting: (symbol: string, meanings: string[], more: number): string =>
      `$${symbol}$ has ${meanings.length + more} meanings in this collection: ${meanings.join('; ')}${more > 0 ? `; and ${more} more` : ''}`,
  },
  docs: {
    catches: `A symbol the collection's where-lists define with meanings that share no content words, reported once, at the first item that gives it a second meaning. Off unless the config turns it on: on the seed it still finds rewordings of one meaning.`,
    why: `A student who reads η as the learning rate in one equation meets η as something else in the next; the notation index and tooltips can say so only when the author knows.`,
    failing: {
      markdown: `# Rules

#### 1. Line
$y = a x$

where:

- $y$ is the output
- $a$ is the slope
- $x$ is the input

#### 2. Heat
$Q = c x$

where:

- $Q$ is the heat
- $c$ is the heat capacity
- $x$ is the temperature change
`,
      files: {
        'formulary.config.json': `{ "rules": { "conflicting-meaning": "on" } }
`,
      },
      line: 19,
      column: 1,
    },
    passing: {
      markdown: `# Rules

#### 1. Line
$y = a x$

where:

- $y$ is the output
- $a$ is the slope
- $x$ is the input

#### 2. Steep line
$z = 2 x$

where:

- $z$ is the output
- $x$ is the input
`,
      files: {
        'formulary.config.json': `{ "rules": { "conflicting-meaning": "on" } }
`,
      },
    },
    fix: `Use another letter for one of the meanings, or say in the where-list which meaning applies; or turn the rule off where the collection means both.`,
  },
});

/** Distinct meanings counted per symbol at most. */
const MAX_MEANINGS = 16;
/** Meanings a message names at most. */
const NAMED = 3;

export function checkConflictingMeanings(collection: Collection, ctx: FileContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const defs of definitionIndex(collection).values()) {
    const own = defs.filter((d) => d.item >= 0);
    if (own.length < 2) continue;
    const clusters: Array<{ words: Set<string>; first: Definition }> = [];
    for (const d of own) {
      const words = meaningWords(d.description);
      if (words.size === 0) continue;
      if (clusters.every((c) => distinctMeanings(c.words, words))) clusters.push({ words, first: d });
      // Bounded work for a symbol defined thousands of times: the count stops at MAX_MEANINGS.
      if (clusters.length >= MAX_MEANINGS) break;
    }
    if (clusters.length < 2) continue;
    const second = clusters[1]!.first;
    const meanings = clusters.slice(0, NAMED).map((c) => `"${c.first.description.trim()}" (${equationLabel(c.first.eq)})`);
    const at = second.eq.variables[second.item]!.position.start.offset;
    out.push(diagnosticAt(ctx, at, conflictingMeaning, conflictingMeaning.messages.conflicting(second.symbol, meanings, Math.max(0, clusters.length - NAMED)), second.eq.slug));
  }
  return out;
}
