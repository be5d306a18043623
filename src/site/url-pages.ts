/**
 * Pages for URLs the site published before (formulary.urls.json, see
 * src/site/url-history.ts): an old slug of a renamed equation redirects to its page
 * (the meta-refresh page of redirect.ts); every URL of a removed equation says so and links
 * to the home page, instead of a bare 404. A path some other page already uses is left to it.
 */
import { h } from 'hastscript';
import type { RenderContext } from './context.js';
import type { SiteCollection } from './model.js';
import { renderPage } from './pages/layout.js';
import { renderRedirect } from './pages/redirect.js';
import type { PlannedPage } from './planned-page.js';
import type { UrlEntry } from './url-history.js';

/** Collection file → its recorded entries (after this build's update). */
export type UrlPages = Record<string, UrlEntry[]>;

function removedPage(ctx: RenderContext, sc: SiteCollection, path: string, entry: UrlEntry): string {
  const label = entry.number !== null ? `${entry.number}. ${entry.name}` : entry.name;
  return renderPage(ctx, {
    path,
    title: `Removed: ${entry.name}`,
    description: `The equation "${entry.name}" was removed from ${sc.collection.title}.`,
    noindex: true,
    main: [
      h('h1', 'Equation removed'),
      h('p', ['The equation “', label, '” used to be here. It was removed from ', h('a', { href: ctx.urls.href(sc.paths.home()) }, sc.collection.title), '.']),
      h('p', ['See ', h('a', { href: ctx.urls.href(sc.paths.home()) }, 'all equations'), ', or use the search box.']),
    ],
    paths: sc.paths,
    collectionTitle: sc.collection.title,
  });
}

export function historyPages(ctx: RenderContext, collections: SiteCollection[], history: UrlPages, taken: Set<string>): PlannedPage[] {
  const pages: PlannedPage[] = [];
  for (const sc of collections) {
    const entries = history[sc.collection.sourceFile];
    if (!entries) continue;
    const live = new Map(sc.equations.map((se) => [se.eq.slug, se.eq]));
    for (const entry of entries) {
      const target = entry.removed ? undefined : live.get(entry.slug);
      const slugs = entry.removed ? [entry.slug, ...(entry.previous ?? [])] : (entry.previous ?? []);
      for (const slug of slugs) {
        const path = sc.paths.equation(slug);
        if (taken.has(path) || !slug) continue;
        taken.add(path);
        if (target) {
          const label = target.number !== null ? `${target.number}. ${target.nameText}` : target.nameText;
          pages.push({ path, indexable: false, render: () => renderRedirect(ctx, sc.paths.equation(target.slug), label) });
        } else if (entry.removed) {
          pages.push({ path, indexable: false, render: () => removedPage(ctx, sc, path, entry) });
        }
      }
    }
  }
  return pages;
}
