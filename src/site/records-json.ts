/** `/equations.json`: the records for other tools, with each equation's page URL. */
import type { Urls } from './urls.js';
import type { SiteCollection } from './model.js';

export function renderRecordsJson(urls: Urls, collections: SiteCollection[]): string {
  const data = {
    collections: collections.map((sc) => ({
      file: sc.collection.sourceFile.replace(/\\/g, '/'),
      title: sc.collection.title,
      equations: sc.equations.map((se) => ({
        slug: se.eq.slug,
        number: se.eq.number,
        name: se.eq.nameText,
        latex: se.eq.latex,
        group: se.eq.group,
        topic: se.topic?.title ?? null,
        url: urls.best(sc.paths.equation(se.eq.slug)),
        variables: se.eq.variables.map((v) => ({ symbols: v.symbols, description: v.description })),
      })),
    })),
  };
  return `${JSON.stringify(data, null, 1)}\n`;
}
