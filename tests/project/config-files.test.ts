// The files the config names (`logo`, `css`) are published into the site: only regular files
// inside the project, after symlinks, and at most 2 MiB; anything else is one line naming the key.
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../../src/errors.js';
import { readSiteTheme } from '../../src/read/site-files.js';

const base = mkdtempSync(path.join(tmpdir(), 'formulary-config-files-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const project = path.join(base, 'project');
mkdirSync(path.join(project, 'brand'), { recursive: true });
writeFileSync(path.join(base, 'secret.css'), 'body { --token: "ghp_secret"; }');
writeFileSync(path.join(project, 'brand/ok.css'), 'body { color: red; }');
writeFileSync(path.join(project, 'brand/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
symlinkSync(path.join(base, 'secret.css'), path.join(project, 'brand/outside.css'));
symlinkSync('/proc/self/environ', path.join(project, 'brand/environ.svg'));
symlinkSync('ok.css', path.join(project, 'brand/inside-link.css'));
symlinkSync('loop.css', path.join(project, 'brand/loop.css'));
mkdirSync(path.join(project, 'brand/folder.css'));
writeFileSync(path.join(project, 'brand/big.css'), Buffer.alloc(2 * 1024 * 1024 + 1, 0x20));
execFileSync('mkfifo', [path.join(project, 'brand/pipe.css')]);

async function errorOf(config: { css?: string; logo?: string }): Promise<string> {
  try {
    await readSiteTheme(config, project);
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return (err as Error).message;
  }
  return '';
}

describe('files named by the config', () => {
  it('reads a file inside the project, also through a symlink that stays inside', async () => {
    const theme = await readSiteTheme({ css: 'brand/inside-link.css', logo: 'brand/logo.svg' }, project);
    expect(Buffer.from(theme!.css!.bytes).toString()).toBe('body { color: red; }');
  });

  const cases: Array<[string, { css?: string; logo?: string }, RegExp]> = [
    ['a path out of the project', { css: '../secret.css' }, /^formulary\.config\.json: "css": \.\.\/secret\.css is outside the project/],
    ['an absolute path', { css: path.join(base, 'secret.css') }, /^formulary\.config\.json: "css": .*secret\.css is outside the project/],
    ['a symlink out of the project', { css: 'brand/outside.css' }, /^formulary\.config\.json: "css": brand\/outside\.css is a symlink to a file outside the project/],
    ['a symlink to /proc/self/environ', { logo: 'brand/environ.svg' }, /^formulary\.config\.json: "logo": brand\/environ\.svg is a symlink to a file outside the project/],
    ['a symlink loop', { css: 'brand/loop.css' }, /^formulary\.config\.json: "css": brand\/loop\.css is a symlink loop$/],
    ['a folder', { css: 'brand/folder.css' }, /^formulary\.config\.json: "css": brand\/folder\.css is not a regular file$/],
    ['a FIFO (which would block a read)', { css: 'brand/pipe.css' }, /^formulary\.config\.json: "css": brand\/pipe\.css is not a regular file$/],
    ['a file over 2 MiB', { css: 'brand/big.css' }, /^formulary\.config\.json: "css": brand\/big\.css is over 2 MiB$/],
    ['a missing file', { logo: 'brand/none.svg' }, /^formulary\.config\.json: "logo": brand\/none\.svg does not exist$/],
  ];
  for (const [what, config, line] of cases) {
    it(`refuses ${what} with one line naming the key`, async () => {
      const message = await errorOf(config);
      expect(message).toMatch(line);
      expect(message).not.toContain('\n');
      expect(message).not.toContain('ghp_secret');
    });
  }
});
