// Loaders for the reader's fixtures (tests/fixtures/reader/): a fixture read as a project (its
// records and the diagnostics a user sees), and a fixture's equations found by name with the
// definitions the reader gave each.
import fs from 'node:fs';
import path from 'node:path';
import { loadProject } from '../../src/pipeline/project.js';
import { parseCollection } from '../../src/parse/parse.js';
import { FIXTURES } from '../core/helpers.js';

/** A fixture of tests/fixtures/reader/ loaded as a project: its records, its non-info rules, its errors as `line:column rule`. */
export async function readReaderProject(file: string) {
  const project = await loadProject([path.join(FIXTURES, 'reader', file)]);
  const collection = project.collections[0]!.collection;
  return {
    collection,
    records: collection.equations.map((e) => ({ name: e.nameText, latex: e.latex.trim(), line: e.positions.equation.start.line })),
    rules: project.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.ruleId),
    errors: project.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.ruleId}`),
  };
}

/**
 * A fixture of tests/fixtures/reader/<folder>/ parsed, with its equations' definitions by name:
 * `defs(name)` gives `[symbols, meaning]` of each (with `values`, the value a where-sentence gave
 * too); `nth` picks the nth equation of that name, numbered `Name (2)` when names repeat.
 */
export function readDefinitions(folder: string, file: string, { values = false } = {}) {
  const p = path.join(FIXTURES, 'reader', folder, file);
  const collection = parseCollection({ path: p, text: fs.readFileSync(p, 'utf8') }).collection;
  const of = (name: string, nth = 0) => {
    const eq = collection.equations.filter((e) => e.nameText === name || e.nameText === `${name} (${nth + 1})`)[nth];
    if (!eq) throw new Error(`no equation ${name} in ${file}: ${collection.equations.map((e) => e.nameText).join(' | ')}`);
    return eq;
  };
  return {
    collection,
    defs: (name: string, nth = 0) =>
      of(name, nth).variables.map((v) => [v.symbols.join(', '), v.description, ...(values && v.definedAs !== undefined ? [v.definedAs] : [])]),
    notes: (name: string) => of(name).notes.map((n) => n.text),
    /** Where each definition came from: `prose`, `glossary`, or `list` for a where-list's. */
    sources: (name: string, nth = 0) => of(name, nth).variables.map((v) => v.source ?? 'list'),
  };
}
