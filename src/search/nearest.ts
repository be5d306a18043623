/**
 * The nearest names to a query that found nothing, or to a mistyped page address
 * (`/equations/adam-optimiser/`): a small MiniSearch over the slugs the search manifest already
 * lists (a slug is its equation's name in kebab case), searched more loosely than the main index
 * (more typos per word, a prefix on every word, any word may match). Browser-safe; no file of
 * its own is fetched, so a site of 10,000 equations sends no list beyond the manifest.
 */
import MiniSearch from 'minisearch';

/** How many names a suggestion offers. */
export const NEAREST_COUNT = 3;

interface SlugDoc {
  id: number;
  words: string;
}

const split = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The slug index, built once per slug list (the manifest's). */
const built = new WeakMap<readonly string[], MiniSearch<SlugDoc>>();

function slugIndex(slugs: readonly string[]): MiniSearch<SlugDoc> {
  let index = built.get(slugs);
  if (!index) {
    index = new MiniSearch<SlugDoc>({ fields: ['words'], tokenize: split });
    index.addAll(slugs.map((slug, id) => ({ id, words: slug })));
    built.set(slugs, index);
  }
  return index;
}

/**
 * Ids (positions in `slugs`) of the names nearest to `query`, best first: every word may be
 * misspelt by about a third of its letters or be the start of a name's word.
 */
export function nearestSlugs(slugs: readonly string[], query: string, limit = NEAREST_COUNT): number[] {
  const words = split(query).slice(0, 8);
  if (words.length === 0 || slugs.length === 0) return [];
  const hits = slugIndex(slugs).search(words.join(' '), {
    combineWith: 'OR',
    prefix: (term) => term.length >= 3,
    fuzzy: (term) => (term.length >= 4 ? 0.34 : term.length === 3 ? 1 : false),
    maxFuzzy: 3,
    weights: { fuzzy: 0.5, prefix: 0.7 },
  });
  return hits.slice(0, limit).map((hit) => Number(hit.id));
}

/** Whether a query that found nothing could be a formula the word search read as prose ("loss = -sum y log p"). */
export function couldBeFormula(query: string): boolean {
  return /\\[A-Za-z]|[\^_=+*/()|<>]/.test(query);
}
