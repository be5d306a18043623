/** Link previews read as text (issue 27): descriptions with math as plain text, never TeX. */
import { describe, expect, it } from 'vitest';
import { renderSite } from '../../src/site/render-site.js';
import { plainMath } from '../../src/search/plain-math.js';
import { collection, env, equation, input, text, variable } from './helpers.js';

const withMath = equation({
  slug: 'decay-rule',
  number: 1,
  name: 'Decay rule with $\\beta_1$',
  nameText: 'Decay rule with \\beta_1',
  latex: 'm = \\beta_1 m + (1 - \\beta_1) g',
  variables: [variable('\\beta_1', 'the decay rate'), variable('\\hat{m}', 'the corrected estimate')],
});
const noWhere = equation({ slug: 'half', number: 2, name: 'Half', nameText: 'Half', latex: 'h = \\frac{1}{2} \\left\\{ x \\right\\} \\\\ y' });

async function pageOf(slug: string): Promise<string> {
  const { sources, deps } = await env();
  const r = renderSite([input(collection({ equations: [withMath, noWhere] }))], {}, { ...deps, linkLatex: undefined }, sources);
  return text(r.files.find((f) => f.path === `equations/${slug}/index.html`)?.contents);
}

const metaOf = (html: string, key: string): string => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(html)?.[1] ?? '';

describe('link preview descriptions', () => {
  it('give the name and the where-list with math as plain text', async () => {
    const html = await pageOf('decay-rule');
    for (const key of ['description', 'og:description', 'twitter:description']) {
      expect(metaOf(html, key)).toBe('Decay rule with β_1, where β_1 is the decay rate; m̂ is the corrected estimate.');
    }
  });

  it('give a formula without a where-list as plain text, with no backslash left', async () => {
    const description = metaOf(await pageOf('half'), 'og:description');
    expect(description).toBe('Half: h = 1/2 x; y');
    expect(description).not.toContain('\\');
  });
});

describe('plainMath', () => {
  it('writes fractions, roots, arrows and line breaks as text', () => {
    expect(plainMath('\\sigma(z) = \\frac{1}{1 + e^{-z}}')).toBe('σ(z) = 1/(1 + e^-z)');
    expect(plainMath('\\theta \\leftarrow \\theta - \\eta \\frac{\\hat{m}}{\\sqrt{\\hat{v}} + \\epsilon}')).toBe('θ ← θ - η m̂/(√v̂ + ε)');
    expect(plainMath('a = b \\\\[2pt] c = d')).toBe('a = b; c = d');
  });

  it('leaves no backslash, whatever the TeX', () => {
    for (const tex of ['\\frac{1}{', '\\sqrt', '\\{ x \\}', '\\unknown{x}', '\\\\', 'x\\,y\\!z']) expect(plainMath(tex), tex).not.toContain('\\');
  });
});
