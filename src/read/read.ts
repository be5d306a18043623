/**
 * read: content paths → markdown SourceFiles. The only stage besides `write` that touches the
 * disk (reads only). Folders are searched for the documents of the tools people write equations
 * in (./content-files.ts: `.md`, `.markdown`, `.qmd`, `.Rmd`, `.mdx`, `.ipynb`; topic sidecars,
 * partials and build folders excluded); symlinks that lead outside the folder are refused;
 * undecodable files become diagnostics. A notebook becomes the markdown of its markdown cells,
 * positions kept in the notebook (./notebook.ts).
 */
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic, SourceFile } from '../types.js';
import { LineIndex } from '../diagnostics/positions.js';
import { UserError } from '../errors.js';
import { diagnosticAtPoint } from '../diagnostics/diagnostic.js';
import { symlinkLoop } from '../rules/symlink-loop.js';
import { symlinkBroken } from '../rules/symlink-broken.js';
import { symlinkOutsideContent } from '../rules/symlink-outside-content.js';
import { fileTooLarge } from '../rules/file-too-large.js';
import { invalidEncoding } from '../rules/invalid-encoding.js';
import { CONTENT_EXTENSIONS, isContentFile, isNotebook, skipFolder } from './content-files.js';
import { notebookMarkdown } from './notebook.js';

/** An input problem that makes the command itself unusable (exit 2). */
export class InputError extends UserError {}

/**
 * Files larger than this are refused with a diagnostic: 10,000 equations take about 4 MiB, and
 * markdown parsing costs a few microseconds a character, so this bounds a check to seconds.
 */
export const MAX_FILE_BYTES = 6 * 1024 * 1024;

/**
 * A notebook may be larger: its outputs (plots as base64 images) are skipped, and the markdown
 * taken out of it is held to MAX_FILE_BYTES. JSON.parse reads 64 MiB in well under a second.
 */
export const MAX_NOTEBOOK_BYTES = 64 * 1024 * 1024;

/** Where a diagnostic about a whole file points. */
const FIRST = { line: 1, column: 1 };

export interface ReadResult {
  files: SourceFile[];
  diagnostics: Diagnostic[];
}

/** Shows a path relative to the working directory when it is inside it. */
export function displayPath(p: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : p;
}

export async function readSources(inputs: string[], cwd = process.cwd()): Promise<ReadResult> {
  const result: ReadResult = { files: [], diagnostics: [] };
  const seen = new Set<string>();
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let failure: string | undefined;
    const info = await stat(abs).catch((err: NodeJS.ErrnoException) => {
      failure = err.code;
      return null;
    });
    if (!info && failure === 'ELOOP') throw new InputError(`content path '${input}' is a symlink loop`);
    if (!info) throw new InputError(`content path '${input}' does not exist`);
    if (info.isDirectory()) {
      const found = await collectMarkdown(abs, result.diagnostics, cwd);
      if (found.length === 0) throw new InputError(`content folder '${input}' holds no documents (${CONTENT_EXTENSIONS.join(', ')})`);
      for (const f of found) await addFile(f, result, seen, cwd);
    } else if (info.isFile()) {
      await addFile(abs, result, seen, cwd);
    } else {
      throw new InputError(`content path '${input}' is neither a file nor a folder`);
    }
  }
  return result;
}

