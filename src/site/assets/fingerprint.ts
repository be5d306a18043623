/**
 * A short hash of everything the rendered site depends on besides the code: the records, the
 * topics and the options. Names the KaTeX stylesheet before any page is rendered.
 */
import { createHash } from 'node:crypto';
import type { CollectionInput } from '../model.js';
import type { SiteOptions } from '../render-site.js';

export function contentFingerprint(inputs: CollectionInput[], options: SiteOptions): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(options));
  for (const input of inputs) {
    hash.update(JSON.stringify(input.topics));
    hash.update(JSON.stringify(input.collection));
  }
  return hash.digest('hex').slice(0, 16);
}
