#!/usr/bin/env node
// Thin launcher: the CLI is compiled from src/cli to lib/cli by `npm run compile` (run by `npm ci`).
import('../lib/cli/main.js').then((m) => m.main(process.argv.slice(2))).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`formulary: internal error: ${err && err.message ? err.message : String(err)}\n`); process.exitCode = 70; },
);
