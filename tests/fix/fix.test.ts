// check --fix as a pure text transformation: what it changes, what it keeps, and that it settles.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyEdits } from '../../src/fix/fix.js';
import { fixText } from '../../src/pipeline/fix.js';
import { parseCollectionAsync } from '../../src/parse/parse.js';
import { validateCollection } from '../../src/rules/validate.js';
import { PROPERTY_TIMEOUT } from '../property-timeout.js';
import { propertyRuns } from '../property-runs.js';

const file = (text: string) => ({ path: 'doc.md', text });
const diagnosticsOf = async (text: string) => {
  const { collection, diagnostics } = await parseCollectionAsync(file(text));
  // A message that points at another line ("named in the text on line 21") points at the same words after a fix
  // that joined lines above them (`--fix-delimiters` makes a three-line `$$` display one line): the line is left out.
  // So is the list of symbols a missing-where-list names: a fix that joins consecutive `$` lines into one record joins
  // their lists, and the finding (that equation has no where-list) is the one that was there before.
  return [...diagnostics, ...validateCollection(collection, text)].map(
    (d) => `${d.ruleId}:${d.message.replace(/\bon line \d+/g, 'on line …').replace(/(has no "where:" list: add one defining ).*$/, '$1…')}`,
  );
};

const SIGMA = '#### 1. Input Gate\n$i_t = \\sigma(x_t)$\n\nwhere:\n\n- $i_t$ is the input gate\n- $x_t$ is the input\n- $\\sigma$ is the sigmoid function\n\n';
const FORGET = '#### 2. Forget Gate\n$f_t = \\sigma(x_t)$\n\nwhere:\n\n* $f_t$ — the forget gate  \n';

describe('check --fix', () => {
  it('adds borrowed meanings in the list\'s own style and keeps every other byte (CRLF, trailing spaces)', async () => {
    const text = (SIGMA + FORGET).replace(/\n/g, '\r\n');
    const topics = [{ slug: 'gates', title: 'Gates', equations: ['input-gate', 'forget-gate'] }];
    const r = await fixText(file(text), topics);
    expect(r.text.startsWith(text.slice(0, text.indexOf('* $f_t$')))).toBe(true);
    expect(r.text).toContain('* $f_t$ — the forget gate  \r\n* $\\sigma$ — the sigmoid function\r\n* $x_t$ — the input');
    expect(r.added.map((a) => a.symbols)).toEqual([['\\sigma'], ['x_t']]);
    expect((await fixText(file(r.text), topics)).text).toBe(r.text);
  });

  it('repairs markdown escapes in math and, with delimiters, turns \\[…\\] into $…$', async () => {
    const text = '#### 1. Loss\n\\[\nL = a\\_1 \\* \\left\\[b\\right.\n\\]\n\nwhere:\n\n- $L$ is the loss\n- $a_1$ is a\n- $b$ is b\n';
    const r = await fixText(file(text), [], { delimiters: true });
    expect(r.text).toBe('#### 1. Loss\n$L = a_1 * \\left[b\\right.$\n\nwhere:\n\n- $L$ is the loss\n- $a_1$ is a\n- $b$ is b\n');
    expect(await diagnosticsOf(r.text)).toEqual([]);
  });

  it('turns a one-line \\[ … \\] and a $$…$$ equation into $…$, delimiters only', async () => {
    const text = '# T\n\n## Power\n\n\\[ P = V I \\]\n\nwhere:\n\n- $P$ is power\n- $V$ is voltage\n- $I$ is current\n\n## Ohm\n\n$$V = I R$$\n\nwhere:\n\n- $V$ is voltage\n- $I$ is current\n- $R$ is resistance\n';
    const r = await fixText(file(text), [], { delimiters: true });
    expect(r.text).toBe(text.replace('\\[ P = V I \\]', '$P = V I$').replace('$$V = I R$$', '$V = I R$'));
  });
});

// Generated documents: a few equations with where-lists, some symbols left out, some escapes.
// 250 documents under `npm test`, 2,000 under FULL=1 (tests/property-runs.ts); FORMULARY_FIX_RUNS sets another count.
const RUNS = propertyRuns({ full: 2000, ci: 250 }, 'FORMULARY_FIX_RUNS');
const symbolArb = fc.constantFrom('x', 'y', 'z', '\\sigma', '\\alpha', 'W_{h}', 'b', 'h_{t-1}', 'W_{xi}', 'W_{xf}', 'W_{xo}', 'W_{xc}');
const descArb = fc.constantFrom('the input', 'the output', 'a weight', 'the bias', 'the sigmoid function');
const eqArb = fc.record({
  syms: fc.uniqueArray(symbolArb, { minLength: 1, maxLength: 4 }),
  defined: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  desc: fc.array(descArb, { minLength: 4, maxLength: 4 }),
  escape: fc.boolean(),
  bracket: fc.boolean(),
  bullet: fc.constantFrom('-', '*', '1.'),
  trailing: fc.constantFrom('', '  '),
});
const docArb = fc.record({ eqs: fc.array(eqArb, { minLength: 1, maxLength: 4 }), eol: fc.constantFrom('\n', '\r\n'), oneTopic: fc.boolean() });

