// `npm run docs:rules`: writes the README's Diagnostics table (between its marker comments) and
// docs/rules/<id>.md, one page per rule, from the rule registry (src/rules/registry.ts, compiled
// into lib/ by `npm run compile` first). tests/rules/docs.test.ts fails when they are out of date.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { RULES } from '../lib/rules/registry.js';
import { rulePage, rulesTable, withRulesTable } from '../lib/rules/docs.js';

const root = new URL('../', import.meta.url);
const readmeUrl = new URL('README.md', root);
const readme = withRulesTable(readFileSync(readmeUrl, 'utf8'), rulesTable(RULES));
if (readme === null) throw new Error('README.md has no rules-table markers');
writeFileSync(readmeUrl, readme);

const dir = new URL('docs/rules/', root);
mkdirSync(dir, { recursive: true });
const ids = new Set(RULES.map((r) => r.id));
for (const name of readdirSync(dir)) if (name.endsWith('.md') && !ids.has(name.slice(0, -3))) rmSync(new URL(name, dir));
for (const rule of RULES) writeFileSync(new URL(`${rule.id}.md`, dir), rulePage(rule));
process.stdout.write(`README.md table and docs/rules/: ${RULES.length} rules\n`);
