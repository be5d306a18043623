#!/usr/bin/env node
// Time and peak memory of `check` and `build` on the attack inputs of issue 17 (bounds), each run
// as a whole process under /usr/bin/time -v. The inputs are generated into a temporary folder.
//
//   node scripts/hostile-figures.js            all inputs
//   node scripts/hostile-figures.js flood59    only inputs whose name contains "flood59"
//
// Needs `npm run compile` first (the CLI runs from lib/bundle) and GNU time at /usr/bin/time.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const LIMIT_S = 120;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EQ = '#### 1. Big\n$y = x$\n\nwhere:\n\n- $y$ is the output\n- $x$ is the input\n';

function distinct(count, length) {
  let s = '# Many\n\n';
  for (let i = 0; i < count; i++) {
    let b = `y_{${i}} = x`;
    for (let j = 0; b.length < length; j++) b += `+x_{${i}${j}}`;
    s += `#### ${i + 1}. E${i}\n$${b.slice(0, length)}$\n\nwhere:\n\n- $y_{${i}}$ is out\n- $x$ is in\n\n`;
  }
  return s;
}

/** count valid formulas (whole terms, braces balanced) of at most length characters each. */
function valid(count, length) {
  let s = '# Many\n\n';
  for (let i = 0; i < count; i++) {
    let b = `y_{${i}} = x`;
    for (let j = 0; ; j++) {
      const term = `+x_{${i}${j}}`;
      if (b.length + term.length > length) break;
      b += term;
    }
    s += `#### ${i + 1}. E${i}\n$${b}$\n\nwhere:\n\n- $y_{${i}}$ is out\n- $x$ is in\n\n`;
  }
  return s;
}

