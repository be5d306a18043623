// docs/og-cards.png: three Open Graph cards of a built seed site (a short, a long and a matrix
// formula) stacked at half size, so a reader can see them. Usage:
//   node bin/formulary.js build content/deep-learning-equations.md --out /tmp/site
//   node scripts/og-cards.mjs /tmp/site docs/og-cards.png
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [site = 'dist', out = 'docs/og-cards.png'] = process.argv.slice(2);
const slugs = ['rectified-linear-unit-relu', 'positional-encoding-sinusoidal', 'determinant-of-a-2x2-matrix'];
const [w, h, m] = [600, 315, 20];
const cards = slugs.map((slug, i) => {
  const png = readFileSync(path.join(site, 'equations', slug, 'card.png')).toString('base64');
  const y = m + i * (h + m);
  return `<image x="${m}" y="${y}" width="${w}" height="${h}" href="data:image/png;base64,${png}"/><rect x="${m + 0.5}" y="${y + 0.5}" width="${w - 1}" height="${h - 1}" fill="none" stroke="#c7cbd3"/>`;
});
const height = m + slugs.length * (h + m);
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w + 2 * m}" height="${height}"><rect width="100%" height="100%" fill="#f3f4f6"/>${cards.join('')}</svg>`;
writeFileSync(out, new Resvg(svg).render().asPng());
console.log(`${out}: ${slugs.join(', ')}`);
