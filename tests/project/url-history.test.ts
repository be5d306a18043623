// Permanent URLs: formulary.urls.json records every equation URL a build published; a renamed
// equation's old URL redirects, a deleted one's says it was removed, and a re-added one is back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { emptyHistory, historyText, parseHistory, updateHistory } from '../../src/site/url-history.js';
import { equation } from '../site/helpers.js';
import { cli, tempProject } from './helpers.js';

const eq = (slug: string, number: number | null, latex: string) => equation({ slug, number, latex, nameText: slug });
const FILE = 'content/a.md';

describe('updateHistory', () => {
  const first = updateHistory(emptyHistory(), [{ file: FILE, equations: [eq('adam', 1, 'x = y'), eq('sgd', 2, 'a = b')] }]).history;

  it('recognises a rename by number and LaTeX, and records the old slug', () => {
    const u = updateHistory(first, [{ file: FILE, equations: [eq('adam-optimizer', 1, 'x = y'), eq('sgd', 2, 'a = b')] }]);
    expect(u.moved.map((m) => `${m.from} → ${m.to}`)).toEqual(['adam → adam-optimizer']);
    expect(u.history.collections[FILE]![0]).toMatchObject({ slug: 'adam-optimizer', previous: ['adam'] });
  });

  it('recognises a rename with a new number by its LaTeX, and one with new LaTeX by its number', () => {
    const byLatex = updateHistory(first, [{ file: FILE, equations: [eq('sgd', 2, 'a = b'), eq('adam-2', 3, 'x=y')] }]);
    expect(byLatex.moved.map((m) => m.to)).toEqual(['adam-2']);
    const byNumber = updateHistory(first, [{ file: FILE, equations: [eq('adam-2', 1, 'x = 2y'), eq('sgd', 2, 'a = b')] }]);
    expect(byNumber.moved.map((m) => m.to)).toEqual(['adam-2']);
  });

  it('marks a deleted equation removed, keeps it, and brings it back when it is re-added', () => {
    const deleted = updateHistory(first, [{ file: FILE, equations: [eq('sgd', 2, 'a = b')] }]);
    expect(deleted.removed.map((r) => r.slug)).toEqual(['adam']);
    expect(deleted.history.collections[FILE]!.find((e) => e.slug === 'adam')).toMatchObject({ removed: true });
    const again = updateHistory(deleted.history, [{ file: FILE, equations: [eq('sgd', 2, 'a = b')] }]);
    expect(again.removed).toEqual([]);
    const readded = updateHistory(deleted.history, [{ file: FILE, equations: [eq('adam', 1, 'x = y'), eq('sgd', 2, 'a = b')] }]);
    expect(readded.history.collections[FILE]!.find((e) => e.slug === 'adam')!.removed).toBeUndefined();
    expect(readded.moved).toEqual([]);
  });

  it('a name changed back takes its slug back', () => {
    const renamed = updateHistory(first, [{ file: FILE, equations: [eq('adam-optimizer', 1, 'x = y'), eq('sgd', 2, 'a = b')] }]).history;
    const back = updateHistory(renamed, [{ file: FILE, equations: [eq('adam', 1, 'x = z'), eq('sgd', 2, 'a = b')] }]);
    expect(back.history.collections[FILE]![0]).toMatchObject({ slug: 'adam', previous: ['adam-optimizer'] });
  });

  it('leaves collections outside the project and those not built untouched', () => {
    const u = updateHistory(first, [{ file: '/tmp/elsewhere.md', equations: [eq('x', 1, 'x')] }]);
    expect(Object.keys(u.history.collections)).toEqual([FILE]);
  });

  it('round-trips through its file, and refuses slugs that would leave the site folder', () => {
    expect(parseHistory(JSON.parse(historyText(first)))).toEqual(first);
    expect(parseHistory({ version: 1, collections: { [FILE]: [{ slug: '../../etc', latex: 'k', number: 1, name: 'x' }] } })).toBeNull();
    expect(parseHistory({ version: 2, collections: {} })).toBeNull();
  });
});

// The builds here are about URLs and redirect pages: no equation images or speech to render.
const PAGES_ONLY = ['--no-images', '--no-speech'];

