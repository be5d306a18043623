/**
 * Rules on references between equations, across the whole site: `unknown-reference` (nothing
 * answers to it; a "did you mean" from ids and names), `ambiguous-reference` (a name or number
 * that two equations answer to) and `unused-label` (an id or label nothing refers to; off
 * unless the config turns it on, see OFF_BY_DEFAULT).
 */
import type { Collection, Diagnostic, Equation, EquationReference } from '../types.js';
import { closestWord } from '../diagnostics/suggest.js';
import { ReferenceIndex } from './reference-targets.js';

/** English messages of these rules, in one place. */
export const REFERENCE_MESSAGES = {
  unknown: (target: string) => `No equation has the id, name or number "${target}"`,
  didYouMean: (guess: string) => `; did you mean "${guess}"?`,
  ambiguous: (target: string, names: string) => `"${target}" could mean any of ${names}; refer to one by its id`,
  unusedLabel: (id: string) => `Nothing refers to the label "${id}"`,
} as const;

function at(file: string, ref: EquationReference, severity: Diagnostic['severity'], ruleId: string, message: string, equation: string | null): Diagnostic {
  return { file, line: ref.position.start.line, column: ref.position.start.column, severity, ruleId, message, equation };
}

function describe(eq: Equation, collection: Collection): string {
  return `"${eq.nameText}" (${collection.sourceFile}:${eq.positions.heading.start.line})`;
}

export function checkReferences(collections: readonly Collection[], index = new ReferenceIndex(collections)): Diagnostic[] {
  const out: Diagnostic[] = [];
  const used = new Set<Equation>();
  let known: string[] | null = null;
  for (const collection of collections) {
    for (const ref of collection.references ?? []) {
      const r = index.resolve(ref, collection);
      if (r.kind === 'found') {
        used.add(r.target.equation);
      } else if (r.kind === 'ambiguous') {
        for (const t of r.targets) used.add(t.equation);
        const names = r.targets.map((t) => describe(t.equation, t.collection)).join(', ');
        out.push(at(collection.sourceFile, ref, 'warning', 'ambiguous-reference', REFERENCE_MESSAGES.ambiguous(ref.target, names), null));
      } else {
        known ??= index.known();
        const guess = closestWord(ref.target, known);
        out.push(at(collection.sourceFile, ref, 'error', 'unknown-reference', REFERENCE_MESSAGES.unknown(ref.target) + (guess ? REFERENCE_MESSAGES.didYouMean(guess) : ''), null));
      }
    }
  }
  for (const collection of collections) {
    for (const eq of collection.equations) {
      if (!eq.explicitId || used.has(eq)) continue;
      const h = eq.positions.heading.start;
      out.push({ file: collection.sourceFile, line: h.line, column: h.column, severity: 'warning', ruleId: 'unused-label', message: REFERENCE_MESSAGES.unusedLabel(eq.explicitId), equation: eq.slug });
    }
  }
  return out;
}
