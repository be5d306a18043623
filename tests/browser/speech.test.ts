// Each equation's formula is named by its spoken form (Speech Rule Engine, at build time) followed
// by its where-list: each symbol, spoken, with its meaning. Checked in Chromium's accessibility
// tree (CDP Accessibility.getFullAXTree), against the meanings in equations.json and the
// borrowed meanings the page lists.
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from './chromium.js';
import { openPage, withSeedSite, type Served } from './harness.js';

let browser: Browser;
let site: Served;
const root = inject('siteRoot');

withSeedSite((b, s) => {
  browser = b;
  site = s;
});

interface AXNode {
  role?: { value?: string };
  name?: { value?: string };
  description?: { value?: string };
}

interface ExportedEquation {
  slug: string;
  variables: Array<{ symbols: string[]; description: string }>;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The words of a meaning between its math: "the gradient of $L$ w.r.t. $\\theta$" → ["the gradient of", "w.r.t."]. */
function wordsOf(description: string): string[] {
  return description
    .split(/\$[^$]+\$/)
    .map((s) => squash(s.replace(/\*\*|__|[*_`]/g, '').replace(/^[\s,;:.]+|[\s,;:.]+$/g, '')))
    .filter((s) => /\p{L}/u.test(s));
}

async function formulaNode(page: import('playwright-core').Page): Promise<AXNode | undefined> {
  const cdp = await browser.context.newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  await cdp.detach();
  return nodes.find((n) => n.role?.value === 'group' && n.name?.value?.startsWith('Formula of '));
}

describe('speech', () => {
  it('adam-optimizer: the formula speaks, and its name reads η as the learning rate', async () => {
    const { page } = await openPage(browser, site.url('equations/adam-optimizer/'));
    const formula = await formulaNode(page);
    const name = formula?.name?.value ?? '';
    expect(name).toMatch(/^Formula of Adam Optimizer: /);
    expect(name).toContain('theta left arrow theta minus eta');
    // The formula first, then its where-list, in the list's order.
    expect(name.indexOf('; where m: the first moment estimate')).toBeGreaterThan(name.indexOf('theta left arrow theta minus eta'));
    expect(name).toContain('; eta: the learning rate;');
    expect(name).toContain('; epsilon: a small constant;');
    // L is not in Adam's list: the page lists the meaning it borrows, and so does the name.
    expect(name).toMatch(/; L: the loss function\.$/);
    // Said once: no description repeats the meanings.
    expect(formula?.description?.value ?? '').not.toContain('learning rate');
    await page.close();
  });

  it('every equation page names its formula by its spoken form and every where-list meaning', async () => {
    const exported = JSON.parse(readFileSync(path.join(root, 'equations.json'), 'utf8')) as { collections: Array<{ equations: ExportedEquation[] }> };
    const equations = exported.collections.flatMap((c) => c.equations);
    expect(equations.length).toBeGreaterThanOrEqual(100);
    const page = await browser.context.newPage();
    const problems: string[] = [];
    let meanings = 0;
    let borrowedMeanings = 0;
    for (const eq of equations) {
      await page.goto(site.url(`equations/${eq.slug}/`), { waitUntil: 'load' });
      // Meanings this page lists from other where-lists ("σ — the sigmoid function, as in …").
      const borrowed = await page.evaluate(() =>
        [...document.querySelectorAll('.where-list > li.borrowed')].map((li) => {
          const copy = li.cloneNode(true) as HTMLElement;
          copy.querySelector('.borrowed-from')?.remove();
          for (const k of copy.querySelectorAll('.katex')) k.replaceWith('$x$');
          return (copy.textContent ?? '').replace(/^\$x\$\s*—\s*/, '').replace(/,\s*$/, '');
        }),
      );
      const formula = await formulaNode(page);
      const name = squash(formula?.name?.value ?? '');
      const description = formula?.description?.value ?? '';
      if (!/^Formula of .+: \S/.test(name)) {
        problems.push(`${eq.slug}: name '${name.slice(0, 80)}'`);
        continue;
      }
      const expected = [...eq.variables.flatMap((v) => wordsOf(v.description))];
      const fromOthers = borrowed.flatMap(wordsOf);
      meanings += expected.length;
      borrowedMeanings += fromOthers.length;
      for (const words of [...expected, ...fromOthers]) if (!name.includes(words)) problems.push(`${eq.slug}: name lacks '${words}'`);
      if ((expected.length || fromOthers.length) && !name.includes('; where ')) problems.push(`${eq.slug}: no '; where' in the name`);
      if (description.includes('; where ')) problems.push(`${eq.slug}: the description repeats the meanings`);
    }
    await page.close();
    expect(problems).toEqual([]);
    // The seed defines its symbols and borrows some: both were checked.
    expect(meanings).toBeGreaterThan(200);
    expect(borrowedMeanings).toBeGreaterThan(10);
  }, 240_000);
});
