/** The macro fixtures (tests/fixtures/macros/) parsed with the config's macros, and their site built with speech and images. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Collection } from '../../src/types.js';
import { parseCollection, type ParseResult } from '../../src/parse/parse.js';
import { configMacros } from '../../src/parse/macro-definitions.js';
import { renderSite } from '../../src/site/render-site.js';
import { loadSpeaker } from '../../src/media/speech.js';
import { loadEquationImages } from '../../src/media/images.js';
import { FIXTURES } from '../core/helpers.js';
import { env, input } from '../site/helpers.js';

/** The config's `macros` of these tests, as formulary.config.json would give them. */
export const CONFIG_MACROS = { '\\deriv': '\\frac{d #1}{d #2}', half: '\\tfrac{1}{2}' };

export const MACRO_FIXTURES = path.join(FIXTURES, 'macros');

export function readFixture(name: string, withConfig = true): ParseResult {
  const text = readFileSync(path.join(MACRO_FIXTURES, `${name}.md`), 'utf8');
  return parseCollection({ path: `content/${name}.md`, text }, withConfig ? { macros: configMacros(CONFIG_MACROS) } : {});
}

export function mechanics(): Collection {
  return readFixture('mechanics').collection;
}

let built: Promise<Map<string, string | Uint8Array>> | null = null;

/** The mechanics fixture's site, with the spoken forms, SVGs and cards a build makes (no disk cache). */
export function mechanicsSite(): Promise<Map<string, string | Uint8Array>> {
  built ??= (async () => {
    const { sources, deps } = await env();
    const [speak, equationImages] = await Promise.all([loadSpeaker(null), loadEquationImages(null)]);
    const r = renderSite([input(mechanics())], {}, { ...deps, speak, equationImages }, sources);
    return new Map(r.files.map((f) => [f.path, f.contents]));
  })();
  return built;
}

export function page(files: Map<string, string | Uint8Array>, p: string): string {
  const c = files.get(p);
  if (c === undefined) throw new Error(`missing ${p}: ${[...files.keys()].filter((k) => k.startsWith('equations/')).slice(0, 12).join(', ')}`);
  return typeof c === 'string' ? c : Buffer.from(c).toString('utf8');
}
