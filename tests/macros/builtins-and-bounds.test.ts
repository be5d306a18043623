// Redefining a KaTeX command is a warning (not when it typesets the same); a macro that explodes
// is stopped like one that loops; a macro's name after \newcommand in a formula is not expanded.
import { describe, expect, it } from 'vitest';
import { PROPERTY_TIMEOUT } from '../property-timeout.js';
import { parseCollection } from '../../src/parse/parse.js';
import { configMacros } from '../../src/parse/macro-definitions.js';
import { configMacroDiagnostics } from '../../src/parse/macros.js';
import { applyMacros } from '../../src/parse/macro-expand.js';

const doc = (preamble: string, formula: string): string => `# T\n\n$$\n${preamble}\n$$\n\n#### 1. F\n$${formula}$\n\nwhere:\n\n- $y$ is the output\n`;

describe('macros: builtins and bounds', () => {
  it('warns at the name for a builtin replaced, not for one defined the same', () => {
    const { diagnostics } = parseCollection({ path: 't.md', text: doc('\\renewcommand{\\vec}[1]{\\mathbf{#1}}\n\\newcommand{\\R}{\\mathbb{R}}', 'y = \\vec{a} + \\R') });
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`)).toEqual(['4:15 macro-redefines-builtin `\\vec` is a KaTeX command: this definition replaces it in every formula of the document']);
  });

  it("warns once, on the config file, for a config macro that replaces a builtin", () => {
    const ds = configMacroDiagnostics(configMacros({ '\\frac': '\\dfrac{#1}{#2}', '\\RR': '\\mathbb{R}' }));
    expect(ds.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.ruleId}`)).toEqual(['formulary.config.json:1:1 warning macro-redefines-builtin']);
  });

  // What bounds the work is the expansion limit the error names; a hang is caught by the time limit,
  // which is there to end one, not to time the code (a timed assertion failed under load).
  it('stops a macro that doubles itself before it grows without bound', () => {
    const table = configMacros({ '\\a': '\\b\\b', '\\b': '\\c\\c', '\\c': '\\d\\d', '\\d': '\\e\\e', '\\e': '\\f\\f', '\\f': '\\g\\g', '\\g': '\\h\\h', '\\h': '\\a\\a' });
    const out = applyMacros({ latex: 'y = \\a', map: { pieces: [{ at: 0, offset: 10, length: 6 }] } }, table);
    expect(out.latex).toBe('y = \\a');
    expect(out.macroError?.at).toBe(4);
    expect(out.macroError?.message).toMatch(/More than 1,000 macro expansions|past 200,000 characters/);
  }, PROPERTY_TIMEOUT);

  it('leaves the name a formula defines for itself, and separates a control word from the letter after it', () => {
    const table = configMacros({ '\\x': '\\alpha', '\\y': '#1' });
    expect(applyMacros({ latex: '\\newcommand{\\x}{b} \\x', map: { pieces: [] } }, table).latex).toBe('\\newcommand{\\x}{b} \\alpha');
    expect(applyMacros({ latex: '\\y{\\beta}x', map: { pieces: [] } }, table).latex).toBe('\\beta x');
  });

  it("bounds the expansion work of a whole document: 5,000 exploding calls, each an error once the document's budget is spent", () => {
    const preamble = '$$\n\\def\\a{xxxxxxxxxx}\\def\\b{\\a\\a\\a\\a\\a\\a\\a\\a\\a\\a}\\def\\c{\\b\\b\\b\\b\\b\\b\\b\\b\\b\\b}\\def\\d{\\c\\c\\c\\c\\c\\c\\c\\c\\c\\c}\n$$';
    const text = `# T\n\n${preamble}\n\n#### 1. F\n$y = x$\n\nwhere:\n\n- $y$ is the output\n- $x$ is the input\n\n${'Then $\\d$ again.\n\n'.repeat(5_000)}`;
    const { collection } = parseCollection({ path: 't.md', text });
    const calls = collection.inlineMath.filter((m) => m.latex === '\\d');
    expect(calls).toHaveLength(5_000);
    expect(calls.every((m) => m.macroError)).toBe(true);
    expect(calls[4_999]!.macroError!.message).toMatch(/in all/);
  }, PROPERTY_TIMEOUT);
});