function render(doc: fc.RecordValue<{ eqs: unknown; eol: unknown }> & { eqs: Array<typeof eqArb extends fc.Arbitrary<infer T> ? T : never>; eol: string }): string {
  const out: string[] = ['# Doc', ''];
  doc.eqs.forEach((e, i) => {
    const lhs = `q_{${i}}`;
    const rhs = e.syms.join(e.escape ? ' \\* ' : ' + ');
    out.push(`#### ${i + 1}. Eq ${i + 1}`, e.bracket ? `\\[${lhs} = ${rhs}\\]` : `$${lhs} = ${rhs}$`, '', 'where:', '');
    const items = e.syms.filter((_, k) => k === 0 || e.defined[k]);
    items.forEach((s, k) => out.push(`${e.bullet === '1.' ? `${k + 1}.` : e.bullet} $${s}$ is ${e.desc[k]}${e.trailing}`));
    out.push('');
  });
  return out.join(doc.eol);
}

const stats = { items: 0, escapes: 0, clean: 0 };

describe('check --fix on generated documents', () => {
  it(`is idempotent, touches only what it reports, and never adds diagnostics (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(docArb, async (doc) => {
        const text = render(doc as never);
        const topics = doc.oneTopic ? [{ slug: 'all', title: 'All', equations: doc.eqs.map((_, i) => `eq-${i + 1}`) }] : [];
        const once = await fixText(file(text), topics, { delimiters: true });
        const twice = await fixText(file(once.text), topics, { delimiters: true });
        stats.items += once.counts['where-item'];
        stats.escapes += once.counts.escape;
        expect(twice.text).toBe(once.text);
        // The reported edits, applied to the input, give the output, and each is of its kind only.
        expect(applyEdits(text, once.edits).text).toBe(once.text);
        const lines = new Set(once.added.map((a) => a.text));
        for (const e of once.edits) {
          const removed = text.slice(e.start, e.end);
          if (e.kind === 'escape') expect([removed, e.text]).toEqual(['\\', '']);
          if (e.kind === 'delimiter') expect(e.text === '$' && /^(\$\$|\\\[)\s*$|^\s*(\$\$|\\\])$/.test(removed)).toBe(true);
          if (e.kind === 'where-item') {
            expect(removed).toBe('');
            for (const l of e.text.split(/\r\n|\n/).slice(1)) expect(lines.has(l)).toBe(true);
          }
        }
        const reported = once.counts.escape + once.counts['where-item'] + once.counts.delimiter;
        if (reported === 0) expect(once.text).toBe(text);
        // No new diagnostic: a clean file stays clean (and as it was), and every remaining one was
        // there before, except symbol warnings about math an escape repair made readable.
        const before = new Set(await diagnosticsOf(text));
        const after = await diagnosticsOf(once.text);
        if (before.size === 0) stats.clean++;
        // `--fix-delimiters` rewrites every `$$`/`\[` display it is asked to, also in a document
        // consistent enough to have no display-delimiters note: only those edits (checked above).
        if (before.size === 0) expect([after, once.counts.delimiter > 0 || once.text === text]).toEqual([[], true]);
        const revealed = (d: string) => once.counts.escape > 0 && /^(undefined|unused)-symbol:/.test(d);
        for (const d of after) expect(before.has(d) || revealed(d), d).toBe(true);
      }),
      { numRuns: RUNS },
    );
    // The generator does exercise the fixes.
    expect(stats.items).toBeGreaterThan(0);
    expect(stats.escapes).toBeGreaterThan(0);
    expect(stats.clean).toBeGreaterThan(0);
  }, PROPERTY_TIMEOUT);
});

describe('check --fix on the real-world corpus (in memory; the fixtures are not edited)', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const dir = new URL('../fixtures/real-world/', import.meta.url);
  const docs = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md');
  it.each(docs)('%s: settles in one run and adds no diagnostic', async (doc) => {
    const text = readFileSync(new URL(doc, dir), 'utf8');
    const once = await fixText(file(text), [], { delimiters: true });
    expect((await fixText(file(once.text), [], { delimiters: true })).text).toBe(once.text);
    expect(applyEdits(text, once.edits).text).toBe(once.text);
    const before = new Set(await diagnosticsOf(text));
    for (const d of await diagnosticsOf(once.text)) expect(before.has(d), d).toBe(true);
  });
});
