/**
 * URL slugs from equation names: readable, stable across rebuilds (a pure function of the
 * name), safe as a single path segment and as a folder name, and never all digits (those URLs
 * belong to the `/equations/<number>/` redirects).
 *
 * Two styles (the config's `slug`):
 * - `unicode` (default): letters and digits of every script are kept, as GitHub's heading slugs
 *   keep them ("梯度下降" → `梯度下降`, "Закон Ома" → `закон-ома`); accents on Latin letters are
 *   dropped as they always were ("Énergie" → `energie`), so an ASCII name gives the same slug in
 *   both styles. Hrefs percent-encode the non-ASCII part (`Urls.href`).
 * - `ascii`: every name is transliterated first (any-ascii: "梯度下降" → `tiduxiajiang`).
 */
import { toAscii } from './slug-ascii.js';

export type SlugStyle = 'unicode' | 'ascii';

/** Code points a slug keeps at most, and its UTF-8 bytes at most (a folder name allows 255). */
const MAX_LENGTH = 80;
export const MAX_SLUG_BYTES = 200;

const encoder = new TextEncoder();

/** Cuts a slug to the limits, at a dash when one is in the second half, always on a code-point boundary. */
function cut(s: string): string {
  let points = [...s];
  if (points.length <= MAX_LENGTH && encoder.encode(s).length <= MAX_SLUG_BYTES) return s;
  if (points.length > MAX_LENGTH) points = points.slice(0, MAX_LENGTH);
  let bytes = 0;
  let n = 0;
  for (; n < points.length; n++) {
    const b = encoder.encode(points[n]!).length;
    if (bytes + b > MAX_SLUG_BYTES) break;
    bytes += b;
  }
  const kept = points.slice(0, n);
  const dash = kept.lastIndexOf('-');
  return (dash > kept.length / 2 ? kept.slice(0, dash) : kept).join('').replace(/-+$/, '');
}

/**
 * "Coefficient of Determination ($R^2$)" → "coefficient-of-determination-r2"; "Gauss's Law" →
 * "gauss-law" (a possessive `'s` after an s is dropped, elsewhere it is `s`: "Newton's" →
 * "newtons"). Returns "" when nothing is left.
 */
export function slugify(name: string, style: SlugStyle = 'unicode'): string {
  const named = name.replace(/×/g, 'x'); // 2×2 → 2x2
  let s = (style === 'ascii' ? toAscii(named) : named)
    .normalize('NFKD')
    .replace(/([A-Za-z])[\u0300-\u036f]+/g, '$1') // diacritics of Latin letters
    .normalize('NFC')
    // LaTeX wrappers carry no meaning in a URL: `\text`, `\left`… (with the backslash, never the
    // English words: "Left Inverse" keeps its "left").
    .replace(/\\(text|mathrm|mathbf|mathit|mathcal|operatorname|left|right)(?![a-zA-Z])/g, ' ')
    .replace(/\\([a-zA-Z]+)/g, ' $1 ') // \alpha → alpha
    .replace(/([sS])['’]s(?![\p{L}\p{N}])/gu, '$1') // Gauss's Law → gauss-law
    .replace(/['’`^_{}$]/g, '') // Bayes’ Rule → bayes-rule; R^2 → r2
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^[-\p{M}]+|-+$/gu, '');
  s = cut(s);
  if (/^[0-9]+$/.test(s)) s = `eq-${s}`;
  return s;
}

/** A path with its non-ASCII characters percent-encoded (UTF-8), for href, canonical and sitemap URLs. */
export function encodePath(path: string): string {
  return /[^\x00-\x7f]/.test(path) ? path.replace(/[^\x00-\x7f]+/g, (run) => encodeURIComponent(run)) : path;
}

/** A slug to make unique: its wanted slug, and how the collection names it. */
export interface SlugRequest {
  slug: string;
  number: number | null;
  /** An id the author chose (`{#id}` or a label): served first. */
  explicit?: boolean;
  /** False for a name the author did not write ("Loss (2)", made from its heading): it holds back no slug from the others. */
  reserve?: boolean;
  /** A later record of a section, "Loss (2)": when the section's first record (`index`, earlier) lost its slug, this one's is that one's with `-ordinal`. */
  follows?: { index: number; ordinal: number };
}

/**
 * Makes slugs unique in a collection. An id the author chose is served first, then the names in
 * order: the first to want a slug keeps it, later ones get "-2", "-3", …, skipping any slug
 * another name makes by itself (so "Loss 2" keeps `loss-2` however many "Loss" there are). A
 * section's later records follow its first: "Loss (2)" is `loss-2`, or `loss-2-2` when the
 * section's "Loss" is `loss-2`. Empty slugs become "equation-<number or position>". Returns the
 * slugs in input order.
 */
export function uniqueSlugs(items: SlugRequest[]): string[] {
  const wanted = new Set(items.filter((item) => item.slug && item.reserve !== false).map((item) => item.slug));
  const seen = new Set<string>();
  const out: string[] = new Array(items.length);
  const assign = (index: number): void => {
    const item = items[index]!;
    const lead = item.follows ? items[item.follows.index] : undefined;
    const leadSlug = item.follows ? out[item.follows.index] : undefined;
    const followed = lead && leadSlug !== undefined && lead.slug && leadSlug !== lead.slug ? `${leadSlug}-${item.follows!.ordinal}` : null;
    const base = followed ?? (item.slug || `equation-${item.number ?? index + 1}`);
    let slug = base;
    for (let k = 2; seen.has(slug) || (slug !== base && wanted.has(slug)); k++) slug = `${base}-${k}`;
    seen.add(slug);
    out[index] = slug;
  };
  items.forEach((item, index) => {
    if (item.explicit && item.slug) assign(index);
  });
  items.forEach((item, index) => {
    if (!(item.explicit && item.slug)) assign(index);
  });
  return out;
}
