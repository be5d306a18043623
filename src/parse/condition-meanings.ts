/**
 * Words after "is" that say how big a symbol is, or of which sign, not what it is: "where $t$ is
 * small", "Here $t$ is large enough that drag matters", "Let $\epsilon$ be small". Such a sentence
 * states a condition and defines nothing; a noun after the adjective still names the symbol
 * ("$n$ is a positive integer", "$\epsilon$ is small positive constant"). And words after a
 * symbol-dash or symbol-colon line that remark on it ("$k$ - see the table below"). English only.
 */

/** An adjective of size, sign or kind, alone or followed by a comparison or a clause, never by a noun. */
const CONDITION =
  /^(?:(?:very|sufficiently|arbitrarily|much|so|too|not|always|also|still|assumed|taken|chosen)\s+(?:to\s+be\s+)?)?(?:small|large|big|tiny|huge|positive|negative|non-?negative|non-?positive|non-?zero|fixed|given|arbitrary|finite|infinite|bounded|constant|known|unknown|real|complex|even|odd|close|near|smaller|larger|greater|bigger|less|negligible|continuous|differentiable|integrable|invertible|measurable|monotone|monotonic|convex|concave)(?:\s+(?:enough|compared|relative|than|to|with|in|for|on|over|when|if|as|at|and|or|but|so|because|here|now|there|though|whenever|unless|while)\b[\s\S]*)?$/i;

/** True when a meaning read after "is"/"be" only states a condition on the symbol ("small", "large enough that …"). */
export function isCondition(description: string): boolean {
  // "fixed, $k$ positive and $m$ the mass": the first part before a comma decides.
  const first = description.split(/[,;]/)[0]!;
  return CONDITION.test(first.replace(/^[\s*_]+|[\s*_.,;:]+$/g, ''));
}

/**
 * A remark after a symbol's dash or colon, not a meaning: a pronoun or a pointer opens it ("we start from rest",
 * "see the table below"), or a participle and an adverb ("measured twice", "given above").
 */
const REMARK = /^(?:(?:we|I|you|it|they|he|she|this|that|there|see|cf|check|compare|note|use)\b|\p{L}+ed[ \t]+(?:twice|once|again|before|earlier|later|above|below|here|there|directly|separately|first|last)\b)/iu;

/** True when the words after a symbol line's separator remark on the symbol instead of saying what it is. */
export function isRemark(description: string): boolean {
  return REMARK.test(description.trim());
}
