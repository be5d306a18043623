// `check --format json` says which tool each file is read as, and what said so (issue 24):
// a `_quarto.yml` beside it, the front matter, or nothing (markdown).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const BIN = path.resolve(__dirname, '../../bin/formulary.js');

describe('check --format json', () => {
  it('lists each file’s dialect', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'formulary-dialect-'));
    try {
      mkdirSync(path.join(dir, 'book'));
      writeFileSync(path.join(dir, 'book', '_quarto.yml'), 'project:\n  type: book\n');
      writeFileSync(path.join(dir, 'book', 'ch1.md'), '# Chapter\n\n## Energy\n\n$$\nE = m c^2\n$$ {#eq-energy}\n\nwhere $E$ is the energy, $m$ the mass and $c$ the speed of light.\n');
      writeFileSync(path.join(dir, 'post.md'), '---\nlayout: post\ntitle: Notes\n---\n\n# Notes\n\n## Force\n\n$$F = m a$$\n\nwhere $F$ is the force, $m$ the mass and $a$ the acceleration.\n');
      writeFileSync(path.join(dir, 'plain.md'), '# Plain\n\n## Speed\n\n$v = d / t$\n\nwhere:\n\n- $v$ is the speed\n- $d$ is the distance\n- $t$ is the time\n');
      const run = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', 'book/ch1.md', 'post.md', 'plain.md'], { cwd: dir, encoding: 'utf8' });
      const body = JSON.parse(run.stdout) as { dialects: Array<{ file: string; dialect: string; from: string }>; counts: { error: number } };
      expect(body.counts.error).toBe(0);
      expect(body.dialects).toEqual([
        { file: path.join('book', 'ch1.md'), dialect: 'quarto', from: 'project file' },
        { file: 'post.md', dialect: 'kramdown', from: 'front matter' },
        { file: 'plain.md', dialect: 'markdown', from: 'default' },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
