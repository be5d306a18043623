/**
 * The topics sidecar's check rules: the diagnostics a `*.topics.md` file can earn.
 *
 * The sidecar parser (src/parse/topics.ts) finds the problems while it reads the items;
 * this module only words them and places them, so every rule's message lives in one place.
 */
import type { Collection, Diagnostic, Equation } from '../types.js';
import { diagnosticAt, type FileContext } from '../diagnostics/diagnostic.js';

export const TOPIC_UNKNOWN_EQUATION = 'topic-unknown-equation';
export const TOPIC_MISSING_EQUATION = 'topic-missing-equation';
export const TOPIC_DUPLICATE_EQUATION = 'topic-duplicate-equation';
export const TOPIC_ITEM_OUTSIDE_TOPIC = 'topic-item-outside-topic';

/** How an equation is named to the user: as its heading reads ("17. Adam Optimizer"). */
export function equationLabel(eq: Equation): string {
  return eq.number === null ? eq.name : `${eq.number}. ${eq.name}`;
}

/** `reason` says why the item matched nothing; `suggestion` is the closest equation, if one is close. */
export function unknownItemDiagnostic(
  ctx: FileContext,
  offset: number,
  item: string,
  reason: string,
  suggestion: Equation | null,
): Diagnostic {
  const hint = suggestion ? `; did you mean "${equationLabel(suggestion)}"?` : '.';
  return diagnosticAt(ctx, offset, 'warning', TOPIC_UNKNOWN_EQUATION, `Topic item "${item}" ${reason}${hint}`, null);
}

export function duplicateItemDiagnostic(
  ctx: FileContext,
  offset: number,
  eq: Equation,
  firstTopic: string,
  sameTopic: boolean,
): Diagnostic {
  const where = sameTopic ? `earlier in topic "${firstTopic}"` : `in topic "${firstTopic}", where it stays`;
  return diagnosticAt(
    ctx,
    offset,
    'warning',
    TOPIC_DUPLICATE_EQUATION,
    `Equation "${equationLabel(eq)}" is already listed ${where}.`,
    eq.slug,
  );
}

export function outsideTopicDiagnostic(ctx: FileContext, offset: number, item: string): Diagnostic {
  return diagnosticAt(
    ctx,
    offset,
    'warning',
    TOPIC_ITEM_OUTSIDE_TOPIC,
    `Topic item "${item}" comes before the first "## " topic heading, so it belongs to no topic.`,
    null,
  );
}

/**
 * Equations the sidecar leaves out, reported at their own heading in the markdown file:
 * that is where the reader is looking when they wonder why an equation has no topic.
 */
export function missingEquationDiagnostics(
  collection: Collection,
  listed: ReadonlySet<string>,
  sidecarPath: string,
): Diagnostic[] {
  return collection.equations
    .filter((eq) => !listed.has(eq.slug))
    .map((eq) => ({
      file: collection.sourceFile,
      line: eq.positions.heading.start.line,
      column: eq.positions.heading.start.column,
      severity: 'warning' as const,
      ruleId: TOPIC_MISSING_EQUATION,
      message: `Equation "${equationLabel(eq)}" is in no topic of ${sidecarPath}; list it under one of its "## " headings.`,
      equation: eq.slug,
    }));
}
