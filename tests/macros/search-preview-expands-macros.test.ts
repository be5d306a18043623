// Place 3 of 7, search previews: each result's formula (KaTeX HTML made at build time) is drawn
// from the expanded formula, never the red source of an unknown macro.
import { describe, expect, it } from 'vitest';
import { mechanicsSite, page } from './helpers.js';

describe('search previews with macros', () => {
  it('stores a typeset preview of each formula', async () => {
    const files = await mechanicsSite();
    const stored = [...files.keys()].filter((p) => /^search\/index\/d-/.test(p)).flatMap((p) => JSON.parse(page(files, p)) as Array<{ slug: string; preview: string }>);
    const velocity = stored.find((d) => d.slug === 'velocity');
    expect(velocity?.preview).toContain('mathbf');
    for (const d of stored) {
      expect(d.preview, d.slug).not.toContain('math-error');
      expect(d.preview, d.slug).not.toMatch(/\\(vect|norm|half|deriv)/);
    }
  }, 60_000);
});
