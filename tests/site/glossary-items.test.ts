// A glossary section's definitions on an equation page (issue 24, trial 4 K7): the item the
// glossary gave says where it came from; the formula's own items say nothing of the kind.
import { describe, expect, it } from 'vitest';
import { parseCollection } from '../../src/parse/parse.js';
import { renderSite } from '../../src/site/render-site.js';
import { env, input, text } from './helpers.js';

const DOC = `# Savings

## Quantities

- Principal ( $P$ ) [USD]
- Yearly rate ( $r$ ) [%]
- Years ( $n$ )

## Compound interest

$$A = P (1 + r)^n$$

where $A$ is the amount after $n$ years.
`;

describe('glossary items on the equation page', () => {
  it('say which glossary gave them; the own item does not', async () => {
    const { collection } = parseCollection({ path: 'content/savings.md', text: DOC });
    const { sources, deps } = await env();
    const r = renderSite([input(collection)], {}, deps, sources);
    const files = new Map(r.files.map((f) => [f.path, typeof f.contents === 'string' ? f.contents : '']));
    const page = text(files.get('equations/compound-interest/index.html'));
    const list = page.slice(page.indexOf('<ul class="where-list">'), page.indexOf('</ul>', page.indexOf('<ul class="where-list">')));
    const items = list.split('<li').slice(1);
    expect(items).toHaveLength(4);
    expect(items[0]).toContain('the amount after');
    expect(items[0]).not.toContain('glossary-from');
    for (const item of items.slice(1)) expect(item).toContain('<span class="glossary-from">from the glossary “Quantities”</span>');
    expect(items[1]).toContain('Principal');
  });
});