describe('formulary build and check keep URLs', () => {
  let dir = '';
  const md = () => path.join(dir, 'content/mechanics.md');
  const page = (slug: string) => readFileSync(path.join(dir, `dist/equations/${slug}/index.html`), 'utf8');
  beforeAll(() => {
    dir = tempProject('formulary-urls-');
    expect(cli(dir, 'init').status).toBe(0);
    expect(cli(dir, 'build', ...PAGES_ONLY).status).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rename: check says which URL moved; the build redirects the old URL to the new page', () => {
    writeFileSync(md(), readFileSync(md(), 'utf8').replace('#### 3. Kinetic Energy', '#### 3. Translational Kinetic Energy'));
    const check = cli(dir, 'check');
    expect(check.stdout).toContain('content/mechanics.md:27:1  info  URL equations/kinetic-energy/ moved to equations/translational-kinetic-energy/ (the name changed); the old URL will redirect to the new one  url-moved');
    // The committed history lacks the move: check says what to run and commit (in CI, a notice).
    expect(check.stdout).toMatch(/^formulary\.urls\.json:1:1  info  formulary\.urls\.json is out of date: run `(npx formulary build|npm run build)` and commit it, .* urls-out-of-date$/m);
    expect(cli(dir, 'check', '--format', 'github').stdout).toMatch(/^::notice file=formulary\.urls\.json,line=1,col=1,title=urls-out-of-date::formulary\.urls\.json is out of date/m);
    const build = cli(dir, 'build', ...PAGES_ONLY);
    expect(build.status).toBe(0);
    expect(build.stderr).toMatch(/formulary build: formulary\.urls\.json changed \(new or moved URLs\): commit it/);
    const old = page('kinetic-energy');
    expect(old).toContain('<meta http-equiv="refresh" content="0; url=/equations/translational-kinetic-energy/">');
    expect(page('translational-kinetic-energy')).toContain('Translational Kinetic Energy');
    // Recorded: the next check has nothing more to say about it.
    expect(cli(dir, 'check').stdout).not.toMatch(/url-moved|urls-out-of-date/);
    expect(readFileSync(path.join(dir, 'formulary.urls.json'), 'utf8')).toContain('"previous":["kinetic-energy"]');
  });

  it('delete: the old URLs say the equation was removed and link home, never a bare 404', () => {
    const text = readFileSync(md(), 'utf8');
    writeFileSync(md(), text.slice(0, text.indexOf('#### 3.')) + text.slice(text.indexOf('#### 4.')));
    expect(cli(dir, 'check').stdout).toContain('info  equation "Translational Kinetic Energy" is gone: its URL equations/translational-kinetic-energy/ will say it was removed and link to the home page  url-removed');
    expect(cli(dir, 'build', ...PAGES_ONLY).status).toBe(0);
    for (const slug of ['translational-kinetic-energy', 'kinetic-energy']) {
      const html = page(slug);
      expect(html).toContain('<h1>Equation removed</h1>');
      expect(html).toContain('<a href="/">all equations</a>');
      expect(html).toContain('<meta name="robots" content="noindex">');
    }
    expect(readFileSync(path.join(dir, 'dist/sitemap.xml'), 'utf8')).not.toContain('kinetic-energy');
  });

  it('re-add: the equation has its page again, and its older URL redirects to it', () => {
    const text = readFileSync(md(), 'utf8');
    const back = '#### 3. Translational Kinetic Energy\n$E_k = \\frac{1}{2} m v^2$\n\nwhere:\n\n- $E_k$ is the kinetic energy\n- $m$ is the mass\n- $v$ is the speed\n\n';
    writeFileSync(md(), text.replace('#### 4.', `${back}#### 4.`));
    expect(cli(dir, 'build', ...PAGES_ONLY).status).toBe(0);
    expect(page('translational-kinetic-energy')).not.toContain('Equation removed');
    expect(page('kinetic-energy')).toContain('url=/equations/translational-kinetic-energy/');
    const entry = JSON.parse(readFileSync(path.join(dir, 'formulary.urls.json'), 'utf8')).collections['content/mechanics.md'].find((e: { slug: string }) => e.slug === 'translational-kinetic-energy');
    expect(entry.removed).toBeUndefined();
  });

  it('is kept only in a project with a formulary.config.json', () => {
    const bare = tempProject('formulary-bare-');
    try {
      writeFileSync(path.join(bare, 'a.md'), '# A\n\n#### 1. One\n$x = 1$\n\nwhere:\n\n- $x$ is one\n');
      expect(cli(bare, 'build', 'a.md', ...PAGES_ONLY).status).toBe(0);
      expect(existsSync(path.join(bare, 'formulary.urls.json'))).toBe(false);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
