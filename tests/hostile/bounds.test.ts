// Every documented bound (README "Limits"), tested at the bound and one past it.
import { describe, expect, it, vi } from 'vitest';
import MiniSearch from 'minisearch';
import { markdownBounds, MAX_NESTING_DEPTH } from '../../src/parse/bounds.js';
import { MAX_DELIMITER_RUN, MAX_INLINE_DELIMITERS, MAX_INLINE_TOKENS } from '../../src/parse/bounds-inline.js';
import { escapeLiteral, maskLiteral, unmaskLiteral } from '../../src/parse/literal-mask.js';
import { formulaCost, MathBudget, MAX_FORMULA_CHARS, MAX_MATH_COST_PER_FILE, MAX_MATH_SPANS_PER_FILE } from '../../src/katex/limits.js';
import { checkMath } from '../../src/rules/math.js';
import { renderMath, typeset } from '../../src/katex/render.js';
import { equationSymbols } from '../../src/symbols/analysis.js';
import { LineIndex } from '../../src/diagnostics/positions.js';
import { parseCollection } from '../../src/parse/parse.js';
import { MAX_SUGGESTION_ITEM_LENGTH, MAX_SUGGESTIONS } from '../../src/parse/topics.js';
import { checkSidecar } from '../topics/check-sidecar.js';
import { boundQuery, MAX_QUERY_LENGTH, MAX_QUERY_TERMS } from '../../src/search/query-bounds.js';
import { miniSearchOptions, searchEquations, type IndexedDoc } from '../../src/search/options.js';
import type { MathSource } from '../../src/types.js';
import { HANG_LIMIT } from '../hang-limit.js';

// Hostile inputs take as long as a loaded machine needs: each test waits (HANG_LIMIT only ends a hang).
vi.setConfig({ testTimeout: HANG_LIMIT });

const rules = (text: string) => markdownBounds(text).issues.map((i) => i.ruleId);
const source = (latex: string): MathSource => ({ latex, map: { pieces: [{ at: 0, offset: 1, length: latex.length }] } });
const mathRules = (latex: string) => {
  const text = `$${latex}$`;
  return checkMath(source(latex), true, { file: 'f.md', lines: new LineIndex(text) }, null).map((d) => d.ruleId);
};

