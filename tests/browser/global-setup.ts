// Builds the seed site once for the whole suite (with the compiled CLI, as a user would) at the
// root and under a sub-path; tests read the folders with inject('siteRoot' | 'siteSub').
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';

const ROOT = path.resolve(__dirname, '../..');

export function buildSite(outDir: string, ...args: string[]): void {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/formulary.js'), 'build', ...args, '--out', outDir], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`formulary build ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
}

export default function setup(project: TestProject): () => void {
  const tmp = mkdtempSync(path.join(tmpdir(), 'formulary-sites-'));
  const siteRoot = path.join(tmp, 'root');
  const siteSub = path.join(tmp, 'sub');
  buildSite(siteRoot, 'content/deep-learning-equations.md', '--site-url', 'https://example.org');
  buildSite(siteSub, 'content/deep-learning-equations.md', '--base', '/sub/', '--site-url', 'https://example.org/sub');
  project.provide('siteRoot', siteRoot);
  project.provide('siteSub', siteSub);
  return () => rmSync(tmp, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteRoot: string;
    siteSub: string;
  }
}
