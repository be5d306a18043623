/**
 * Words after "is" that say how big a symbol is, or of which sign, not what it is: "where $t$ is
 * small", "Here $t$ is large enough that drag matters", "Let $\epsilon$ be small". Such a sentence
 * states a condition and defines nothing; a noun after the adjective still names the symbol
 * ("$n$ is a positive integer", "$\epsilon$ is small positive constant"). English only.
 */

/** An adjective of size, sign or kind, alone or followed by a comparison or a clause, never by a noun. */
const CONDITION =
  /^(?:(?:very|sufficiently|arbitrarily|much|so|too|not|always|also|still|assumed|taken|chosen)\s+(?:to\s+be\s+)?)?(?:small|large|big|tiny|huge|positive|negative|non-?negative|non-?positive|non-?zero|fixed|given|arbitrary|finite|infinite|bounded|constant|known|unknown|real|complex|even|odd|close|near|smaller|larger|greater|bigger|less|negligible)(?:\s+(?:enough|compared|relative|than|to|with|in|for|when|if|as|at|and|or|but|so|because|here|now|there|though|whenever|unless|while)\b[\s\S]*)?$/i;

/** True when a meaning read after "is"/"be" only states a condition on the symbol ("small", "large enough that …"). */
export function isCondition(description: string): boolean {
  return CONDITION.test(description.replace(/^[\s*_]+|[\s*_.,;:]+$/g, ''));
}
