/**
 * URL slugs from equation names: readable, stable across rebuilds (a pure function of the
 * name), safe as a single path segment, and never all digits (those URLs belong to the
 * `/equations/<number>/` redirects).
 */

const MAX_LENGTH = 80;

/** "Coefficient of Determination ($R^2$)" → "coefficient-of-determination-r2". Returns "" when nothing is left. */
export function slugify(name: string): string {
  let s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // diacritics
    // LaTeX wrappers carry no meaning in a URL: `\text`, `\left`… (with the backslash, never the
    // English words: "Left Inverse" keeps its "left").
    .replace(/\\(text|mathrm|mathbf|mathit|mathcal|operatorname|left|right)(?![a-zA-Z])/g, ' ')
    .replace(/\\([a-zA-Z]+)/g, ' $1 ') // \alpha → alpha
    .replace(/['’`^_{}$]/g, '') // Bayes’ Rule → bayes-rule; R^2 → r2
    .replace(/×/g, 'x') // 2×2 → 2x2
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length > MAX_LENGTH) {
    const cut = s.slice(0, MAX_LENGTH);
    const dash = cut.lastIndexOf('-');
    s = dash > MAX_LENGTH / 2 ? cut.slice(0, dash) : cut;
  }
  if (/^[0-9]+$/.test(s)) s = `eq-${s}`;
  return s;
}

/**
 * Makes slugs unique in a collection: the first keeps its slug, later ones get "-2", "-3", ….
 * Empty slugs become "equation-<number or position>". Returns the slugs in input order.
 */
export function uniqueSlugs(items: Array<{ slug: string; number: number | null }>): string[] {
  const seen = new Set<string>();
  return items.map((item, index) => {
    const base = item.slug || `equation-${item.number ?? index + 1}`;
    let slug = base;
    for (let k = 2; seen.has(slug); k++) slug = `${base}-${k}`;
    seen.add(slug);
    return slug;
  });
}
