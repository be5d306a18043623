/**
 * The site's optional collaborators, loaded once before rendering. The symbol linker and the
 * symbol extractor are other modules that may not exist yet in a checkout; when one cannot be
 * imported the site degrades (no symbol links / simpler notation keys) instead of failing.
 */
import { slugify } from '../core/slug.js';
import { buildSearchFiles } from '../search/build-index.js';
import type { SiteDeps } from './model.js';

async function optional(specifier: string): Promise<Record<string, unknown> | null> {
  try {
    // A variable specifier so neither tsc nor the bundler requires the module to exist.
    return (await import(specifier)) as Record<string, unknown>;
  } catch {
    return null;
  }
}

export async function loadSiteDeps(): Promise<SiteDeps> {
  const deps: SiteDeps = { buildSearchFiles, slugify };
  const link = await optional('../latex/link.js');
  if (typeof link?.linkLatex === 'function') deps.linkLatex = link.linkLatex as SiteDeps['linkLatex'];
  const symbols = await optional('../latex/symbols.js');
  if (typeof symbols?.equationSymbols === 'function') deps.equationSymbols = symbols.equationSymbols as SiteDeps['equationSymbols'];
  return deps;
}
