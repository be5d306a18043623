#!/usr/bin/env node
// The fastest peer (issue 28): Eleventy 3 building the collection that eleventy-input.js
// split into one page per equation, markdown by markdown-it with @vscode/markdown-it-katex
// (every `$…$` and `$$…$$` span typeset by KaTeX, HTML + MathML, as Formulary does; like the
// bare pipeline it leaves `\[…\]` alone). Versions are pinned in package.json.
//
// Usage: node scripts/bench/eleventy-peer.js <input-dir> <out-dir>
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Eleventy from '@11ty/eleventy';
import markdownIt from 'markdown-it';
import markdownItKatexModule from '@vscode/markdown-it-katex';

// A CommonJS module compiled from ESM: the plugin is its `default`.
const markdownItKatex = markdownItKatexModule.default ?? markdownItKatexModule;

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  process.stderr.write('usage: node scripts/bench/eleventy-peer.js <input-dir> <out-dir>\n');
  process.exit(2);
}
const md = markdownIt({ html: true }).use(markdownItKatex, { throwOnError: false, strict: 'ignore' });
const eleventy = new Eleventy(input, output, {
  quietMode: true,
  config(eleventyConfig) {
    // The bench's inputs live in bench/out/, which .gitignore lists: Eleventy would skip them all.
    eleventyConfig.setUseGitIgnore(false);
    eleventyConfig.setLibrary('md', md);
  },
});
await eleventy.write();
// A build that found no pages would look very fast: fail instead.
const written = readdirSync(join(output, 'eq')).length;
if (written === 0) throw new Error(`eleventy-peer: error: no equation pages written into ${output}`);
