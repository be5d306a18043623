/**
 * The equation SVG, preview card and spoken form for `formulary dev`, as `build` makes them:
 * MathJax, resvg and the Speech Rule Engine loaded at start (about a second, beside the other
 * loads), and the same caches as `build`, so an equation a build already made costs nothing.
 * A tool that fails to load is left out with a line on stderr (pages then lack that control,
 * as a build's pages do).
 */
import { equationImages, loadImageTools } from '../media/images.js';
import { loadSre, speaker, speechLocale } from '../media/speech.js';
import type { SiteDeps } from '../site/model.js';

function optional<T>(what: string, load: () => Promise<T>): Promise<T | null> {
  return load().catch((err: unknown) => {
    const first = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err);
    process.stderr.write(`formulary dev: ${what} left out (${first.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')})\n`);
    return null;
  });
}

/**
 * `want`: `--no-images` / `--no-speech` leave a tool unloaded. Making them costs the edited
 * equation's page about 50 ms (images) and 70 ms (speech) more per reload on a cold cache.
 */
export async function loadDevMedia(lang: string | undefined, want: { images: boolean; speech: boolean } = { images: true, speech: true }): Promise<Pick<SiteDeps, 'equationImages' | 'speak'>> {
  const locale = speechLocale(lang);
  const [tools, sre] = await Promise.all([
    want.images ? optional('equation images', loadImageTools) : null,
    want.speech ? optional('speech', () => loadSre(locale)) : null,
  ]);
  return {
    ...(tools ? { equationImages: equationImages(tools) } : {}),
    ...(sre ? { speak: speaker(sre, undefined, undefined, undefined, locale) } : {}),
  };
}
