import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('src/client/symbol-links.css', 'utf8');

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

/** The custom properties of each theme block, in order: light, dark (system), dark (toggle). */
function themes(): Array<Record<string, string>> {
  const blocks = [...css.matchAll(/(?::root|:root:not\(\[data-theme='light'\]\)|:root\[data-theme='dark'\])\s*\{([^}]*)\}/g)];
  return blocks.map((m) => Object.fromEntries([...(m[1] ?? '').matchAll(/(--fy-[\w-]+):\s*(#[0-9a-f]{6})/g)].map((v) => [v[1], v[2]])));
}

describe('symbol-links.css', () => {
  it('keeps highlighted symbols and the tooltip readable (WCAG AA) in light and dark themes', () => {
    const all = themes();
    expect(all).toHaveLength(3);
    for (const t of all) {
      expect(contrast(t['--fy-hl-fg'] ?? '', t['--fy-hl-bg'] ?? '')).toBeGreaterThanOrEqual(4.5);
      expect(contrast(t['--fy-tip-fg'] ?? '', t['--fy-tip-bg'] ?? '')).toBeGreaterThanOrEqual(4.5);
    }
    // The ring marks the highlight without relying on the fill colour: ≥ 3:1 against the page.
    expect(contrast(all[0]?.['--fy-hl-ring'] ?? '', '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrast(all[1]?.['--fy-hl-ring'] ?? '', '#14171c')).toBeGreaterThanOrEqual(3);
  });

  it('highlights items 0–19 both ways without JavaScript', () => {
    for (let n = 0; n < 20; n++) {
      expect(css).toContain(`.equation-entry:has(li[data-var='${n}']:is(:hover, :focus)) .katex [data-var='${n}']`);
      expect(css).toContain(`.equation-entry:has(.katex [data-var='${n}']:hover) li[data-var='${n}']`);
    }
  });
});
