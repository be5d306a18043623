// `formulary init` in an empty folder makes a project that checks clean, builds and serves;
// it never overwrites anything.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { cli, CLI, freePort, startServer, stopServer, tempProject } from './helpers.js';

const dirs: string[] = [];
let dev: ChildProcess | undefined;
afterAll(async () => {
  await stopServer(dev);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function project(): string {
  const d = tempProject('formulary-init-');
  dirs.push(d);
  return d;
}

describe('formulary init', () => {
  it('makes content, its topics, the config, the Pages workflow, .gitignore, the URL history and package.json, and prints the next commands', () => {
    const dir = project();
    const r = cli(dir, 'init');
    expect(r.status, r.stderr).toBe(0);
    for (const f of ['content/mechanics.md', 'content/mechanics.topics.md', 'formulary.config.json', '.github/workflows/pages.yml', '.gitignore', 'formulary.urls.json', 'package.json']) expect(existsSync(path.join(dir, f)), f).toBe(true);
    // An empty folder gets a package.json that lists the package under its registry name.
    expect(JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).devDependencies).toHaveProperty('formulary-cli');
    expect(r.stdout).toMatch(/^ {2}npm install +# puts the formulary command in this project$/m);
    expect(r.stdout).toMatch(/npx formulary dev/);
    expect(r.stdout).toMatch(/npx formulary build/);
    const md = readFileSync(path.join(dir, 'content/mechanics.md'), 'utf8');
    expect(md.match(/^#### \d+\. /gm)!.length).toBeGreaterThanOrEqual(3);
    expect(md).toMatch(/^where:$/m);
    const config = JSON.parse(readFileSync(path.join(dir, 'formulary.config.json'), 'utf8'));
    expect(config.$schema).toBe('./node_modules/formulary-cli/lib/config.schema.json');
    expect(readFileSync(path.join(dir, '.github/workflows/pages.yml'), 'utf8')).toMatch(/npx formulary build/);
  });

  it('then check finds no problem, build builds, and dev answers', async () => {
    const dir = project();
    expect(cli(dir, 'init').status).toBe(0);
    const check = cli(dir, 'check');
    expect(check.status, check.stdout).toBe(0);
    expect(check.stdout).toMatch(/✓ 4 equations in 1 file, no problems/);
    const build = cli(dir, 'build');
    expect(build.status, build.stderr).toBe(0);
    expect(existsSync(path.join(dir, 'dist/equations/kinetic-energy/index.html'))).toBe(true);
    // The project keeps its URL history beside its config; init wrote it as this first build records it.
    expect(JSON.parse(readFileSync(path.join(dir, 'formulary.urls.json'), 'utf8')).collections['content/mechanics.md']).toHaveLength(4);
    expect(build.stderr).not.toMatch(/urls\.json/);

    const port = await freePort();
    dev = await startServer([process.execPath, CLI, 'dev', '--port', String(port)], dir, port);
    const res = await fetch(`http://127.0.0.1:${port}/equations/newtons-second-law/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Newton');
    await stopServer(dev);
  });

  it('leaves an existing package.json alone and says which package to add', () => {
    const dir = project();
    writeFileSync(path.join(dir, 'package.json'), '{"name":"mine"}\n');
    const r = cli(dir, 'init');
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'package.json'), 'utf8')).toBe('{"name":"mine"}\n');
    expect(r.stdout).toMatch(/npm install --save-dev formulary-cli/);
  });

  it('lists in .gitignore the temp names a crashed build or --fix can leave', () => {
    const dir = project();
    expect(cli(dir, 'init').status).toBe(0);
    const ignore = readFileSync(path.join(dir, '.gitignore'), 'utf8').split('\n');
    for (const name of ['node_modules/', 'dist/', '.formulary-tmp-*', '.formulary-old-*', '*.formulary-fix-*', 'formulary.urls.json.tmp-*']) expect(ignore, name).toContain(name);
  });

  it('into a new folder given as an argument', () => {
    const dir = project();
    const r = cli(dir, 'init', 'my-equations');
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(path.join(dir, 'my-equations/content/mechanics.md'))).toBe(true);
    expect(r.stdout).toMatch(/cd my-equations && npx formulary dev/);
  });

  it('refuses to overwrite: one line, exit 2, nothing written', () => {
    for (const existing of ['.gitignore', 'formulary.config.json', '.github/workflows/pages.yml', 'content/notes.md', 'content', '.github']) {
      const dir = project();
      mkdirSync(path.dirname(path.join(dir, existing)), { recursive: true });
      writeFileSync(path.join(dir, existing), 'mine\n');
      const before = readdirSync(dir, { recursive: true }).sort();
      const r = cli(dir, 'init');
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);
      expect(r.stderr).toMatch(/already (exists|has files|exists and is not a folder); nothing written/);
      expect(readdirSync(dir, { recursive: true }).sort()).toEqual(before);
      expect(readFileSync(path.join(dir, existing), 'utf8')).toBe('mine\n');
    }
  });
});
