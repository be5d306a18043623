// The writer of fixed markdown files: BOM and mode kept, symlinks written through, a file that changed meanwhile left alone.
import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, lstatSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeFixedFile } from '../../src/write/fixed-file.js';

const dir = mkdtempSync(path.join(tmpdir(), 'formulary-fixed-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFixedFile', () => {
  it('keeps the BOM and the mode', async () => {
    const f = path.join(dir, 'a.md');
    writeFileSync(f, '\uFEFFold\r\n');
    chmodSync(f, 0o640);
    await writeFixedFile(f, 'old\r\n', 'new\r\n');
    expect([...readFileSync(f)]).toEqual([0xef, 0xbb, 0xbf, ...Buffer.from('new\r\n')]);
    expect(statSync(f).mode & 0o777).toBe(0o640);
  });

  it('writes through a symlink, which stays a symlink', async () => {
    const target = path.join(dir, 'target.md');
    const link = path.join(dir, 'link.md');
    writeFileSync(target, 'old');
    symlinkSync(target, link);
    await writeFixedFile(link, 'old', 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('refuses a file that changed since it was read', async () => {
    const f = path.join(dir, 'b.md');
    writeFileSync(f, 'edited meanwhile');
    await expect(writeFixedFile(f, 'as read', 'fixed')).rejects.toThrow(/changed while it was being fixed/);
    expect(readFileSync(f, 'utf8')).toBe('edited meanwhile');
  });
});
