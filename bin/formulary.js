#!/usr/bin/env node
// Thin launcher. The CLI is bundled (src/cli and its dependencies, see vite.cli.config.ts) into
// lib/bundle by `npm run compile`, which `npm ci` runs: one file graph of a few chunks loads
// faster than the few hundred modules behind it.

// A reader that goes away early (`formulary check | head -1`) is not an error: drop whatever
// is still to be written and end with the command's own exit code, without a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err && err.code === 'EPIPE') {
      stream.write = () => true;
      return;
    }
    throw err;
  });
}
// Control characters (from content quoted in a message) are shown escaped, never sent raw.
const safe = (s) => String(s).split('\n')[0].replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
import('../lib/bundle/main.js').then((m) => m.main(process.argv.slice(2))).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`formulary: internal error: ${safe(err && err.message ? err.message : err)}\n`); process.exitCode = 70; },
);
