// The site made one's own: title, description, language, logo, accent colour, footer and an
// extra stylesheet from formulary.config.json reach every page, as files (the CSP holds).
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderSeed } from '../site/helpers.js';
import { cli, tempProject } from './helpers.js';

const LOGO = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>');
const CSS = new TextEncoder().encode('.site-title { letter-spacing: 0.02em; }\n');

describe('the configured look of the site', () => {
  it('puts title, language, logo, footer and stylesheets on every page, the description on the home page', async () => {
    const site = await renderSeed({
      theme: {
        title: 'Deep Learning 101',
        description: 'Every formula of the course, with its symbols explained.',
        lang: 'pt-BR',
        accentColor: '#0b7285',
        footer: 'Licensed [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/). <script>alert(1)</script>',
        logo: { name: 'logo.svg', bytes: LOGO },
        css: { bytes: CSS },
      },
    });
    const home = site.byPath.get('index.html') as string;
    const page = site.byPath.get('equations/adam-optimizer/index.html') as string;
    for (const html of [home, page]) {
      expect(html).toMatch(/^<!DOCTYPE html><html lang="pt-BR"/);
      expect(html).toMatch(/<a class="site-title" href="\/"><img class="site-logo" src="\/(assets\/logo-[0-9a-f]{8}\.svg)" alt="">Deep Learning 101<\/a>/);
      expect(html).toContain('<div class="footer-note"><p>Licensed <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>. &#x3C;script>alert(1)&#x3C;/script></p></div>');
      expect(html).not.toMatch(/<script>alert/);
      expect(html).not.toMatch(/\sstyle="/);
      expect(html).toMatch(/<link rel="stylesheet" href="\/assets\/site-[0-9a-f]{8}\.css"><link rel="stylesheet" href="\/assets\/custom-[0-9a-f]{8}\.css">/);
    }
    expect(/<title>[^<]*<\/title>/.exec(page)![0]).toBe('<title>17. Adam Optimizer · Deep Learning 101</title>');
    expect(home).toContain('<meta name="description" content="Every formula of the course, with its symbols explained.">');
    expect(home).toContain('<meta property="og:site_name" content="Deep Learning 101">');
    const logo = /src="\/(assets\/logo-[0-9a-f]{8}\.svg)"/.exec(home)![1]!;
    expect(site.byPath.get(logo)).toEqual(LOGO);
    const siteCss = [...site.byPath.entries()].find(([p]) => /^assets\/site-[0-9a-f]{8}\.css$/.test(p))![1] as string;
    expect(siteCss).toContain('--link: #0b7285');
    const custom = [...site.byPath.entries()].find(([p]) => /^assets\/custom-[0-9a-f]{8}\.css$/.test(p))![1];
    expect(custom).toEqual(CSS);
  });

  it('changes nothing when no key is set', async () => {
    const plain = await renderSeed();
    const empty = await renderSeed({ theme: {} });
    // Only the KaTeX stylesheet's name differs (it hashes the options).
    const unhashed = (html: unknown): string => String(html).replace(/katex-[0-9a-f]{8}\.css/g, 'katex.css');
    expect(unhashed(empty.byPath.get('index.html'))).toBe(unhashed(plain.byPath.get('index.html')));
    expect(plain.byPath.get('index.html')).toMatch(/<html lang="en"/);
    expect([...plain.byPath.keys()].some((p) => /assets\/(site|custom|logo)-/.test(p))).toBe(false);
  });
});

describe('formulary build with logo and css in the config', () => {
  const dir = tempProject('formulary-look-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('copies them under hashed names; a missing file is one line naming its key', () => {
    expect(cli(dir, 'init').status).toBe(0);
    mkdirSync(path.join(dir, 'brand'));
    writeFileSync(path.join(dir, 'brand/logo.svg'), LOGO);
    writeFileSync(path.join(dir, 'brand/extra.css'), CSS);
    const config = JSON.parse(readFileSync(path.join(dir, 'formulary.config.json'), 'utf8'));
    writeFileSync(path.join(dir, 'formulary.config.json'), JSON.stringify({ ...config, title: 'Mechanics', logo: 'brand/logo.svg', css: 'brand/extra.css', accentColor: '#7c3aed' }));
    // The logo and CSS are what is tested: no equation images or speech to render.
    const r = cli(dir, 'build', '--no-images', '--no-speech');
    expect(r.status, r.stderr).toBe(0);
    const assets = readdirSync(path.join(dir, 'dist/assets'));
    expect(assets.some((f) => /^logo-[0-9a-f]{8}\.svg$/.test(f))).toBe(true);
    expect(assets.some((f) => /^custom-[0-9a-f]{8}\.css$/.test(f))).toBe(true);
    const home = readFileSync(path.join(dir, 'dist/index.html'), 'utf8');
    expect(home).toContain('>Mechanics</a>');
    expect(home).toContain('Equations by their authors. Built with Formulary.');

    writeFileSync(path.join(dir, 'formulary.config.json'), JSON.stringify({ ...config, css: 'brand/missing.css' }));
    const bad = cli(dir, 'build');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('formulary build: formulary.config.json: "css": brand/missing.css does not exist\n');
    expect(existsSync(path.join(dir, 'dist/index.html'))).toBe(true);
  });
});