describe('formula size: formula-too-large', () => {
  it(`${MAX_FORMULA_CHARS.toLocaleString('en-US')} characters are typeset; one more is an error at the formula's start and is never typeset`, () => {
    const at = 'x'.repeat(MAX_FORMULA_CHARS);
    expect(mathRules(at)).not.toContain('formula-too-large');
    expect(typeset(at, { display: true }).html).not.toBeNull();
    const over = at + 'x';
    expect(mathRules(over)).toEqual(['formula-too-large']);
    const d = checkMath(source(over), true, { file: 'f.md', lines: new LineIndex(`$${over}$`) }, null)[0]!;
    expect(d).toMatchObject({ line: 1, column: 2, severity: 'error' });
    expect(d.message).toMatch(/20,001 characters, over the limit of 20,000/);
    expect(typeset(over, { display: true }).html).toBeNull();
    expect(equationSymbols(over)).toEqual([]);
    const html = renderMath(over, { display: true });
    expect(html).toMatch(/^<code class="math-error math-too-large"[^>]*>\[formula not shown: 20,001 characters/);
    expect(html.length).toBeLessThan(500);
  });
});

describe('math per file: too-much-math', () => {
  it(`${MAX_MATH_SPANS_PER_FILE.toLocaleString('en-US')} spans are fine, one more is not (repeats count)`, () => {
    const b = new MathBudget();
    let taken = 0;
    for (let i = 0; i < MAX_MATH_SPANS_PER_FILE; i++) if (b.take('x')) taken++;
    expect(taken).toBe(MAX_MATH_SPANS_PER_FILE);
    expect(b.exceeded).toBeNull();
    expect(b.take('x')).toBe(false);
    expect(b.exceeded).toBe('spans');
  });

  it(`distinct formulas cost n·(1 + n/250), at most ${MAX_MATH_COST_PER_FILE.toLocaleString('en-US')} per file`, () => {
    expect(formulaCost(100)).toBe(140);
    expect(formulaCost(10_000)).toBe(410_000);
    expect(2 * formulaCost(MAX_FORMULA_CHARS)).toBeLessThanOrEqual(MAX_MATH_COST_PER_FILE);
    const b = new MathBudget();
    // 9 formulas of 10,000 characters, one more long one, and one-character formulas up to the bound.
    for (let i = 0; i < 9; i++) expect(b.take(`${i}`.padEnd(10_000, 'x'))).toBe(true);
    let left = MAX_MATH_COST_PER_FILE - 9 * formulaCost(10_000);
    let n = 1;
    while (formulaCost(n + 1) <= left) n++;
    expect(b.take('y'.repeat(n))).toBe(true);
    expect(b.take('y'.repeat(n))).toBe(true); // a repeat costs only its span
    left -= formulaCost(n);
    for (let i = 0; i < left; i++) expect(b.take(String.fromCharCode(0x4e00 + i))).toBe(true);
    expect(b.exceeded).toBeNull();
    expect(b.take('z')).toBe(false);
    expect(b.exceeded).toBe('cost');
  });

  it(`the markdown pre-pass reads math spans past ${MAX_MATH_SPANS_PER_FILE.toLocaleString('en-US')} as text`, () => {
    const at = '$x$ '.repeat(MAX_MATH_SPANS_PER_FILE);
    expect(markdownBounds(at).issues).toEqual([]);
    const over = markdownBounds(at + '$y$ \\(z\\)');
    expect(over.issues).toMatchObject([{ ruleId: 'too-much-math', offset: at.length }]);
    expect(over.literal).toEqual([0, 2, 4, 5, 7, 8].map((k) => at.length + k));
  });
});

describe('markdown structure: nesting-too-deep and markup-too-dense', () => {
  it(`${MAX_NESTING_DEPTH} nested blockquotes are fine; one more is text from there`, () => {
    expect(rules(`${'> '.repeat(MAX_NESTING_DEPTH)}a\n`)).toEqual([]);
    const over = `${'> '.repeat(MAX_NESTING_DEPTH + 1)}a\n`;
    const b = markdownBounds(over);
    expect(b.issues.map((i) => i.ruleId)).toEqual(['nesting-too-deep']);
    expect(b.literal).toEqual([2 * MAX_NESTING_DEPTH]);
    expect(escapeLiteral(over, b.literal).slice(2 * MAX_NESTING_DEPTH, 2 * MAX_NESTING_DEPTH + 3)).toBe('\\> ');
  });

  it('lists nested on one line and by indentation: the same bound', () => {
    expect(rules(`${'- '.repeat(MAX_NESTING_DEPTH)}a\n`)).toEqual([]);
    expect(rules(`${'- '.repeat(MAX_NESTING_DEPTH + 1)}a\n`)).toEqual(['nesting-too-deep']);
    expect(rules(`${'1. '.repeat(MAX_NESTING_DEPTH + 1)}a\n`)).toEqual(['nesting-too-deep']);
    const indented = (n: number) => Array.from({ length: n }, (_, i) => `${' '.repeat(2 * i)}- item ${i}`).join('\n');
    expect(rules(indented(MAX_NESTING_DEPTH))).toEqual([]);
    expect(rules(indented(MAX_NESTING_DEPTH + 1))).toEqual(['nesting-too-deep']);
    // Lists and quotes interleaved, and lists nested by indentation inside a quote.
    expect(rules(`${'> - '.repeat(MAX_NESTING_DEPTH / 2)}a\n`)).toEqual([]);
    expect(rules(`${'> - '.repeat(MAX_NESTING_DEPTH / 2)}> a\n`)).toEqual(['nesting-too-deep']);
    expect(rules(`${'- > '.repeat(MAX_NESTING_DEPTH / 2)}- a\n`)).toEqual(['nesting-too-deep']);
    const quotedIndent = (n: number) => Array.from({ length: n }, (_, i) => `> ${' '.repeat(2 * i)}- item ${i}`).join('\n');
    expect(rules(quotedIndent(MAX_NESTING_DEPTH - 1))).toEqual([]);
    expect(rules(quotedIndent(MAX_NESTING_DEPTH))).toEqual(['nesting-too-deep']);
    // Markers on one line and indentation on the next add up.
    expect(rules(`${'- '.repeat(MAX_NESTING_DEPTH - 1)}a\n${' '.repeat(2 * (MAX_NESTING_DEPTH - 1))}- b\n`)).toEqual([]);
    expect(rules(`${'- '.repeat(MAX_NESTING_DEPTH - 1)}a\n${' '.repeat(2 * (MAX_NESTING_DEPTH - 1))}- b\n${' '.repeat(2 * MAX_NESTING_DEPTH)}- c\n`)).toEqual(['nesting-too-deep']);
    // Siblings and thematic breaks are not nesting.
    expect(rules('- a\n'.repeat(1000))).toEqual([]);
    expect(rules(`${'- '.repeat(100)}-\n`)).toEqual([]);
  });

  it(`a run of ${MAX_DELIMITER_RUN} emphasis markers is markup; ${MAX_DELIMITER_RUN + 1} is text`, () => {
    for (const c of ['*', '_', '~', '[']) {
      // (after a word: at the start of a line, `~~~` would open a code fence)
      expect(rules(`w ${c.repeat(MAX_DELIMITER_RUN)}a${c.repeat(MAX_DELIMITER_RUN)}`)).toEqual([]);
      const over = markdownBounds(`w ${c.repeat(MAX_DELIMITER_RUN + 1)}a`);
      expect(over.issues.map((i) => i.ruleId)).toEqual(['markup-too-dense']);
      expect(over.literal).toHaveLength(MAX_DELIMITER_RUN + 1);
    }
  });

  it(`${MAX_INLINE_DELIMITERS} delimiter runs in a paragraph are markup; the next one is text`, () => {
    expect(rules('*a '.repeat(MAX_INLINE_DELIMITERS))).toEqual([]);
    const over = markdownBounds('*a '.repeat(MAX_INLINE_DELIMITERS + 1));
    expect(over.issues.map((i) => i.ruleId)).toEqual(['markup-too-dense']);
    expect(over.literal).toEqual([3 * MAX_INLINE_DELIMITERS]);
    // A blank line starts a new paragraph, with its own count.
    expect(rules(`${'*a '.repeat(MAX_INLINE_DELIMITERS)}\n\n${'*a '.repeat(MAX_INLINE_DELIMITERS)}`)).toEqual([]);
  });

  it(`${MAX_INLINE_TOKENS.toLocaleString('en-US')} backslashes, entities, code spans… in a paragraph are markup; the next one is text`, () => {
    for (const unit of ['\\* ', '\\q ', '&amp; ', '<a> ', '`x` ', 'a] ', '! ']) {
      expect(rules(unit.repeat(MAX_INLINE_TOKENS))).toEqual([]);
      expect(rules(unit.repeat(MAX_INLINE_TOKENS + 1))).toEqual(['markup-too-dense']);
    }
    const over = markdownBounds('\\q '.repeat(MAX_INLINE_TOKENS + 1));
    expect(over.literal).toEqual([3 * MAX_INLINE_TOKENS]);
  });

  it('math, code spans and fenced code are skipped and never changed', () => {
    const underscores = '_'.repeat(MAX_DELIMITER_RUN + 10);
    expect(markdownBounds(`$${underscores}$ \`${underscores}\`\n\n\`\`\`\n${underscores}\n\`\`\`\n\n$$\n${underscores}\n$$\n`).literal).toEqual([]);
  });

  it('masking keeps every offset and unmasking restores the text', () => {
    const text = `${'*'.repeat(100)}a${'*'.repeat(100)} and ${'> '.repeat(40)}b`;
    const { literal } = markdownBounds(text);
    const masked = maskLiteral(text, literal);
    expect(masked.length).toBe(text.length);
    expect(masked).not.toMatch(/\*/);
    expect(unmaskLiteral(masked)).toBe(text);
  });
});

describe('topic suggestions', () => {
  const doc = '# T\n\n#### 1. Adam Optimizer\n$y = x$\n\nwhere:\n\n- $y$ is out\n- $x$ is in\n';
  const { collection } = parseCollection({ path: 't.md', text: doc });
  const suggestionOf = (item: string) => checkSidecar({ path: 't.topics.md', text: `## Topic\n\n- ${item}\n` }, collection).diagnostics[0]?.message ?? '';

  it(`items of up to ${MAX_SUGGESTION_ITEM_LENGTH} characters get a suggestion; longer ones do not`, () => {
    expect(suggestionOf('Adam Optimiser')).toMatch(/did you mean "1\. Adam Optimizer"/);
    const at = `Adam Optimizer ${'z'.repeat(MAX_SUGGESTION_ITEM_LENGTH - 15)}`;
    expect(at).toHaveLength(MAX_SUGGESTION_ITEM_LENGTH);
    expect(suggestionOf(at)).toMatch(/did you mean/);
    expect(suggestionOf(`${at}z`)).not.toMatch(/did you mean/);
  });

  it(`at most ${MAX_SUGGESTIONS} suggestions per sidecar`, () => {
    const items = Array.from({ length: MAX_SUGGESTIONS + 1 }, () => '- Adam Optimiser').join('\n');
    const { diagnostics } = checkSidecar({ path: 't.topics.md', text: `## Topic\n\n${items}\n` }, collection);
    const unknown = diagnostics.filter((d) => d.ruleId === 'topic-unknown-equation');
    expect(unknown).toHaveLength(MAX_SUGGESTIONS + 1);
    expect(unknown.filter((d) => /did you mean/.test(d.message))).toHaveLength(MAX_SUGGESTIONS);
  });
});

describe('search queries', () => {
  it(`a query of ${MAX_QUERY_LENGTH} characters and ${MAX_QUERY_TERMS} distinct terms is unchanged; past either, it is cut`, () => {
    const terms = Array.from({ length: MAX_QUERY_TERMS }, (_, i) => `word${String.fromCharCode(97 + i)}`);
    expect(boundQuery(terms.join(' '))).toBe(terms.join(' '));
    expect(boundQuery([...terms, 'extra'].join(' '))).toBe(terms.join(' '));
    const long = 'a'.repeat(MAX_QUERY_LENGTH);
    expect(boundQuery(long)).toBe(long);
    // Past the length, cut before the word that straddles it.
    expect(boundQuery(`${'a'.repeat(MAX_QUERY_LENGTH - 1)} bc`)).toBe('a'.repeat(MAX_QUERY_LENGTH - 1));
  });

  it('500 or 4,000 repeated \\alpha search like one', () => {
    const ms = new MiniSearch<IndexedDoc>(miniSearchOptions);
    ms.addAll(
      Array.from({ length: 200 }, (_, i) => ({ id: i, slug: `e${i}`, url: `equations/e${i}/`, number: i, name: `Equation ${i}`, topic: '', text: 'the rate', tex: i % 2 ? '\\alpha x' : 'y', preview: '' })),
    );
    const one = searchEquations(ms, '\\alpha').map((r) => r.id);
    expect(one).toHaveLength(100);
    expect(boundQuery('\\alpha'.repeat(500))).toBe('alpha');
    expect(searchEquations(ms, '\\alpha'.repeat(500)).map((r) => r.id)).toEqual(one);
    expect(searchEquations(ms, '\\alpha '.repeat(4000)).map((r) => r.id)).toEqual(one);
  });
});
