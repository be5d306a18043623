#!/usr/bin/env node
// Counts KaTeX calls of one CLI run (issue 28: "each formula parsed by KaTeX once"): runs the
// unbundled CLI (lib/cli/main.js, after `npm run compile`; the bundle carries its own KaTeX) with
// KaTeX's renderToString and __parse wrapped, and prints the calls by kind on stderr at exit:
// D display, I inline, L with the linker's \htmlData; "repeat" counts a call whose LaTeX and mode
// were seen before.
//
// Usage: node scripts/bench/katex-calls.js build file.md --out /tmp/site --no-cache --no-images --no-speech
import katex from 'katex';

const counts = {};
const seen = new Set();
const bump = (k) => {
  counts[k] = (counts[k] ?? 0) + 1;
};
for (const fn of ['renderToString', '__parse']) {
  const original = katex[fn];
  katex[fn] = function (latex, options, ...rest) {
    const kind = `${fn} ${options?.displayMode ? 'D' : 'I'}${/\\htmlData/.test(latex) ? 'L' : ''}`;
    bump(kind);
    const key = `${kind}\u0000${latex}`;
    if (seen.has(key)) bump(`${kind} (repeat)`);
    else seen.add(key);
    return original.call(this, latex, options, ...rest);
  };
}
process.on('exit', () => process.stderr.write(`KaTeX calls: ${JSON.stringify(counts)}\n`));
const { main } = await import('../../lib/cli/main.js');
process.exitCode = await main(process.argv.slice(2));
