// The writer of fixed markdown files: BOM and mode kept, symlinks written through, a file that changed meanwhile left alone.
import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeFaults } from '../../src/disk-write.js';
import { UserError } from '../../src/errors.js';
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

describe('writeFixedFile under attack and failure', () => {
  it('never writes through a link planted at a temp name: the old guessable name is ignored, the file stays a file', async () => {
    const sub = mkdtempSync(path.join(dir, 'planted-'));
    const outside = path.join(dir, 'outside-victim.txt');
    writeFileSync(outside, 'precious');
    const f = path.join(sub, 'doc.md');
    writeFileSync(f, 'old');
    // The name earlier versions wrote to, pointing out of the folder.
    symlinkSync(outside, `${f}.formulary-fix-${process.pid}`);
    await writeFixedFile(f, 'old', 'new');
    expect(readFileSync(outside, 'utf8')).toBe('precious');
    expect(lstatSync(f).isFile()).toBe(true);
    expect(readFileSync(f, 'utf8')).toBe('new');
    // The temp name is random, made with O_EXCL: a link at it would make the write fail, not follow.
    expect(readdirSync(sub).sort()).toEqual(['doc.md', 'doc.md.formulary-fix-' + process.pid].sort());
  });

  for (const code of ['ENOSPC', 'EPERM', 'EACCES'] as const) {
    it(`${code} while writing: one line (a UserError, exit 2), the file unchanged, no temp file left`, async () => {
      const sub = mkdtempSync(path.join(dir, `${code}-`));
      const f = path.join(sub, 'doc.md');
      writeFileSync(f, 'old');
      writeFaults.before = (step) => {
        if (step === (code === 'ENOSPC' ? 'write' : 'rename')) throw Object.assign(new Error(code), { code });
      };
      try {
        const err = await writeFixedFile(f, 'old', 'new').then(
          () => null,
          (e: unknown) => e,
        );
        expect(err).toBeInstanceOf(UserError);
        expect((err as Error).message).toMatch(new RegExp(`^cannot write .*doc\\.md: ${code} \\(`));
      } finally {
        writeFaults.before = null;
      }
      expect(readFileSync(f, 'utf8')).toBe('old');
      expect(readdirSync(sub)).toEqual(['doc.md']);
    });
  }
});
