/** What each record's slug is made from, for src/slug.ts's uniqueSlugs: its id or name, its section. */
import { type SlugRequest, type SlugStyle, slugify } from '../slug.js';
import type { EquationDraft } from './section-draft.js';

/** What each record's slug is made from (src/slug.ts): its id or name, and the section's first record for a "Name (2)". */
export function slugRequests(drafts: EquationDraft[], slugStyle: SlugStyle | undefined): SlugRequest[] {
  const firstOf = new Map<number, number>();
  return drafts.map((draft, index) => {
    const section = draft.positions.heading.start.offset;
    if (!firstOf.has(section)) firstOf.set(section, index);
    const request: SlugRequest = { slug: draft.id ?? slugify(draft.nameText, slugStyle), number: draft.headingNumber, explicit: draft.id !== null };
    if (draft.ordinalName !== undefined) {
      request.reserve = false;
      request.follows = { index: firstOf.get(section)!, ordinal: draft.ordinalName };
    }
    return request;
  });
}
