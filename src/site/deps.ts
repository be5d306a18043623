/**
 * The site's collaborators, gathered once before rendering: search files (sharded), slugs, the symbol
 * linker and the symbol extractor. (Injected rather than imported by the renderers so that
 * tests can render with or without them.)
 */
import { slugify } from '../slug.js';
import { linkLatex } from '../symbols/link.js';
import { equationSymbols } from '../symbols/analysis.js';
import { buildShardedSearchFiles as buildSearchFiles } from '../search/build-shards.js';
import type { SiteDeps } from './model.js';

export async function loadSiteDeps(): Promise<SiteDeps> {
  return { buildSearchFiles, slugify, linkLatex, equationSymbols };
}
