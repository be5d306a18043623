// The check behind "every equation page has an SVG whose aspect ratio matches the KaTeX formula as
// the browser lays it out (within 10%)": for each equation page, its Download SVG link, the SVG
// parsing as XML with <title> (the name) and <desc> (the LaTeX), and its viewBox's aspect ratio
// against the KaTeX formula's box in Chromium.
import type { Browser } from './chromium.js';
import type { Served } from './harness.js';

export async function svgShapeProblems(browser: Browser, site: Served, slugs: string[]): Promise<{ problems: string[]; checked: number }> {
  const page = await browser.context.newPage();
  const problems: string[] = [];
  const offs: Array<[string, number]> = [];
  for (const slug of slugs) {
    await page.goto(site.url(`equations/${slug}/`), { waitUntil: 'load' });
    const found = await page.evaluate(async () => {
      await document.fonts.ready;
      const link = document.querySelector<HTMLAnchorElement>('a.download-svg');
      // The formula's own boxes: a display formula's .katex spans the column, its .base pieces
      // do not (their width is the formula's); each piece's .strut is exactly its height + depth
      // (the .base box adds the line height).
      const bases = [...document.querySelectorAll('.formula-box .katex-display .katex .katex-html > .base')];
      const wide = bases.map((b) => b.getBoundingClientRect());
      const tall = bases.map((b) => (b.querySelector(':scope > .strut') ?? b).getBoundingClientRect());
      const left = Math.min(...wide.map((r) => r.left));
      const right = Math.max(...wide.map((r) => r.right));
      const top = Math.min(...tall.map((r) => r.top));
      const bottom = Math.max(...tall.map((r) => r.bottom));
      const name = document.title;
      const latex = document.querySelector('.latex-source code')?.textContent ?? '';
      if (!link) return { link: null, ratio: 0, name, latex, svg: null };
      const text = await (await fetch(link.href)).text();
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const svg = doc.documentElement;
      const ok = svg.localName === 'svg' && !doc.querySelector('parsererror');
      const box = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
      return {
        link: link.getAttribute('href'),
        ratio: (right - left) / (bottom - top),
        name,
        latex,
        svg: ok ? { title: doc.querySelector('svg > title')?.textContent ?? '', desc: doc.querySelector('svg > desc')?.textContent ?? '', ratio: box[2]! / box[3]! } : null,
      };
    });
    if (!found.link) problems.push(`${slug}: no Download SVG link`);
    else if (!found.svg) problems.push(`${slug}: SVG does not parse as XML`);
    else {
      if (!found.name.includes(found.svg.title) || !found.svg.title) problems.push(`${slug}: title '${found.svg.title}'`);
      if (found.svg.desc !== found.latex) problems.push(`${slug}: desc is not the LaTeX`);
      const off = Math.abs(found.svg.ratio / found.ratio - 1);
      offs.push([slug, off]);
      if (!(off <= 0.1)) problems.push(`${slug}: aspect ratio SVG ${found.svg.ratio.toFixed(2)} vs KaTeX ${found.ratio.toFixed(2)} (${(off * 100).toFixed(0)}% off)`);
    }
  }
  await page.close();
  return { problems, checked: offs.length };
}
