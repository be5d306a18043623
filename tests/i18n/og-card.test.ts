import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { cardSvg, wrapText } from '../../src/media/og-card.js';
import type { EquationImageInput } from '../../src/media/images.js';
import { parseCollection } from '../../src/parse/parse.js';
import { loadTopics } from '../../src/parse/topics.js';
import { renderSite } from '../../src/site/render-site.js';
import { env } from '../site/helpers.js';

/** The inputs of the preview cards a site in `lang` asks for. */
async function cardInputs(file: string, lang: string): Promise<EquationImageInput[]> {
  const path = `tests/fixtures/i18n/${file}`;
  const { collection } = parseCollection({ path, text: await readFile(path, 'utf8') });
  const { sources, deps } = await env();
  const asked: EquationImageInput[] = [];
  const equationImages = (input: EquationImageInput) => {
    asked.push(input);
    return null;
  };
  renderSite([{ collection, topics: loadTopics(collection).topics }], { theme: { lang } }, { ...deps, equationImages }, sources);
  return asked;
}

describe('the preview card in the site language', () => {
  it("a French site's text card reads its where-list with « où », not « where »", async () => {
    const inputs = await cardInputs('fr-mecanique.md', 'fr');
    expect(inputs.length).toBeGreaterThan(0);
    const withList = inputs.filter((i) => i.description.includes(', où '));
    expect(withList.length).toBeGreaterThan(0);
    for (const i of inputs) expect(i.description).not.toMatch(/\bwhere\b/);
    expect(cardSvg(withList[0]!, null)).toContain(' où ');
  });

  it('a German site says « wobei »', async () => {
    const inputs = await cardInputs('de-elektrotechnik.md', 'de');
    expect(inputs.some((i) => i.description.includes(', wobei '))).toBe(true);
  });

  it('a Chinese name breaks between characters and counts each as two columns, so it stays on the card', () => {
    expect(wrapText('梯度下降法的参数更新规则与学习率', 10, 2)).toEqual(['梯度下降法', '的参数更…']);
    expect(wrapText('Règle de 梯度下降', 12, 2)).toEqual(['Règle de 梯', '度下降']);
    // Latin text wraps as before.
    expect(wrapText('one two three four five six', 9, 2)).toEqual(['one two', 'three…']);
  });
});
