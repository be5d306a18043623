/**
 * The layering of src/ (issue 23): docs/ARCHITECTURE.md's layer table names the layers of
 * .dependency-cruiser.cjs in the same order, every folder of src/ is in a layer, and the layer
 * check itself catches an upward import (a throwaway module that imports from above is refused).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const root = path.resolve(__dirname, '../..');
const config = require(path.join(root, '.dependency-cruiser.cjs')) as { forbidden: Array<{ name: string; from: { path?: string } }> };
const layerRules = config.forbidden.filter((r) => r.name.startsWith('layer-'));
const layerNames = layerRules.map((r) => r.name.slice('layer-'.length));

describe('the layers of src/', () => {
  it('are listed in docs/ARCHITECTURE.md in the order the lint step enforces', () => {
    const doc = readFileSync(path.join(root, 'docs/ARCHITECTURE.md'), 'utf8');
    const table = doc.slice(doc.indexOf('## Layers, bottom to top'));
    const rows = [...table.matchAll(/^\| (\w+) \| /gm)].map((m) => m[1]).filter((n) => n !== 'layer');
    expect(rows).toEqual(layerNames);
  });

  it('cover every folder of src/ (browser code apart)', () => {
    const folders = readdirSync(path.join(root, 'src'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'client')
      .map((d) => `src/${d.name}/x.ts`);
    for (const f of folders) expect(layerRules.some((r) => new RegExp(r.from.path ?? '^$').test(f)), f).toBe(true);
  });

  it('refuse an import from a higher layer', () => {
    // A copy of a low module that imports from the site layer, cruised with the project's config.
    const probe = path.join(root, 'src/katex/zz-layer-probe.ts');
    try {
      writeFileSync(probe, "import { CollectionPaths } from '../site/urls.js';\nexport const probe = CollectionPaths;\n", { flag: 'wx' });
      const r = spawnSync(process.execPath, [path.join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'), 'src/katex', 'src/site', '--config', '.dependency-cruiser.cjs'], { cwd: root, encoding: 'utf8' });
      expect(r.status).not.toBe(0);
      expect(r.stdout + r.stderr).toContain('layer-katex: src/katex/zz-layer-probe.ts → src/site/urls.ts');
    } finally {
      rmSync(probe, { force: true });
    }
  });
});
