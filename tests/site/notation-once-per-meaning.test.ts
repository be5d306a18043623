// The notation index lists each symbol once per meaning, with every equation that gives it that
// meaning (issue 25): on the seed, η is "the learning rate" once, linking its six equations.
import { describe, expect, it } from 'vitest';
import { meaningKey } from '../../src/site/meanings.js';
import { renderSeed, text } from './helpers.js';

/** Each symbol group of the notation page: its key and its meanings, each with the equations it links. */
function groups(html: string): Map<string, Array<{ meaning: string; links: string[] }>> {
  const out = new Map<string, Array<{ meaning: string; links: string[] }>>();
  for (const g of html.matchAll(/<div class="symbol-group"[^>]*data-key="([^"]*)"[^>]*>([^]*?)<\/dd><\/div>/g)) {
    const items = [...g[2]!.matchAll(/<li><span class="meaning">([^]*?)<\/span> — ([^]*?)<\/li>/g)].map((m) => ({
      meaning: m[1]!.replace(/<span class="katex">[^]*?<\/annotation>[^]*?<\/span><\/span>/g, '').replace(/<[^>]+>/g, '').trim(),
      links: [...m[2]!.matchAll(/href="([^"]+)"/g)].map((l) => l[1]!),
    }));
    out.set(g[1]!, items);
  }
  return out;
}

describe('notation index once per meaning', () => {
  it('lists η the learning rate once, with its six equations', async () => {
    const site = await renderSeed();
    const index = groups(text(site.byPath.get('symbols/index.html')));
    const eta = index.get('\\eta');
    expect(eta).toBeDefined();
    const rate = eta!.filter((e) => /learning rate/.test(e.meaning));
    expect(rate).toHaveLength(1);
    expect(rate[0]!.links).toHaveLength(6);
    // No symbol anywhere lists the same meaning twice.
    for (const [key, meanings] of index) {
      const keys = meanings.map((m) => meaningKey(m.meaning.replace(/^.*?\b(is|are|represents|denotes)\b/, '')));
      expect(new Set(keys).size, key).toBe(keys.length);
    }
  }, 120_000);

  it('keeps different meanings apart: "the input" and "the input gate" are two', () => {
    expect(meaningKey('the learning rate')).toBe(meaningKey('The learning rates (step size)'));
    expect(meaningKey('the input')).not.toBe(meaningKey('the input gate'));
    expect(meaningKey('the momentum factor')).not.toBe(meaningKey('the momentum hyperparameter'));
  });
});
