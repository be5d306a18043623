import { describe, expect, it } from 'vitest';
import { texTokens } from '../../src/search/tokenize.js';

describe('tokens in every script', () => {
  it('cut Chinese and Japanese into words, the same in the index and in a query', () => {
    expect(texTokens('梯度下降法')).toEqual(texTokens('梯度下降法', { query: true }));
    expect(texTokens('梯度下降法')).toContain('梯度');
    expect(texTokens('勾配降下法は最適化の手法')).toContain('最適化');
    expect(texTokens('$\\eta$ 是学习率')).toEqual(['eta', '是', '学习', '率']);
  });

  it('keep kana voicing marks (ガ is not カ)', () => {
    expect(texTokens('ガウスの法則').join(' ')).toContain('ガウス');
  });

  it('cut Thai into words', () => {
    expect(texTokens('กฎของโอห์ม').length).toBeGreaterThan(1);
  });

  it('fold accents of Latin letters, leave English as it was', () => {
    expect(texTokens('accélération')).toEqual(['acceleration']);
    expect(texTokens('Geschwindigkeit $v$ ist')).toEqual(['geschwindigkeit', 'v', 'ist']);
    expect(texTokens('Закон Ома')).toEqual(['закон', 'ома']);
  });
});
