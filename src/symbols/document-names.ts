/**
 * Multi-letter names the document itself gives a quantity (issue 24, trial 4 K12): a run of
 * letters a formula writes as a subscript name (`L_{IoU}`, `L_{\text{GIoU}}`) or sets on the
 * left of an equals sign (`IoU = …`). Another formula of the same document writing those letters
 * in a row (`1 - IoU + …`) means that one quantity, not a product of `I`, `o` and `U`: the
 * letters are one undefined name (which the section's words may then explain, prose-names.ts),
 * never a warning per letter. A name needs a capital and two letters or more, so index
 * subscripts (`x_{ij}`) are no names; letters the where-list defines are left alone.
 */
import type { Equation } from '../types.js';
import type { SymbolMatchResult, SymbolOccurrence } from './analysis.js';

const SUBSCRIPT_NAME = /_\{\s*(?:\\(?:text|mathrm|textrm|mathit)\{)?([A-Za-z]{2,})\}?\s*\}/g;
const LEFT_NAME = /^\s*([A-Za-z]{2,})\s*=/;

/** The names the document's formulas give as a whole (see the module comment), longest first. */
export function documentNames(equations: Equation[]): string[] {
  const out = new Set<string>();
  const add = (name: string | undefined) => {
    if (name && /[A-Z]/.test(name)) out.add(name);
  };
  for (const eq of equations) {
    for (const m of eq.latex.matchAll(SUBSCRIPT_NAME)) add(m[1]);
    add(LEFT_NAME.exec(eq.latex)?.[1]);
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/** `result` with the letters of each document name written in a row reported as that one name. */
export function withDocumentNames(eq: Equation, result: SymbolMatchResult, names: string[]): SymbolMatchResult {
  if (names.length === 0 || result.undefinedUses.length === 0) return result;
  let uses = result.undefinedUses;
  const defined = new Set(eq.variables.flatMap((v) => v.symbols.map((x) => x.trim())));
  const taken: Array<[number, number]> = [];
  for (const name of names) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const m of eq.latex.matchAll(new RegExp(`(?<![A-Za-z\\\\])(?<!(?:[_^]|\\\\[A-Za-z]+)\\{)${escaped}(?![A-Za-z])`, 'g'))) {
      const start = m.index;
      const end = start + name.length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      // A letter's occurrence may run past the name with its script (`Fr^2`, `Re^{-1}`: trial 9, W1).
      const inside = uses.filter((u) => u.start >= start && u.start < end && u.key.length === 1);
      // Every undefined letter of the name written here (a letter the where-list defines is not undefined: left alone).
      // A letter the where-list defines leaves the letters alone; one known by itself (`e` of `Re`) is no reason to split the name (trial 9, W1).
      if (inside.length === 0 || !inside.every((u) => name.includes(u.key)) || [...name].some((c) => defined.has(c))) continue;
      taken.push([start, end]);
      const joined: SymbolOccurrence = { key: `\\text{${name}}`, start, end: Math.max(end, ...inside.map((u) => u.end)), latex: name };
      uses = [...uses.filter((u) => !inside.includes(u)), joined].sort((a, b) => a.start - b.start);
    }
  }
  return uses === result.undefinedUses ? result : { ...result, undefinedUses: uses };
}
