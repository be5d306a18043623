#!/usr/bin/env node
// Thin launcher. The CLI is bundled (src/cli and its dependencies, see vite.cli.config.ts) into
// lib/bundle by `npm run compile`, which `npm ci` runs: one file graph of a few chunks loads
// faster than the few hundred modules behind it.
import('../lib/bundle/main.js').then((m) => m.main(process.argv.slice(2))).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`formulary: internal error: ${err && err.message ? err.message : String(err)}\n`); process.exitCode = 70; },
);
