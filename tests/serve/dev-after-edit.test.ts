// `formulary dev` keeps each file's parse and check between saves (pipeline/project.ts `kept`) and
// each collection's equations (site/model.ts): after an edit, every page it serves must still be
// the page `build` makes from the same content, in the edited file and in the files it kept.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProject, type KeptFile } from '../../src/pipeline/project.js';
import { renderSite } from '../../src/site/render-site.js';
import { DevSite } from '../../src/serve/dev-site.js';
import { env } from '../site/helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'formulary-dev-kept-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MOTION = `# Motion\n\n#### 1. Velocity\n$$v = \\frac{d}{t}$$\n\nwhere:\n\n- $v$ is the velocity\n- $d$ is the distance\n- $t$ is the time\n\n#### 2. Momentum\n$$p = m v$$\n\nwhere:\n\n- $p$ is the momentum\n- $m$ is the mass\n- $v$ is the velocity\n`;
const ENERGY = (what: string) => `# Energy\n\n#### 1. Kinetic energy\n$$E = \\frac{1}{2} m v^2$$\n\nwhere:\n\n- $E$ is ${what}\n- $m$ is the mass\n- $v$ is the speed\n`;

/** The page without its head: dev and build name different stylesheets and scripts there. */
function body(html: string): string {
  return html.slice(html.indexOf('<body'));
}

async function built(): Promise<Map<string, string>> {
  const project = await loadProject([dir], dir);
  const { sources, deps } = await env();
  const site = renderSite(project.collections.map((c) => ({ collection: c.collection, topics: c.topics })), { base: '/' }, deps, sources);
  return new Map(site.files.filter((f) => f.path.endsWith('.html') && typeof f.contents === 'string').map((f) => [f.path, f.contents as string]));
}

describe('the dev server after an edit', () => {
  it('serves every page as build writes it, in the edited file and in the kept one, and re-reads only the edited file', async () => {
    writeFileSync(path.join(dir, 'motion.md'), MOTION);
    writeFileSync(path.join(dir, 'energy.md'), ENERGY('the kinetic energy'));
    const kept = new Map<string, KeptFile>();
    const { sources, deps } = await env();
    const site = new DevSite(
      async () => {
        const project = await loadProject([dir], dir, {}, { kept });
        return { inputs: project.collections.map((c) => ({ collection: c.collection, topics: c.topics })), errors: [] };
      },
      { base: '/' },
      deps,
      sources,
      [],
    );
    const page = async (rel: string): Promise<string> => String((await site.respond(rel.replace(/index\.html$/, '')))!.body);
    // First load, then the save.
    expect(await page('')).toContain('Kinetic energy');
    const motionBefore = [...kept.values()].find((k) => k.parsed.file.path.endsWith('motion.md'))!.parsed;
    writeFileSync(path.join(dir, 'energy.md'), ENERGY('the energy of motion'));
    site.invalidate();

    const expected = await built();
    const energyPage = [...expected.keys()].find((p) => p.includes('kinetic-energy') && p.endsWith('index.html'))!;
    expect(expected.get(energyPage)).toContain('the energy of motion');
    for (const [p, html] of expected) expect(body(await page(p)), p).toBe(body(html));
    // The file that did not change was not read again: its kept record is the one of the first load.
    expect([...kept.values()].find((k) => k.parsed.file.path.endsWith('motion.md'))!.parsed).toBe(motionBefore);
  }, 60_000);
});