async function collectMarkdown(root: string, diagnostics: Diagnostic[], cwd: string): Promise<string[]> {
  const realRoot = await realpath(root);
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || (entry.isDirectory() && skipFolder(entry.name))) continue;
      const full = path.join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        let failure: string | undefined;
        const target = await realpath(full).catch((err: NodeJS.ErrnoException) => {
          failure = err.code;
          return null;
        });
        if (!target && failure === 'ELOOP') {
          diagnostics.push(diagnosticAtPoint(displayPath(full, cwd), FIRST, symlinkLoop, symlinkLoop.messages.loop(), null));
          continue;
        }
        if (!target && failure === 'ENOENT') {
          diagnostics.push(diagnosticAtPoint(displayPath(full, cwd), FIRST, symlinkBroken, symlinkBroken.messages.broken(), null));
          continue;
        }
        if (!target || !(target === realRoot || target.startsWith(realRoot + path.sep))) {
          diagnostics.push(diagnosticAtPoint(displayPath(full, cwd), FIRST, symlinkOutsideContent, symlinkOutsideContent.messages.outside(), null));
          continue;
        }
        const info = await lstat(target);
        if (info.isFile() && isContentFile(entry.name)) out.push(full);
        continue;
      }
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && isContentFile(entry.name)) out.push(full);
    }
  };
  await walk(root);
  return out;
}

async function addFile(abs: string, result: ReadResult, seen: Set<string>, cwd: string): Promise<void> {
  const key = await realpath(abs).catch(() => abs);
  if (seen.has(key)) return;
  seen.add(key);
  const shown = displayPath(abs, cwd);
  const info = await stat(abs);
  const limit = isNotebook(abs) ? MAX_NOTEBOOK_BYTES : MAX_FILE_BYTES;
  if (info.size > limit) {
    const mib = (info.size / 1048576).toFixed(1);
    result.diagnostics.push(diagnosticAtPoint(shown, FIRST, fileTooLarge, fileTooLarge.messages.tooLarge(mib, limit / 1048576), null));
    return;
  }
  const bytes = await readFile(abs).catch((err: NodeJS.ErrnoException) => {
    throw new InputError(`cannot read '${shown}': ${err.code ?? err.message}`);
  });
  const decoded = decode(bytes);
  if ('error' in decoded) {
    const lines = new LineIndex(decoded.prefix);
    const p = lines.point(decoded.prefix.length);
    result.diagnostics.push(diagnosticAtPoint(shown, p, invalidEncoding, decoded.error, null));
    return;
  }
  if (isNotebook(abs)) {
    const notebook = notebookMarkdown(decoded.text);
    if ('error' in notebook) throw new InputError(`notebook '${shown}' is ${notebook.error}`);
    if (notebook.text.length > MAX_FILE_BYTES) {
      const mib = (notebook.text.length / 1048576).toFixed(1);
      result.diagnostics.push(diagnosticAtPoint(shown, FIRST, fileTooLarge, `The notebook's markdown cells hold ${mib} MiB of text; more than ${MAX_FILE_BYTES / 1048576} MiB is refused (split it into several notebooks)`, null));
      return;
    }
    result.files.push({ path: shown, text: notebook.text, origin: { text: decoded.text, map: notebook.map } });
    return;
  }
  result.files.push({ path: shown, text: decoded.text });
}

/** UTF-8 decoding that refuses binary files and invalid bytes, and drops a BOM. */
export function decode(bytes: Uint8Array): { text: string } | { error: string; prefix: string } {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { error: 'This looks like a binary file (it contains NUL bytes), not markdown', prefix: safePrefix(bytes, nul) };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return { error: `Invalid UTF-8 at byte ${bad}: save the file as UTF-8`, prefix: safePrefix(bytes, bad) };
  }
}

function safePrefix(bytes: Uint8Array, end: number): string {
  return new TextDecoder('utf-8').decode(bytes.subarray(0, end)).replace(/^\uFEFF/, '');
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // The longest valid prefix, by bisection (decoding is all-or-nothing).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  // The prefix may end in an incomplete sequence (a lead byte waiting for continuations): the
  // error is at that sequence's lead byte.
  let at = lo;
  while (at > 0 && at > lo - 4 && ((bytes[at - 1] ?? 0) & 0xc0) === 0x80) at--;
  const lead = bytes[at - 1] ?? 0;
  if (at === 0 || lead < 0xc0) return lo;
  const needed = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  return lo - (at - 1) < needed ? at - 1 : lo;
}
