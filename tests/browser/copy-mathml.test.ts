// "Copy MathML" puts KaTeX's presentation MathML on the clipboard as text/html and text/plain;
// what is pasted parses as MathML and is the formula the page shows.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, type Browser } from './chromium.js';
import { openPage, serve, type Served } from './harness.js';

let browser: Browser;
let site: Served;

beforeAll(async () => {
  browser = await launchChromium();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  site = await serve(inject('siteRoot'));
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('Copy MathML', () => {
  it.each(['adam-optimizer', 'determinant-of-a-2x2-matrix'])('%s: the clipboard holds MathML that parses and matches KaTeX\'s', async (slug) => {
    const { page, problems } = await openPage(browser, site.url(`equations/${slug}/`));
    const button = page.locator('button[data-copy="mathml"]');
    await button.click();
    await expect.poll(() => page.locator('.copy-status').textContent()).toMatch(/MathML copied/);
    const got = await page.evaluate(async () => {
      const shape = (el: Element): string => `${el.localName}(${[...el.children].map(shape).join(',')})${el.children.length ? '' : el.textContent}`;
      const items = await navigator.clipboard.read();
      const types = items.flatMap((i) => [...i.types]);
      const plain = await (await items[0]!.getType('text/plain')).text();
      const html = await (await items[0]!.getType('text/html')).text();
      const fromPlain = new DOMParser().parseFromString(plain, 'application/xml');
      const fromHtml = new DOMParser().parseFromString(html, 'text/html').querySelector('math');
      const katex = document.querySelector('.formula-box .katex-mathml math')!;
      return {
        types,
        parses: !fromPlain.querySelector('parsererror'),
        namespace: fromPlain.documentElement.namespaceURI,
        plain: shape(fromPlain.documentElement),
        html: fromHtml ? shape(fromHtml) : null,
        katex: shape(katex),
        annotation: fromPlain.querySelector('annotation')?.textContent ?? '',
        latex: document.querySelector('.latex-source code')?.textContent ?? '',
      };
    });
    expect(got.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
    expect(got.parses).toBe(true);
    expect(got.namespace).toBe('http://www.w3.org/1998/Math/MathML');
    expect(got.plain).toBe(got.katex);
    expect(got.html).toBe(got.katex);
    expect(got.annotation).toBe(got.latex);
    expect(problems.console).toEqual([]);
    await page.close();
  });
});
