/**
 * What a where-item says a symbol means, normalised so two equations that define a symbol the
 * same way compare equal: "$\eta$ is the learning rate" and "η: the learning rate (e.g. 0.01)"
 * both mean `learning rate`. Used to rank the equation that first defines a meaning (search) and
 * to relate equations whose shared symbols mean the same thing (related equations).
 *
 * Browser-safe and pure.
 */
const LEAD = /^(?:(?:is|are|represents?|denotes?|means?|stands for|gives?|the|a|an|its|our|this|these|of|:|-|–|—|=)\s+)+/;

export function normaliseMeaning(description: string): string {
  return description
    .replace(/\$[^$]*\$/g, ' ') // math in the description is not the meaning's words
    .replace(/\([^)]*\)/g, ' ') // asides: "(e.g., 0.9)", "(weights, biases)"
    .toLowerCase()
    .replace(/[*_`]/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEAD, '')
    .replace(/^(?:the|a|an)\s+/, '')
    .trim();
}
