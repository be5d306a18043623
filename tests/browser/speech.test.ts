// Each equation's formula is named by its spoken form (Speech Rule Engine, at build time) and
// described by the "Read the equation" sentence, which gives each where-list symbol its meaning.
// Checked in Chromium's accessibility tree (CDP Accessibility.getFullAXTree).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium, type Browser } from './chromium.js';
import { openPage, serve, type Served } from './harness.js';

let browser: Browser;
let site: Served;
const root = inject('siteRoot');

beforeAll(async () => {
  browser = await launchChromium();
  site = await serve(root);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface AXNode {
  role?: { value?: string };
  name?: { value?: string };
  description?: { value?: string };
}

describe('speech', () => {
  it('adam-optimizer: the formula speaks, and its description reads η as the learning rate', async () => {
    const { page } = await openPage(browser, site.url('equations/adam-optimizer/'));
    const cdp = await browser.context.newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    const formula = nodes.find((n) => n.role?.value === 'group' && n.name?.value?.startsWith('Formula of Adam Optimizer'));
    expect(formula?.name?.value).toContain('theta left arrow theta minus eta');
    expect(formula?.description?.value).toContain('eta: the learning rate');
    expect(formula?.description?.value).toContain('epsilon: a small constant');
    await cdp.detach();
    await page.close();
  });

  it('every equation page names its formula by a spoken form and describes it with its where-list meanings', async () => {
    const slugs = readdirSync(path.join(root, 'equations'), { withFileTypes: true }).filter((d) => d.isDirectory() && !/^\d+$/.test(d.name)).map((d) => d.name);
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    const problems: string[] = [];
    for (const slug of slugs) {
      await page.goto(site.url(`equations/${slug}/`), { waitUntil: 'load' });
      const items = await page.locator('.where-list > li:not(.note):not(.unexplained)').count();
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
      const formula = nodes.find((n) => n.role?.value === 'group' && n.name?.value?.startsWith('Formula of '));
      const name = formula?.name?.value ?? '';
      const description = formula?.description?.value ?? '';
      if (!/^Formula of .+: \S/.test(name)) problems.push(`${slug}: name '${name.slice(0, 80)}'`);
      else if (items > 0 && !/; where \S/.test(description)) problems.push(`${slug}: description '${description.slice(0, 80)}'`);
    }
    await cdp.detach();
    await page.close();
    expect(problems).toEqual([]);
  }, 240_000);
});
