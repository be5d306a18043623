/** `/equations.json`: the same records as `formulary export`, with each equation's page URL. */
import { toPublicRecords } from '../public-records.js';
import type { Urls } from '../urls.js';
import type { SiteCollection } from '../model.js';

export function renderRecordsJson(urls: Urls, collections: SiteCollection[]): string {
  const data = toPublicRecords(collections, (ci, slug) => urls.best(collections[ci]!.paths.equation(slug)));
  return `${JSON.stringify(data, null, 1)}\n`;
}
