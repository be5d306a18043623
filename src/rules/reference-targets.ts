/**
 * Which equation a reference means (pure). An equation answers to its id (the heading's `{#id}`
 * or its tool's label, made URL-safe), its slug, its name (any case) and, within its own
 * document, its number ("17" where the document numbers its equations). A reference looks in
 * its own document first, then in the whole site.
 */
import type { Collection, Equation, EquationReference } from '../types.js';
import { slugify } from '../slug.js';

export interface ReferenceTarget {
  collection: Collection;
  equation: Equation;
}

export type Resolution =
  | { kind: 'found'; target: ReferenceTarget }
  | { kind: 'ambiguous'; targets: ReferenceTarget[] }
  | { kind: 'unknown' };

interface Keys {
  ids: Map<string, ReferenceTarget[]>;
  names: Map<string, ReferenceTarget[]>;
  numbers: Map<number, ReferenceTarget[]>;
}

function emptyKeys(): Keys {
  return { ids: new Map(), names: new Map(), numbers: new Map() };
}

function add<K>(map: Map<K, ReferenceTarget[]>, key: K, t: ReferenceTarget): void {
  const list = map.get(key);
  if (!list) map.set(key, [t]);
  else if (!list.some((x) => x.equation === t.equation)) list.push(t);
}

function addEquation(keys: Keys, t: ReferenceTarget, withNumber: boolean): void {
  const eq = t.equation;
  add(keys.ids, eq.slug, t);
  if (eq.explicitId) add(keys.ids, eq.explicitId, t);
  if (eq.label) add(keys.ids, eq.label, t);
  for (const other of eq.otherLabels ?? []) add(keys.ids, other, t);
  if (eq.nameText.trim()) add(keys.names, eq.nameText.trim().toLowerCase(), t);
  if (withNumber && eq.number !== null) add(keys.numbers, eq.number, t);
}

/** "Eq. 17", "Equation (17)", "17" → 17. */
const NUMBER = /^(?:eq(?:uation)?\.?\s*)?\(?(\d{1,6})\)?$/i;

function lookup(keys: Keys, ref: Pick<EquationReference, 'target' | 'id'>): ReferenceTarget[] {
  const n = NUMBER.exec(ref.target.trim());
  if (n) {
    const byNumber = keys.numbers.get(Number(n[1]));
    if (byNumber) return byNumber;
  }
  // An id and a name can both answer ("Momentum" is the slug of one and the name of two): all count.
  const found = [...(keys.ids.get(ref.id) ?? keys.ids.get(slugify(ref.target)) ?? [])];
  for (const t of keys.names.get(ref.target.trim().toLowerCase()) ?? []) if (!found.some((x) => x.equation === t.equation)) found.push(t);
  return found;
}

export class ReferenceIndex {
  private readonly site = emptyKeys();
  private readonly perCollection = new Map<Collection, Keys>();

  constructor(collections: readonly Collection[]) {
    for (const collection of collections) {
      const own = emptyKeys();
      for (const equation of collection.equations) {
        const t = { collection, equation };
        addEquation(own, t, true);
        addEquation(this.site, t, false);
      }
      this.perCollection.set(collection, own);
    }
  }

  /** What `ref`, written in `from`, means. */
  resolve(ref: Pick<EquationReference, 'target' | 'id'>, from: Collection | null): Resolution {
    const own = from && this.perCollection.get(from);
    let found = own ? lookup(own, ref) : [];
    if (found.length === 0) found = lookup(this.site, ref);
    if (found.length === 0) return { kind: 'unknown' };
    if (found.length === 1) return { kind: 'found', target: found[0]! };
    return { kind: 'ambiguous', targets: found };
  }

  /** Ids and names a mistyped reference may have meant. */
  known(): string[] {
    return [...this.site.ids.keys(), ...[...this.site.names.values()].map((list) => list[0]!.equation.nameText.trim())];
  }
}
