/**
 * Bounds on a reader's query before it reaches the index: MiniSearch searches every term of a
 * query (and fuzzy/prefix variants of some), so a pasted wall of `\alpha\alpha…` would block the
 * page for seconds per keystroke. A query is cut to MAX_QUERY_LENGTH characters, and to its
 * first MAX_QUERY_TERMS distinct terms (repeats add nothing to an AND/OR search).
 *
 * Browser-safe: imports only the tokenizer.
 */
import { texTokens } from './tokenize.js';

export const MAX_QUERY_LENGTH = 200;
export const MAX_QUERY_TERMS = 12;

/** The query unchanged when it is within bounds; else its first distinct terms, space-separated. */
export function boundQuery(query: string): string {
  let cut = query;
  if (query.length > MAX_QUERY_LENGTH) {
    cut = query.slice(0, MAX_QUERY_LENGTH);
    // Not half a word or command (`\alpha` cut to `\al`).
    if (/[\p{L}\p{N}]/u.test(query[MAX_QUERY_LENGTH]!)) cut = cut.replace(/\\?[\p{L}\p{N}]+$/u, '');
  }
  const terms = texTokens(cut, { query: true });
  const distinct = [...new Set(terms)];
  if (cut === query && distinct.length === terms.length && terms.length <= MAX_QUERY_TERMS) return query;
  return distinct.slice(0, MAX_QUERY_TERMS).join(' ');
}
