#!/usr/bin/env node
// The baseline the performance issue compares `formulary build` with: what someone would
// write with off-the-shelf unified plugins. Kept deliberately plain — one processor,
// the markdown split at the `####` headings, each chunk processed, the HTML concatenated.
// It does not see `\[...\]` (plain remark-math doesn't); do not "fix" that, it is the baseline.
//
// Usage: node scripts/bench/bare-pipeline.js <input.md> <out.html>
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMath from 'remark-math';
import remarkRehype from 'remark-rehype';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';

/**
 * Splits markdown before every line-initial `#### ` heading; the text before the first
 * heading (the intro) is the first chunk.
 * @param {string} text
 * @returns {string[]}
 */
export function splitAtHeadings(text) {
  return text.split(/^(?=#### )/m).filter((chunk) => chunk.trim() !== '');
}

/**
 * @param {string} text
 * @returns {Promise<string>}
 */
export async function renderBare(text) {
  const processor = unified().use(remarkParse).use(remarkMath).use(remarkRehype).use(rehypeKatex).use(rehypeStringify);
  const parts = [];
  for (const chunk of splitAtHeadings(text)) parts.push(String(await processor.process(chunk)));
  return parts.join('\n');
}

const [input, output] = process.argv.slice(2);
// Run as a script (not when imported, e.g. by a test).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!input || !output) {
    process.stderr.write('usage: node scripts/bench/bare-pipeline.js <input.md> <out.html>\n');
    process.exit(2);
  }
  writeFileSync(output, await renderBare(readFileSync(input, 'utf8')));
}
