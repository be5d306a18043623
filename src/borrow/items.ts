/**
 * The equation as the site links it: its own where-list items, then one item per borrowed meaning
 * (item N = own items + k), so `linkLatex` wraps a borrowed symbol like an own one and the page's
 * `data-var` contract (docs/ARCHITECTURE.md) covers it. A view for rendering; the record is unchanged.
 */
import type { Equation, Variable } from '../types.js';

export function withBorrowedItems(eq: Equation): Equation {
  const borrowed = eq.borrowed ?? [];
  if (borrowed.length === 0) return eq;
  const extra: Variable[] = borrowed.map((b) => ({
    symbols: [b.symbol],
    symbolSources: [{ latex: b.symbol, map: { pieces: [] } }],
    description: b.description,
    item: `$${b.symbol}$ ${b.description}`,
    position: eq.positions.heading,
  }));
  return { ...eq, variables: [...eq.variables, ...extra] };
}
