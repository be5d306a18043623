import type { OutputFile } from '../output.js';

/** One page of the plan: rendered on demand (the dev server renders only what is requested). */
export interface PlannedPage {
  /** Site-relative page path ("equations/adam/", "404.html"). */
  path: string;
  /** Listed in the sitemap. */
  indexable: boolean;
  render: () => string;
  /** Files made with the page (an equation's SVG and card), written after it. */
  files?: () => OutputFile[];
  /**
   * A hash of everything the page is made from (page-keys.ts): a build that finds the page made
   * with the same key by the previous one keeps it (and its `companions`) without rendering it.
   */
  key?: () => string;
  /** Paths `files` may make. */
  companions?: string[];
}
