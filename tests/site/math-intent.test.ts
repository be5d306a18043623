// MathML `intent` (issue 25): on an equation page, each identifier whose meaning the where-list
// gives carries it in KaTeX's MathML (`intent="learning-rate"`), for MathCAT and braille; the
// formula's accessible name stays the spoken sentence. A symbol inside a longer defined one
// (`h` of `W_{hh}`) is not marked there.
import { describe, expect, it } from 'vitest';
import { parseCollection } from '../../src/parse/parse.js';
import { renderSite } from '../../src/site/render-site.js';
import { intentName } from '../../src/site/pages/math-intent.js';
import { env, input, text } from './helpers.js';

const DOC = `# Nets

#### 1. Gradient Descent
$\\theta \\leftarrow \\theta - \\eta \\nabla L$

where:

- $\\theta$ are the parameters
- $\\eta$ is the learning rate (step size)
- $L$ is the loss

#### 2. Recurrent State
$h_t = W_{hh} h_{t-1} + b$

where:

- $h_t$ is the hidden state
- $W_{hh}$ is the recurrent weight matrix
- $h_{t-1}$ is the previous hidden state
- $b$ is the bias
`;

async function page(slug: string): Promise<string> {
  const { collection } = parseCollection({ path: 'content/nets.md', text: DOC });
  const { sources, deps } = await env();
  const r = renderSite([input(collection)], {}, deps, sources);
  return text(r.files.find((f) => f.path === `equations/${slug}/index.html`)?.contents);
}

const mathml = (html: string): string => /<div class="formula-box"[^]*?(<math[^]*?<\/math>)/.exec(html)?.[1] ?? '';

describe('MathML intent', () => {
  it('marks each defined identifier with its meaning, every time it occurs', async () => {
    const html = await page('gradient-descent');
    const m = mathml(html);
    expect(m.match(/<mi intent="parameters">θ<\/mi>/g)).toHaveLength(2);
    expect(m).toContain('<mi intent="learning-rate">η</mi>');
    expect(m).toContain('<mi intent="loss" mathvariant="normal">L</mi>'.replace(' mathvariant="normal"', ''));
    expect(/<div class="formula-box"[^>]*aria-label="Formula of Gradient Descent[^"]*"/.test(html)).toBe(true);
  });

  it('marks subscripted symbols whole, not their letters', async () => {
    const m = mathml(await page('recurrent-state'));
    expect(m).toContain('<msub intent="recurrent-weight-matrix"><mi>W</mi>');
    expect(m).toContain('<msub intent="hidden-state"><mi>h</mi><mi>t</mi></msub>');
    expect(m).toMatch(/<msub intent="previous-hidden-state"><mi>h<\/mi><mrow>/);
    expect(m).toContain('<mi intent="bias">b</mi>');
  });

  it('marks a symbol on every page that defines it, after an earlier page has shown it', async () => {
    // The site drops a symbol's typeset HTML once it has shown it; the later page's intents come from what it left behind.
    const doc = `# Steps

#### 1. Plain Step
$w \\leftarrow w - \\eta g$

where:

- $w$ is the weight
- $\\eta$ is the learning rate
- $g$ is the gradient

#### 2. Momentum Step
$v \\leftarrow \\mu v + \\eta g$

where:

- $v$ is the velocity
- $\\mu$ is the momentum coefficient
- $\\eta$ is the learning rate
- $g$ is the gradient
`;
    const { collection } = parseCollection({ path: 'content/steps.md', text: doc });
    const { sources, deps } = await env();
    const r = renderSite([input(collection)], {}, deps, sources);
    for (const slug of ['plain-step', 'momentum-step']) {
      const m = mathml(text(r.files.find((f) => f.path === `equations/${slug}/index.html`)?.contents));
      expect(m).toContain('<mi intent="learning-rate">η</mi>');
      expect(m).toContain('<mi intent="gradient">g</mi>');
    }
  });

  it('names a meaning by its first words', () => {
    expect(intentName('the learning rate (step size)')).toBe('learning-rate');
    expect(intentName('is the $L^2$ norm of the weights')).toBe('norm-of-weights');
    expect(intentName('$x$')).toBeNull();
  });
});
