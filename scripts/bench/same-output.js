#!/usr/bin/env node
// Compares two built sites byte for byte, for performance changes that must not change the
// output (issue 28): build before and after into two folders, then run this. A file whose name
// carries a content hash (`name.<hex>.ext`) is paired with its namesake by the name without the
// hash, so a changed hash shows as a changed file, not as one missing and one extra. The build's
// own stamp (`.formulary-build`) is left out. Exit code 1 when anything differs.
//
// Usage: node scripts/bench/same-output.js <site-before> <site-after>
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  process.stderr.write('usage: node scripts/bench/same-output.js <site-before> <site-after>\n');
  process.exit(2);
}
const IGNORED = new Set(['.formulary-build']);
/** `katex.3f2a9c01.css` → `katex.*.css`: a name with its content hash taken out. */
const unhashed = (path) => path.replace(/\.[0-9a-f]{8,}(?=\.[a-z0-9]+$)/i, '.*');

/** Every file under `root`, by its unhashed relative path. @param {string} root */
function files(root) {
  const out = new Map();
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (!IGNORED.has(entry.name)) out.set(unhashed(relative(root, path)), path);
    }
  };
  visit(root);
  return out;
}

const a = files(before);
const b = files(after);
const problems = [];
for (const [key, path] of a) {
  const other = b.get(key);
  if (!other) problems.push(`only in ${before}: ${key}`);
  else if (!readFileSync(path).equals(readFileSync(other))) problems.push(`differs: ${relative(before, path)} ≠ ${relative(after, other)}`);
}
for (const key of b.keys()) if (!a.has(key)) problems.push(`only in ${after}: ${key}`);
process.stdout.write(problems.length ? `${problems.join('\n')}\n${problems.length} difference(s) in ${a.size} files\n` : `identical: ${a.size} files\n`);
process.exitCode = problems.length ? 1 : 0;
