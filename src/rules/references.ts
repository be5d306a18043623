/**
 * Rules on references between equations, across the whole site: `unknown-reference` (nothing
 * answers to it; a "did you mean" from ids and names), `ambiguous-reference` (a name or number
 * that two equations answer to) and `unused-label` (an id or label nothing refers to; off
 * unless the config turns it on, see OFF_BY_DEFAULT).
 */
import { diagnosticAtPoint, type RuleRef } from '../diagnostics/diagnostic.js';
import { unknownReference } from './unknown-reference.js';
import { ambiguousReference } from './ambiguous-reference.js';
import { unusedLabel } from './unused-label.js';
import type { Collection, Diagnostic, Equation, EquationReference } from '../types.js';
import { closestWord } from '../diagnostics/suggest.js';
import { ReferenceIndex } from './reference-targets.js';

/** English messages of these rules, in one place. */
function at(file: string, ref: EquationReference, rule: RuleRef, message: string): Diagnostic {
  return diagnosticAtPoint(file, ref.position.start, rule, message, null);
}

function describe(eq: Equation, collection: Collection): string {
  return `"${eq.nameText}" (${collection.sourceFile}:${eq.positions.heading.start.line})`;
}

/** A `[[…]]` that can only mean an equation: by number ("Eq. 17", "Equation 17") or by id ("#adam"). */
const EQUATION_WIKI = /^\s*(?:eq(?:uation)?\.?\s*\d|#)/i;

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
        out.push(at(collection.sourceFile, ref, ambiguousReference, ambiguousReference.messages.ambiguous(ref.target, names)));
      } else if (ref.syntax === 'wiki' && !EQUATION_WIKI.test(ref.target)) {
        // [[Note]] that names no equation is a wiki link to another page (Obsidian, Foam, a
        // wiki): not an error. Only [[Eq. 17]], [[Equation 17]] or [[#id]] must name an equation.
        continue;
      } else {
        known ??= index.known();
        const guess = closestWord(ref.target, known);
        out.push(at(collection.sourceFile, ref, unknownReference, unknownReference.messages.unknown(ref.target, guess)));
      }
    }
  }
  for (const collection of collections) {
    for (const eq of collection.equations) {
      if (!eq.explicitId || used.has(eq)) continue;
      const h = eq.positions.heading.start;
      out.push(diagnosticAtPoint(collection.sourceFile, h, unusedLabel, unusedLabel.messages.unused(eq.explicitId), eq.slug));
    }
  }
  return out;
}