const INPUTS = {
  quote2000: () => `# Quotes\n\n${'>'.repeat(2000)} deep\n\n${EQ}`,
  emph8000: () => `# Emph\n\n${'*'.repeat(8000)}a${'*'.repeat(8000)}\n\n${EQ}`,
  emph20000: () => `# Emph\n\n${'*'.repeat(20000)}a${'*'.repeat(20000)}\n\n${EQ}`,
  formula80k: () => `# F\n\n${EQ.replace('$y = x$', `$y = x${'+x'.repeat(40_000)}$`)}`,
  formula400k: () => `# F\n\n${EQ.replace('$y = x$', `$y = x${'+x'.repeat(200_000)}$`)}`,
  distinct100x10k: () => distinct(100, 10_000),
  distinct9x10k: () => distinct(9, 10_000),
  valid200x2k: () => valid(200, 2_000),
  valid40x2k: () => valid(40, 2_000),
  flood750k: () => `# Flood\n\n${'$x$ '.repeat(750_000)}\n\n${EQ}`,
  flood99k: () => `# Flood\n\n${'$x$ '.repeat(99_000)}\n\n${EQ}`,
  flood59MiB: () => `# Flood\n\n${'$x$ '.repeat(1_540_000)}\n\n${EQ}`,
  bracketLine6MB: () => `# Flood\n\n${'\\[x\\] '.repeat(1_000_000)}\n\n${EQ}`,
  bracketLines6MB: () => `# Flood\n\n${'\\[x\\]\n'.repeat(1_000_000)}\n\n${EQ}`,
  codeSpans6MB: () => `# Flood\n\n${'`x` '.repeat(1_500_000)}\n\n${EQ}`,
  backslashLines: () => `# Flood\n\n${'\\qx\\q\n'.repeat(100_000)}\n\n${EQ}`,
  // Round 3: more of the same kind (issue 17, "Done when").
  distinct2x20k: () => distinct(2, 20_000),
  nestedLists2000: () => `# Lists\n\n${Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')}\n\n${EQ}`,
  nestedEmphasis: () => `# Emph\n\n${'*a _b '.repeat(20_000)}c${' d_ e*'.repeat(20_000)}\n\n${EQ}`,
  nestedLinks: () => `# Links\n\n${'[a '.repeat(20_000)}b${'](u)'.repeat(20_000)}\n\n${EQ}`,
  nestedHtml: () => `# Html\n\n${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}\n\n${EQ}`,
  inlineHtml6MB: () => `# Html\n\n${'<b>x</b> '.repeat(650_000)}\n\n${EQ}`,
  runOpenBracket: () => `# Run\n\n${'['.repeat(6_000_000)}\n\n${EQ}`,
  runParen: () => `# Run\n\n${'('.repeat(6_000_000)}\n\n${EQ}`,
  runBrace: () => `# Run\n\n${'{'.repeat(6_000_000)}\n\n${EQ}`,
  runLt: () => `# Run\n\n${'<'.repeat(6_000_000)}\n\n${EQ}`,
  runPipe: () => `# Run\n\n${'|'.repeat(6_000_000)}\n\n${EQ}`,
  runBackslash: () => `# Run\n\n${'\\'.repeat(6_000_000)}\n\n${EQ}`,
  runBacktick: () => `# Run\n\n${'`'.repeat(6_000_000)}\n\n${EQ}`,
  runTilde: () => `# Run\n\n${'~'.repeat(6_000_000)}\n\n${EQ}`,
  runUnderscore: () => `# Run\n\n${'_'.repeat(6_000_000)}\n\n${EQ}`,
  runDollar: () => `# Run\n\n${'$'.repeat(6_000_000)}\n\n${EQ}`,
  runMixed: () => `# Run\n\n${'[(<`*_~\\|{$'.repeat(550_000)}\n\n${EQ}`,
  tableRow6MB: () => `# Table\n\n${'| a '.repeat(1_500_000)}|\n${'|---'.repeat(1_000)}|\n\n${EQ}`,
  tableRows6MB: () => `# Table\n\n| a | b |\n|---|---|\n${'| $x$ | y |\n'.repeat(500_000)}\n${EQ}`,
  oneWord6MB: () => `# Word\n\n${'a'.repeat(6_000_000)}\n\n${EQ}`,
  blankLines6MB: () => `# Blank\n${'\n'.repeat(6_000_000)}${EQ}`,
  paragraphs6MB: () => `# Paragraphs\n\n${'Some words of prose here.\n\n'.repeat(220_000)}${EQ}`,
  lines6MB: () => `# Lines\n\n${'Some words of prose here.\n'.repeat(230_000)}\n${EQ}`,
  listItems6MB: () => `# List\n\n${'- an item of prose\n'.repeat(300_000)}\n${EQ}`,
  quoteLines6MB: () => `# Quote\n\n${'> a quoted line\n'.repeat(350_000)}\n${EQ}`,
  indentedLines: () => `# Indent\n\n${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(2 * i)}x`).join('\n')}\n\n${EQ}`,
  headingSpaces: () => `# T\n\n${EQ.replace('Big', `a${' '.repeat(1_000_000)}b`)}`,
  titleSpaces: () => `# T${' '.repeat(1_000_000)}x\n\n${EQ}`,
  whereSpaces: () => `# T\n\n${EQ.replace('where:', `where${' '.repeat(1_000_000)}:${' '.repeat(1_000_000)}x`)}`,
  spaceRuns6MB: () => `# T\n\n${`x${' '.repeat(60_000)}\n`.repeat(100)}\n${EQ}`,
  headings10k: () => `# Many\n\n${Array.from({ length: 10_000 }, (_, i) => `#### ${i + 1}. E${i}\n$x_{${i}}$\n`).join('\n')}`,
  headings100k: () => `# Many\n\n${Array.from({ length: 100_000 }, (_, i) => `#### ${i + 1}. E${i}\n$x_{${i}}$\n`).join('\n')}`,
  sections200k: () => `# Sections\n\n${'## s\n'.repeat(200_000)}\n${EQ}`,
  // A where-list item followed by 160,000 lazy lines of `\[x\]` (found by tests/hostile/pipeline-properties.test.ts):
  // micromark's container handling is quadratic here (20,000 lines: check 12 s; 160,000: minutes).
  itemBracketLines: () => `# T\n\nSome prose.\n\n#### 1. Identity\n$y = x$\n\nwhere:\n\n- $y$ ${'\\[x\\]\n'.repeat(160_000)}\n- $x$ is the input\n`,
  whereList90k: () => `# Where\n\n#### 1. Big\n$y = x$\n\nwhere:\n\n${Array.from({ length: 90_000 }, (_, i) => `- $x_{${i}}$ is input ${i}`).join('\n')}\n`,
  align10k: () => `# Align\n\n#### 1. Rows\n$$\n\\begin{align}\n${'a &= b \\\\\n'.repeat(10_000)}\\end{align}\n$$\n\nwhere:\n\n- $a$ is a\n- $b$ is b\n`,
  align1k: () => `# Align\n\n#### 1. Rows\n$$\n\\begin{align}\n${'a &= b \\\\\n'.repeat(1_500)}\\end{align}\n$$\n\nwhere:\n\n- $a$ is a\n- $b$ is b\n`,
  braces9k: () => `# Braces\n\n${EQ.replace('$y = x$', `$y = ${'{'.repeat(9_000)}x${'}'.repeat(9_000)}$`)}`,
  frac3k: () => `# Frac\n\n${EQ.replace('$y = x$', `$y = ${'\\frac{1}{'.repeat(2_000)}x${'}'.repeat(2_000)}$`)}`,
  topics100k: (dir) => {
    writeFileSync(path.join(dir, 'topics100k.topics.md'), Array.from({ length: 100_000 }, (_, i) => `## Topic ${i}\n\n- Big\n`).join('\n'));
    return `# T\n\n${EQ}`;
  },
  topics2000: (dir) => {
    let eqs = '# T\n\n';
    for (let i = 0; i < 100; i++) eqs += `#### ${i + 1}. Equation number ${i}\n$y = x_${i}$\n\nwhere:\n\n- $y$ is out\n- $x_${i}$ is in\n\n`;
    writeFileSync(path.join(dir, 'topics2000.topics.md'), `## Topic\n\n${Array.from({ length: 2000 }, (_, i) => `- ${'zq'.repeat(240)}${i}`).join('\n')}\n`);
    return eqs;
  },
};

