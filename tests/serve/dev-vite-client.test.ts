// The dev server adds Vite's client to each page itself (dev-generation.ts withViteClient) instead
// of parsing the page with Vite's transformIndexHtml on every reload: the page must be the one
// Vite would have made, for every kind of page the dev server serves.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViteDevServer } from 'vite';
import { parseCollection } from '../../src/parse/parse.js';
import { loadTopics } from '../../src/parse/topics.js';
import { DevSite } from '../../src/serve/dev-site.js';
import { withGenerationClient, withViteClient } from '../../src/serve/dev-generation.js';
import { errorOnlyPage, withOverlay, type DevProblem } from '../../src/serve/dev-overlay.js';
import { env } from '../site/helpers.js';

const ROOT = path.resolve(__dirname, '../..');
const DOC = `# Waves\n\n#### 1. Wave speed\n$$v = f \\lambda$$\n\nwhere:\n\n- $v$ is the speed\n- $f$ is the frequency\n- $\\lambda$ is the wavelength\n`;
const PROBLEM: DevProblem = { file: 'waves.md', line: 4, column: 1, message: 'KaTeX parse error <here>', ruleId: 'katex-parse', source: '$$v = f \\lambd$$', absolute: '/tmp/waves.md' };

let vite: ViteDevServer;
beforeAll(async () => {
  const { createServer } = await import('vite');
  vite = await createServer({ root: ROOT, configFile: false, appType: 'custom', publicDir: false, logLevel: 'silent', optimizeDeps: { entries: [], include: [] }, server: { middlewareMode: true, preTransformRequests: false, watch: null } });
});
afterAll(async () => {
  await vite?.close();
});

describe("Vite's client added without Vite parsing the page", () => {
  it('gives the page transformIndexHtml gives, for the home, equation, 404, error-overlay and error-only pages', async () => {
    const { collection } = parseCollection({ path: 'waves.md', text: DOC });
    const { sources, deps } = await env();
    const site = new DevSite(async () => ({ inputs: [{ collection, topics: loadTopics(collection).topics }], errors: [] }), { base: '/' }, deps, sources, ['/src/client/main.ts']);
    const pages: Array<[string, string]> = [];
    for (const url of ['/', '/equations/wave-speed/', '/equations/1/', '/no-such-page/', '/symbols/', '/search/']) {
      const r = await site.respond(url.slice(1));
      pages.push([url, withGenerationClient(String(r!.body), r!.generation)]);
    }
    pages.push(['/equations/wave-speed/', withGenerationClient(withOverlay(pages[1]![1], [PROBLEM]), 3)]);
    pages.push(['/', withGenerationClient(errorOnlyPage([PROBLEM]), 4)]);
    for (const [url, page] of pages) {
      const ours = withViteClient(page);
      expect(ours, url).not.toBeNull();
      expect(ours, url).toBe(await vite.transformIndexHtml(url, page));
    }
  }, 60_000);
});
