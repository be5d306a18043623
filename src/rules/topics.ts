/**
 * The topics sidecar's check rules: the diagnostics a `*.topics.md` file can earn.
 *
 * The sidecar parser (src/parse/topics.ts) finds the problems while it reads the items and
 * returns them as data (`TopicProblem`); this module only words them and places them, so every
 * rule's message lives in one place (the rule's file) and the reader never calls the linter.
 */
import type { Collection, Diagnostic, Equation, SourceFile } from '../types.js';
import { LineIndex } from '../diagnostics/positions.js';
import { diagnosticAt, diagnosticAtPoint, type FileContext } from '../diagnostics/diagnostic.js';
import { topicUnknownEquation } from './topic-unknown-equation.js';
import { topicMissingEquation } from './topic-missing-equation.js';
import { topicDuplicateEquation } from './topic-duplicate-equation.js';
import { topicItemOutsideTopic } from './topic-item-outside-topic.js';

/** Why a sidecar item matched no equation. */
export type UnmatchedItem =
  | { why: 'no-such-name' }
  | { why: 'no-such-number'; number: string }
  /** "N. Name" where equation N and the equation named Name are two different ones. */
  | { why: 'ambiguous'; number: string; byNumber: Equation; name: string; byName: Equation }
  /** "N. Name" where equation N has another name and no equation has this one. */
  | { why: 'other-name'; number: string; byNumber: Equation };

/** A problem the sidecar parser found; `offset` is in the sidecar's text. */
export type TopicProblem =
  | { kind: 'unknown'; offset: number; item: string; unmatched: UnmatchedItem; suggestion: Equation | null }
  | { kind: 'duplicate'; offset: number; equation: Equation; firstTopic: string; sameTopic: boolean }
  | { kind: 'outside'; offset: number; item: string }
  /** An equation of the collection the sidecar leaves out. */
  | { kind: 'missing'; equation: Equation };

/** How an equation is named to the user: as its heading reads ("17. Adam Optimizer"). */
export function equationLabel(eq: Equation): string {
  return eq.number === null ? eq.name : `${eq.number}. ${eq.name}`;
}

function reasonOf(u: UnmatchedItem): string {
  switch (u.why) {
    case 'no-such-name':
      return 'matches no equation name';
    case 'no-such-number':
      return `matches no equation: none is numbered ${u.number}`;
    case 'ambiguous':
      return `is ambiguous: equation ${u.number} is "${u.byNumber.name}" but "${u.name}" is equation "${equationLabel(u.byName)}"`;
    case 'other-name':
      return `matches no equation: equation ${u.number} is named "${u.byNumber.name}"`;
  }
}

/**
 * The diagnostics of a sidecar's problems. Item problems are placed in the sidecar; an equation
 * the sidecar leaves out is reported at its own heading in the markdown file: that is where the
 * reader is looking when they wonder why an equation has no topic.
 */
export function topicDiagnostics(problems: readonly TopicProblem[], sidecar: SourceFile, collection: Collection): Diagnostic[] {
  let ctx: FileContext | null = null;
  const at = (): FileContext => (ctx ??= { file: sidecar.path, lines: new LineIndex(sidecar.text) });
  return problems.map((p) => {
    switch (p.kind) {
      case 'unknown':
        return diagnosticAt(at(), p.offset, topicUnknownEquation, topicUnknownEquation.messages.unknown(p.item, reasonOf(p.unmatched), p.suggestion && equationLabel(p.suggestion)), null);
      case 'duplicate':
        return diagnosticAt(at(), p.offset, topicDuplicateEquation, topicDuplicateEquation.messages.listed(equationLabel(p.equation), p.firstTopic, p.sameTopic), p.equation.slug);
      case 'outside':
        return diagnosticAt(at(), p.offset, topicItemOutsideTopic, topicItemOutsideTopic.messages.outside(p.item), null);
      case 'missing':
        return diagnosticAtPoint(collection.sourceFile, p.equation.positions.heading.start, topicMissingEquation, topicMissingEquation.messages.missing(equationLabel(p.equation), sidecar.path), p.equation.slug);
    }
  });
}
