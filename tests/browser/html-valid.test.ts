// Every page of the built seed site is valid HTML according to html-validate's recommended rules.
import { describe, expect, inject, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { filesUnder } from './dist-files.js';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // KaTeX's HTML output (inserted verbatim, built by KaTeX not us) uses <span> soup with
    // aria-hidden and MathML; these rules judge authoring style, not validity:
    'prefer-native-element': 'off', // KaTeX's MathML <semantics>/<annotation> and our role=option links are deliberate
    'no-inline-style': 'off', // style attributes may only come from KaTeX; the CSP test proves none is applied inline
    // Our serializer writes no whitespace between tags at all, so the only trailing whitespace is
    // the author's LaTeX kept verbatim (KaTeX's <annotation encoding="application/x-tex"> and the
    // "LaTeX source" <pre>), which copy-paste and screen readers should get unaltered.
    'no-trailing-whitespace': 'off',
  },
});

describe.each(['siteRoot', 'siteSub'] as const)('html-validate on %s', (which) => {
  const dir = inject(which);
  const pages = filesUnder(dir, '.html');

  it('finds every page', () => {
    expect(pages.length).toBeGreaterThan(200);
  });

  // In groups of at most 5 pages and 100 KB, each a test of its own: one test over all 221 pages
  // took over its 60 s on a busy machine, and so did a group of 20 (load 23), then a group of 5
  // holding the home page (740 KB, 8 s alone at load 14) and the notation index (410 KB).
  const groups: string[][] = [];
  let bytes = 0;
  for (const file of pages) {
    const size = statSync(file).size;
    const last = groups.at(-1);
    if (!last || last.length >= 5 || bytes + size > 100_000) {
      groups.push([file]);
      bytes = size;
    } else {
      last.push(file);
      bytes += size;
    }
  }
  it.each(groups.map((g, k) => [k + 1, g] as const))('reports 0 errors on pages group %i', async (_k, group) => {
    const failures: string[] = [];
    for (const file of group) {
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const result of report.results) {
        for (const m of result.messages) if (m.severity === 2) failures.push(`${path.relative(dir, file)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    expect(failures.slice(0, 30)).toEqual([]);
  });
});