function measure(command, file, out) {
  // Each run is stopped after LIMIT_S seconds (GNU timeout inside time: its peak memory still counts), exit 124.
  const args = ['-v', '/usr/bin/timeout', String(LIMIT_S), process.execPath, path.join(ROOT, 'bin/formulary.js'), command, file, ...(command === 'build' ? ['--out', out] : [])];
  const r = spawnSync('/usr/bin/time', args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const wall = /Elapsed \(wall clock\) time.*: (.*)/.exec(r.stderr)?.[1] ?? '?';
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? 0);
  const crashed = r.status === 124 ? ` TIMEOUT (stopped after ${LIMIT_S} s)` : /internal error|\n\s+at /.test(r.stderr) ? ' CRASH' : '';
  return `${command.padEnd(6)} exit ${r.status}  ${wall.padStart(8)}  ${Math.round(rss / 1024)} MiB${crashed}`;
}

const filter = process.argv[2] ?? '';
const dir = mkdtempSync(path.join(tmpdir(), 'formulary-hostile-figures-'));
try {
  for (const [name, make] of Object.entries(INPUTS)) {
    if (!name.includes(filter)) continue;
    const sub = path.join(dir, name);
    mkdirSync(sub);
    const file = path.join(sub, `${name}.md`);
    writeFileSync(file, make(sub));
    const size = readFileSync(file).length;
    for (const command of ['check', 'build']) {
      console.log(`${name.padEnd(16)} ${(size / 1024).toFixed(0).padStart(6)} KiB  ${measure(command, file, path.join(sub, 'dist'))}`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
