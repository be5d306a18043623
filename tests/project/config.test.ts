// formulary.config.json: validated by the zod schema, one line per bad key or value naming it
// (exit 2); the JSON Schema published in lib/ accepts what init writes and rejects what the CLI
// rejects; every rule id is in the README's Diagnostics table.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { ConfigError } from '../../src/config/load.js';
import { parseConfig } from '../../src/config/parse.js';
import { RULE_IDS } from '../../src/rules/registry.js';
import { EXAMPLE_CONFIG } from '../../src/cli/init-template.js';
import { cli, ROOT, tempProject } from './helpers.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function errorsOf(json: unknown): string[] {
  try {
    parseConfig(json);
  } catch (err) {
    if (err instanceof ConfigError) return err.lines;
    throw err;
  }
  return [];
}

// One bad key or value of each kind, and the line that names it.
const BAD: Array<[string, unknown, RegExp]> = [
  ['unknown key', { outDir: 'x' }, /^formulary\.config\.json: "outDir" is not a setting; did you mean "out"\?$/],
  ['string expected', { title: 5 }, /^formulary\.config\.json: "title" must be a string \(got 5\)$/],
  ['empty title', { title: '  ' }, /"title" must not be empty/],
  ['language tag', { lang: 'English!' }, /"lang" must be a language tag/],
  ['colour', { accentColor: 'red' }, /"accentColor" must be a hex colour like "#0b7285" \(got "red"\)/],
  ['URL', { siteUrl: 'ftp://example.org' }, /"siteUrl" must be an http\(s\) URL/],
  ['base path', { base: 'has space' }, /"base" must be a URL path/],
  ['logo as URL', { logo: 'https://cdn.example/logo.png' }, /"logo" must be a file in your project, not a URL/],
  ['logo type', { logo: 'logo.txt' }, /"logo" must be a \.svg/],
  ['css type', { css: 'theme.scss' }, /"css" must be a \.css file/],
  ['footer type', { footer: ['x'] }, /"footer" must be a string \(got a list\)/],
  ['NUL in title', { title: 'Physics\u0000 101' }, /^formulary\.config\.json: "title" must not contain control characters .* \(got "Physics\\u0000 101"\)$/],
  ['bidi override in title', { title: 'Physics \u202Efdp.exe' }, /^formulary\.config\.json: "title" must not contain control characters .* \(got "Physics \\u202efdp\.exe"\)$/],
  ['escape in description', { description: 'Every \u001b[31mformula' }, /"description" must not contain control characters/],
  ['line break in title', { title: 'Two\nlines' }, /"title" must not contain control characters/],
  ['C1 control in footer', { footer: 'CC BY\u0085 4.0' }, /"footer" must not contain control characters/],
  ['bidi isolate in footer', { footer: 'CC \u2066BY' }, /"footer" must not contain control characters/],
  ['content type', { content: 3 }, /"content" must be a path or a list of paths/],
  ['unknown rule id', { rules: { 'undefined-symbl': 'off' } }, /"rules\.undefined-symbl" is not a rule id; did you mean "undefined-symbol"\?/],
  ['rule severity', { rules: { numbering: 'fatal' } }, /"rules\.numbering" must be "off", "on", "warn" or "error" \(got "fatal"\)/],
  ['override key', { overrides: [{ files: 'a/**', rules: {}, rule: {} }] }, /"overrides\[0\]\.rule" is not a setting; did you mean "rules"\?/],
  ['override glob', { overrides: [{ files: 3, rules: {} }] }, /"overrides\[0\]\.files" must be a glob/],
];

describe('formulary.config.json', () => {
  for (const [what, json, line] of BAD) {
    it(`rejects a bad ${what} with one line naming the key`, () => {
      const lines = errorsOf(json);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(line);
    });
  }

  it('accepts every key', () => {
    const config = parseConfig({
      content: 'content',
      out: 'site',
      base: '/repo/',
      siteUrl: 'https://example.org/repo',
      repoUrl: 'https://github.com/me/repo',
      repoBranch: 'main',
      primary: 'content/a.md',
      title: 'Physics 101',
      description: 'Every formula of the course.',
      lang: 'pt-BR',
      logo: 'assets/logo.svg',
      accentColor: '#0b7285',
      footer: 'CC BY 4.0',
      css: 'assets/extra.css',
      rules: { 'undefined-symbol': 'off', numbering: 'error' },
      overrides: [{ files: ['content/drafts/**'], rules: { 'missing-where-list': 'off' } }],
    });
    expect(config.content).toEqual(['content']);
    expect(config.overrides).toEqual([{ files: ['content/drafts/**'], rules: { 'missing-where-list': 'off' } }]);
  });

  it('makes every command exit 2 with one line per problem, no stack trace', () => {
    const dir = tempProject('formulary-config-');
    dirs.push(dir);
    writeFileSync(path.join(dir, 'formulary.config.json'), JSON.stringify({ titel: 'x', accentColor: 'blue' }));
    for (const command of ['check', 'export', 'build', 'preview']) {
      const r = cli(dir, command);
      expect(r.status, command).toBe(2);
      expect(r.stderr.trim().split('\n').sort()).toEqual([
        `formulary ${command}: formulary.config.json: "accentColor" must be a hex colour like "#0b7285" (got "blue")`,
        `formulary ${command}: formulary.config.json: "titel" is not a setting; did you mean "title"?`,
      ]);
    }
    writeFileSync(path.join(dir, 'formulary.config.json'), '{ "title": ');
    const r = cli(dir, 'check');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^formulary check: formulary\.config\.json: not valid JSON: .*\n$/);
  });
});

describe('the published JSON Schema (lib/config.schema.json)', () => {
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'lib/config.schema.json'), 'utf8'));
  const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

  it('accepts the config init writes (which points at it) and offers every rule id to editors', () => {
    const config = JSON.parse(EXAMPLE_CONFIG);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual([...RULE_IDS].sort());
    for (const key of ['title', 'description', 'lang', 'logo', 'accentColor', 'footer', 'css', 'macros', 'rules', 'overrides']) expect(schema.properties[key]?.description, key).toBeTruthy();
  });

  it('rejects what the CLI rejects', () => {
    for (const [what, json] of BAD) {
      if (what === 'empty title' || what === 'logo as URL' || what === 'URL') continue; // refinements: the CLI alone checks these
      expect(validate(json), what).toBe(false);
    }
  });

  it('is the package\'s export "formulary/config.schema.json"', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.exports['./config.schema.json']).toBe('./lib/config.schema.json');
  });
});

describe('rule ids', () => {
  it('are those of the README\'s Diagnostics table, each with its default severity', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const table = new Map([...readme.matchAll(/^\| \[`([a-z-]+)`\]\(docs\/rules\/[a-z-]+\.md\) \| (error|warning|info) \|/gm)].map((m) => [m[1]!, m[2]!]));
    expect([...table.keys()].sort()).toEqual([...RULE_IDS].sort());
  });
});

describe('control characters in text shown on pages', () => {
  it('keeps tabs and line breaks in the footer (markdown), and ordinary non-ASCII text anywhere', () => {
    expect(errorsOf({ title: 'Mécanique — 力学 ∑', description: 'Équations « choisies »', footer: 'CC BY 4.0\n\n[Source](https://example.org)\twith a tab' })).toEqual([]);
  });
});
