#!/usr/bin/env node
// Summarises a V8 CPU profile (`node --cpu-prof`): the functions with the most self time, and
// self time per package (katex, minisearch, hast…, the project's own src, node internals, GC).
// For the performance note (issue 28); run the unbundled CLI (lib/cli/main.js) so names are readable.
//
// Usage: node scripts/bench/profile-summary.js <file.cpuprofile> [top=25]
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node scripts/bench/profile-summary.js <file.cpuprofile> [top]\n');
  process.exit(2);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
/** Self time per node id, from the samples and their time deltas (µs). */
const self = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);

/** Where a frame's code lives: a package, the project's own folder, node internals, or a V8 pseudo-frame. */
function placeOf(url, name) {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const own = /\/lib\/([^/]+)\//.exec(url);
  if (own) return `src/${own[1]}`;
  if (url.startsWith('node:')) return 'node internals';
  return url.replace(/^file:\/\//, '');
}

const fns = new Map();
const places = new Map();
for (const [id, us] of self) {
  const { callFrame: f } = byId.get(id);
  const name = f.functionName || '(anonymous)';
  const place = placeOf(f.url, name);
  const key = `${name}  ${f.url ? `${place} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}` : ''}`;
  fns.set(key, (fns.get(key) ?? 0) + us);
  places.set(place, (places.get(place) ?? 0) + us);
}
const pct = (us) => `${((100 * us) / total).toFixed(1)}%`.padStart(6);
const ms = (us) => `${Math.round(us / 1000)} ms`.padStart(9);
const out = [`total sampled: ${Math.round(total / 1000)} ms`, '', 'self time by place:'];
for (const [p, us] of [...places].sort((a, b) => b[1] - a[1]).slice(0, 20)) out.push(`${pct(us)} ${ms(us)}  ${p}`);
out.push('', `top ${top} functions by self time:`);
for (const [k, us] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, top)) out.push(`${pct(us)} ${ms(us)}  ${k}`);
process.stdout.write(`${out.join('\n')}\n`);
