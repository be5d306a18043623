// Every command from the installed package, as a new user gets it: `npm pack` this repo,
// install the tarball (formulary-cli: `formulary` on the registry is another project) into an
// empty project that cannot see this repo's node_modules, and run init, check, export, build,
// dev and preview there; the previewed site opens in Chromium with no console errors. The bin
// named like the package (what `npx formulary-cli init` runs) starts a project in an empty
// folder. One install per run (it is the slow part).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium, type Browser } from '../browser/chromium.js';
import { freePort, ROOT, startServer, stopServer } from '../project/helpers.js';

let tmp = '';
let project = '';
let tarball = '';
let packed: string[] = [];
const servers: ChildProcess[] = [];
let browser: Browser | undefined;

/** The environment without npm's lifecycle variables (under `npm test` they point npm at this repo). */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) && k !== 'NODE_PATH' && k !== 'INIT_CWD') env[k] = v;
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '0' };
}

function sh(command: string, args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: cleanEnv(), maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `npx formulary …` without npx's registry look-up: the bin link npm made. */
const formulary = (...args: string[]) => sh(process.execPath, [path.join(project, 'node_modules/.bin/formulary'), ...args], project);

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'lib/bundle/main.js'))) throw new Error("lib/ is not compiled: run 'npm run compile' (npm test does)");
  tmp = mkdtempSync(path.join(tmpdir(), 'formulary-pack-'));
  // --ignore-scripts: `npm test` has just compiled lib/; prepare would compile it again.
  const pack = sh('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], ROOT);
  expect(pack.status, pack.stderr).toBe(0);
  const info = JSON.parse(pack.stdout)[0] as { filename: string; files: Array<{ path: string }> };
  tarball = path.join(tmp, info.filename);
  packed = info.files.map((f) => f.path);
  project = path.join(tmp, 'my-equations');
  mkdirSync(project);
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'my-equations', private: true }, null, 2));
  const install = sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], project);
  expect(install.status, install.stderr).toBe(0);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  for (const s of servers) await stopServer(s);
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('holds the CLI, the library, the client bundle and the config schema, and no tests or fixtures', () => {
    expect(packed).toContain('bin/formulary.js');
    expect(packed).toContain('lib/bundle/main.js');
    expect(packed).toContain('lib/index.js');
    expect(packed).toContain('lib/config.schema.json');
    expect(packed.some((p) => p.startsWith('lib/client/'))).toBe(true);
    for (const p of packed) {
      expect(p, p).toMatch(/^(bin|lib|public)\/|^(README\.md|package\.json|LICENSE)$/);
      expect(p, p).not.toMatch(/(^|\/)(tests?|fixtures?|__tests__)\/|\.test\.[jt]s$/);
    }
  });

  it('is formulary-cli, with the formulary command and a bin named like the package (for npx formulary-cli)', () => {
    expect(path.basename(tarball)).toBe('formulary-cli-0.1.0.tgz');
    for (const bin of ['formulary', 'formulary-cli']) expect(existsSync(path.join(project, 'node_modules/.bin', bin)), bin).toBe(true);
  });

  it('lists vite (for dev) and every other import of the CLI as dependencies', () => {
    const pkg = JSON.parse(readFileSync(path.join(project, 'node_modules/formulary-cli/package.json'), 'utf8'));
    expect(Object.keys(pkg.dependencies)).toContain('vite');
    expect(existsSync(path.join(project, 'node_modules/vite/package.json'))).toBe(true);
  });
});

describe('every command from the installed package', () => {
  it('init writes the example project, whose $schema points at the installed JSON Schema', () => {
    const r = formulary('init');
    expect(r.status, r.stderr).toBe(0);
    const config = JSON.parse(readFileSync(path.join(project, 'formulary.config.json'), 'utf8'));
    const schema = JSON.parse(readFileSync(path.join(project, config.$schema), 'utf8'));
    expect(schema.properties.rules).toBeTruthy();
  });

  it('the bin npx formulary-cli runs: init in an empty folder writes a package.json that lists the package', () => {
    const empty = path.join(tmp, 'empty');
    mkdirSync(empty);
    const r = sh(process.execPath, [path.join(project, 'node_modules/.bin/formulary-cli'), 'init'], empty);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(path.join(empty, 'package.json'), 'utf8')).devDependencies).toEqual({ 'formulary-cli': '^0.1.0' });
    expect(existsSync(path.join(empty, '.github/workflows/pages.yml'))).toBe(true);
    expect(r.stdout).toMatch(/^ {2}npm install +#/m);
  });

  it('check, export and build exit 0 on the example and 1 on an error', () => {
    const check = formulary('check');
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain('no problems');
    const exported = formulary('export');
    expect(exported.status, exported.stderr).toBe(0);
    expect(JSON.parse(exported.stdout).collections[0].equations).toHaveLength(4);
    expect(JSON.parse(formulary('check', '--format', 'sarif').stdout).version).toBe('2.1.0');

    const broken = path.join(project, 'content/broken.md');
    writeFileSync(broken, '# Broken\n\n#### 1. Bad\n$\\foo{x}$\n\nwhere:\n\n- $x$ is x\n');
    try {
      for (const command of ['check', 'export', 'build']) expect(formulary(command).status, command).toBe(1);
    } finally {
      rmSync(broken);
    }
    const build = formulary('build');
    expect(build.status, build.stderr).toBe(0);
    expect(readdirSync(path.join(project, 'dist/equations')).sort()).toEqual(['1', '2', '3', '4', 'average-velocity', 'gravitational-potential-energy', 'kinetic-energy', 'newtons-second-law']);
  });

  it('--help and a bad option behave', () => {
    expect(formulary('build', '--help').stdout).toMatch(/--site-url URL/);
    const bad = formulary('build', '--out-dir', 'x');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('formulary build: unknown option --out-dir; did you mean --out?\n');
  });

  it('dev answers a request', async () => {
    const port = await freePort();
    const dev = await startServer([process.execPath, path.join(project, 'node_modules/.bin/formulary'), 'dev', '--port', String(port)], project, port);
    servers.push(dev);
    const res = await fetch(`http://127.0.0.1:${port}/equations/kinetic-energy/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Kinetic Energy');
    await stopServer(dev);
    // Vite's cache stays in the project, not inside the installed package.
    expect(existsSync(path.join(project, 'node_modules/formulary-cli/node_modules/.vite'))).toBe(false);
  });

  it('preview serves the built site, and it opens in Chromium with no console errors', async () => {
    const port = await freePort();
    const preview = await startServer([process.execPath, path.join(project, 'node_modules/.bin/formulary'), 'preview', '--port', String(port)], project, port);
    servers.push(preview);
    browser = await launchChromium();
    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${String(e)}`));
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
    for (const url of ['/', '/equations/kinetic-energy/', '/topics/', '/symbols/']) {
      const res = await page.goto(`http://127.0.0.1:${port}${url}`);
      expect(res?.status(), url).toBe(200);
      await page.waitForLoadState('networkidle');
    }
    // The client bundle ran: search answers.
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.fill('#search-input', 'energy');
    await page.waitForSelector('#search-results li');
    expect(problems).toEqual([]);
  });
});
