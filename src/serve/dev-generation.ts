/**
 * Keeps a dev page from going stale when a change lands while it loads. Vite's "full-reload"
 * message reaches only pages whose socket is open; a change between a page's request and its
 * socket opening (a save during a reload, or the second half of a two-step save) was lost, and
 * the tab showed the old content until the next edit. Each page is served with the content
 * generation it was rendered from; a small module asks the server for the current generation once
 * its socket is open, and a page that is behind reloads itself. (Pure: the script and the tag.)
 */

/** The URL the dev server answers with GENERATION_CLIENT_JS (not a path of the site). */
export const GENERATION_CLIENT_PATH = '/__formulary/generation.js';
export const GENERATION_EVENT = 'formulary:generation';
/** What a page sends when it is listening: the server answers that page with GENERATION_EVENT. */
export const GENERATION_QUESTION = 'formulary:generation?';

/** The module: compares the page's generation (its own query) with each one the server announces. */
export const GENERATION_CLIENT_JS = `import { createHotContext } from '/@vite/client';
const page = Number(new URL(import.meta.url).searchParams.get('g'));
const hot = createHotContext('${GENERATION_CLIENT_PATH}');
hot.on('${GENERATION_EVENT}', (data) => {
  if (data && typeof data.generation === 'number' && data.generation !== page) location.reload();
});
// Asked once listening (Vite holds the message until the socket is open), so the answer is never missed.
hot.send('${GENERATION_QUESTION}', {});
`;

/** The page with the module that watches its generation, at the end of its head. */
export function withGenerationClient(html: string, generation: number): string {
  const tag = `<script type="module" src="${GENERATION_CLIENT_PATH}?g=${generation}"></script>`;
  const at = html.indexOf('</head>');
  return at < 0 ? `${tag}${html}` : `${html.slice(0, at)}${tag}${html.slice(at)}`;
}

/** What Vite's transformIndexHtml adds to a dev page: its client, first in the head. */
const VITE_CLIENT_TAG = '\n  <script type="module" src="/@vite/client"></script>\n';

/**
 * The page as Vite's transformIndexHtml makes it, without parsing it: dev pages hold no inline
 * module script, no import to rewrite and no `<style>`, so the only change is Vite's client after
 * `<head>` (tests/serve/dev-vite-client.test.ts compares the two). Parsing each page took tens of
 * milliseconds of every reload. Null for a page without a plain `<head>` (then ask Vite).
 */
export function withViteClient(html: string): string | null {
  const at = html.indexOf('<head>');
  if (at < 0) return null;
  const end = at + '<head>'.length;
  return `${html.slice(0, end)}${VITE_CLIENT_TAG}${html.slice(end)}`;
}
