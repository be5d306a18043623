#!/usr/bin/env node
// The floor the build is measured against: what KaTeX alone costs for a collection. One
// whole process: node start, import KaTeX, `renderToString` of every math span of the
// markdown once (display spans in display mode), the HTML written to one file. Nothing
// else: no markdown parsing, no pages, no index. A build cannot typeset the same spans in
// less, so build ÷ floor says how much the rest of the build costs on top of KaTeX.
//
// Usage: node scripts/bench/katex-floor.js <input.md> <out.html>
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import katex from 'katex';
import { mathSpans } from './rename.js';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  process.stderr.write('usage: node scripts/bench/katex-floor.js <input.md> <out.html>\n');
  process.exit(2);
}
// Written in ~1 MB pieces, as a build streams its pages: the floor holds no output in memory.
const fd = openSync(output, 'w');
let pending = '';
for (const span of mathSpans(readFileSync(input, 'utf8'))) {
  pending += `${katex.renderToString(span.latex, { displayMode: span.display, throwOnError: false, strict: 'ignore', output: 'htmlAndMathml' })}\n`;
  if (pending.length > 1 << 20) {
    writeSync(fd, pending);
    pending = '';
  }
}
writeSync(fd, pending);
closeSync(fd);
