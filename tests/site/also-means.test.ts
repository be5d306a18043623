// "Also means" (issue 25): on an equation page, a where-item whose symbol the collection gives
// another meaning says so, with a link to the equation that gives it; the tooltip, which shows
// the item, says it too. Rewordings of one meaning say nothing.
import { describe, expect, it } from 'vitest';
import { parseCollection } from '../../src/parse/parse.js';
import { renderSite } from '../../src/site/render-site.js';
import { env, input, text } from './helpers.js';

const DOC = `# Learning

#### 1. Gradient Descent
$\\theta \\leftarrow \\theta - \\eta g$

where:

- $\\theta$ are the parameters
- $\\eta$ is the learning rate
- $g$ is the gradient

#### 2. Momentum
$v \\leftarrow \\beta v + \\eta g$

where:

- $v$ is the velocity
- $\\beta$ is the momentum
- $\\eta$ is the learning rate (step size)
- $g$ is the gradient of the loss

#### 3. Exponential Family
$p(x) = h(x) e^{\\eta x - A(\\eta)}$

where:

- $p$ is the density
- $h$ is the base measure
- $x$ is the sufficient statistic
- $\\eta$ is the natural parameter
- $A$ is the log-partition function
`;

async function pages(): Promise<Map<string, string>> {
  const { collection } = parseCollection({ path: 'content/learning.md', text: DOC });
  const { sources, deps } = await env();
  const r = renderSite([input(collection)], {}, deps, sources);
  return new Map(r.files.map((f) => [f.path, typeof f.contents === 'string' ? f.contents : '']));
}

const itemOf = (page: string, words: string): string => {
  const html = page.slice(page.indexOf('<ul class="where-list">'));
  const at = html.indexOf(words);
  return html.slice(html.lastIndexOf('<li', at), html.indexOf('</li>', at));
};

describe('also means', () => {
  it('names the other meaning and links its equation, in the where-item the tooltip shows', async () => {
    const files = await pages();
    const gd = text(files.get('equations/gradient-descent/index.html'));
    const eta = itemOf(gd, 'is the learning rate');
    expect(eta).toContain('data-var=');
    expect(eta).toMatch(/<span class="also-means"> \(also means <span class="also-meaning">the natural parameter<\/span> in <a href="\/equations\/exponential-family\/">[^]*?Exponential Family<\/span><\/a>\)<\/span>/);
    const family = text(files.get('equations/exponential-family/index.html'));
    expect(itemOf(family, 'is the natural parameter')).toMatch(/also means <span class="also-meaning">the learning rate<\/span> in <a href="\/equations\/gradient-descent\/">/);
  });

  it('says nothing for a rewording of the same meaning or a symbol with one meaning', async () => {
    const files = await pages();
    const momentum = text(files.get('equations/momentum/index.html'));
    expect(itemOf(momentum, 'is the learning rate (step size)')).toContain('also means');
    expect(itemOf(momentum, 'is the learning rate (step size)')).not.toContain('gradient-descent');
    expect(itemOf(momentum, 'is the gradient of the loss')).not.toContain('also means');
    expect(itemOf(momentum, 'is the velocity')).not.toContain('also means');
  });
});
