// Pointing Formulary at a folder of Quarto, R Markdown, MDX and Jupyter files works (issue 24):
// each file's error is reported at its file:line:column (a notebook's in its JSON), partials and
// build folders are left out, and `build` makes a page per equation whose source link points at
// the formula's line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cli, tempProject } from './helpers.js';

const QMD = `---
title: "Circuits"
format: html
---

## Ohm's law

\`\`\`{r}
#| label: setup
#| echo: false
x <- 2 * $y$
\`\`\`

The supply gives \`r x\` volts.

$$
V = I R BAD
$$ {#eq-ohm}

where $V$ is the voltage, $I$ the current and $R$ the resistance.
`;

const RMD = `---
title: "Gases"
output: bookdown::html_document2
---

\`\`\`{r setup, include=FALSE}
knitr::opts_chunk$set(echo = TRUE)
\`\`\`

## Ideal gas

\\begin{equation}
p V = n R T BAD
(\\#eq:gas)
\\end{equation}

where $p$ is the pressure, $V$ the volume, $n$ the amount, $R$ the gas constant and $T$ the temperature.
`;

const MDX = `---
title: Springs
---
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';

# Springs

## Hooke's law

{/* TODO: add a figure */}

$$
F = -k x BAD
$$

where:

- $F$ is the force
- $k$ is the spring constant
- $x$ is the displacement

<Tabs>
<TabItem value="si" label="SI">

The force is in newtons.

</TabItem>
</Tabs>
`;

const notebook = (bad: string): string =>
  `${JSON.stringify(
    {
      cells: [
        { cell_type: 'markdown', metadata: {}, source: ['# Pendulum\n', '\n', 'Notes on "small" swings.'] },
        { cell_type: 'code', execution_count: 1, metadata: {}, outputs: [{ output_type: 'stream', name: 'stdout', text: ['$$\\oops$$\n'] }], source: ['import numpy as np'] },
        { cell_type: 'markdown', metadata: {}, source: ['## Period\n', '\n', '$$\n', `T = 2\\pi \\sqrt{\\frac{L}{g}}${bad}\n`, '$$\n', '\n', 'where $T$ is the period, $L$ the length and $g$ the gravity.'] },
      ],
      metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } },
      nbformat: 4,
      nbformat_minor: 5,
    },
    null,
    1,
  )}\n`;

function writeProject(dir: string, bad: boolean): void {
  const b = (s: string): string => s.replace(/ BAD/g, bad ? ' \\badcmd' : '');
  mkdirSync(path.join(dir, 'notes', 'node_modules', 'pkg'), { recursive: true });
  mkdirSync(path.join(dir, 'notes', '_site'), { recursive: true });
  mkdirSync(path.join(dir, 'notes', '.ipynb_checkpoints'), { recursive: true });
  writeFileSync(path.join(dir, 'notes', 'ohm.qmd'), b(QMD));
  writeFileSync(path.join(dir, 'notes', 'gas.Rmd'), b(RMD));
  writeFileSync(path.join(dir, 'notes', 'spring.mdx'), b(MDX));
  writeFileSync(path.join(dir, 'notes', 'pendulum.ipynb'), notebook(bad ? ' \\badcmd' : ''));
  // Never read: a Quarto partial, installed packages, a built site, Jupyter's checkpoints.
  const broken = '# Broken\n\n## Broken\n\n$$\nx = \\nocmd\n$$\n';
  writeFileSync(path.join(dir, 'notes', '_shared.qmd'), broken);
  writeFileSync(path.join(dir, 'notes', 'node_modules', 'pkg', 'README.md'), broken);
  writeFileSync(path.join(dir, 'notes', '_site', 'old.md'), broken);
  writeFileSync(path.join(dir, 'notes', '.ipynb_checkpoints', 'pendulum-checkpoint.ipynb'), notebook(' \\nocmd'));
}

/** The 1-based line and column of the first `needle` in a file. */
function where(file: string, needle: string): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  return `${i + 1}:${lines[i]!.indexOf(needle) + 1}`;
}

describe('a folder of .qmd, .Rmd, .mdx and .ipynb files', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempProject('formulary-formats-');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('check reports each file’s error at its file:line:column and exits 1', () => {
    writeProject(dir, true);
    const r = cli(dir, 'check', 'notes');
    expect(r.status, r.stderr).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.includes('  error  '));
    const at = (file: string, needle: string): string => `notes/${file}:${where(path.join(dir, 'notes', file), needle)}`;
    expect(errors.map((l) => l.split('  ')[0])).toEqual([
      at('gas.Rmd', '\\badcmd'),
      at('ohm.qmd', '\\badcmd'),
      // In the notebook's JSON the backslash is written twice: the error is at the first.
      at('pendulum.ipynb', '\\\\badcmd'),
      at('spring.mdx', '\\badcmd'),
    ]);
    expect(r.stdout).not.toMatch(/nocmd|_shared|node_modules|_site|checkpoint/);
    expect(r.stdout).toContain('4 equations in 4 files');
  });

  it('build makes a page per equation whose source link points at the formula in its file', () => {
    writeProject(dir, false);
    // The pages' text and source links are what is tested: no equation images or speech to render.
    const r = cli(dir, 'build', 'notes', '--out', 'site', '--repo-url', 'https://github.com/example/notes', '--no-images', '--no-speech');
    expect(r.status, r.stderr + r.stdout).toBe(0);
    const page = (collection: string, slug: string): string => readFileSync(path.join(dir, 'site', collection, 'equations', slug, 'index.html'), 'utf8');
    const link = (html: string): string => /class="source-link" href="([^"]*)"/.exec(html)?.[1] ?? '';
    const base = 'https://github.com/example/notes/blob/main/notes';
    const line = (file: string, needle: string): string => where(path.join(dir, 'notes', file), needle).split(':')[0]!;
    expect(link(page('ohm', 'eq-ohm'))).toBe(`${base}/ohm.qmd#L${line('ohm.qmd', '$$')}`);
    expect(link(page('pendulum', 'period'))).toBe(`${base}/pendulum.ipynb?plain=1#L${line('pendulum.ipynb', '"$$\\n"')}`);
    const spring = page('spring', 'hookes-law');
    expect(link(spring)).toBe(`${base}/spring.mdx#L${line('spring.mdx', '$$')}`);
    // The MDX page shows the author's prose, never its imports or component tags.
    expect(spring).toContain('The force is in newtons.');
    expect(spring).not.toMatch(/import Tabs|&lt;Tabs|<Tabs|TabItem|TODO/);
    // A Quarto, R Markdown or MDX document without a # title is titled by its front matter.
    expect(readFileSync(path.join(dir, 'site', 'ohm', 'index.html'), 'utf8')).toContain('<title>Circuits');
    // The first collection is the site's root.
    const gas = readFileSync(path.join(dir, 'site', 'equations', 'eq-gas', 'index.html'), 'utf8');
    expect(link(gas)).toBe(`${base}/gas.Rmd#L${line('gas.Rmd', '\\begin{equation}')}`);
  });

  it('names the extensions it looked for when a folder holds none', () => {
    mkdirSync(path.join(dir, 'empty'), { recursive: true });
    writeFileSync(path.join(dir, 'empty', 'notes.txt'), 'E = mc^2\n');
    const r = cli(dir, 'check', 'empty');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('.md, .markdown, .qmd, .Rmd, .mdx, .ipynb');
  });

  it('refuses a broken notebook in one line, exit 2, without a stack trace', () => {
    writeFileSync(path.join(dir, 'broken.ipynb'), '{\n "cells": [\n  {"cell_type": "markdown" "source": []}\n ]\n}\n');
    const r = cli(dir, 'check', 'broken.ipynb');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/broken\.ipynb' is not valid JSON at line 3, column 28/);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('a disable comment in a notebook cell silences the next line, and check --fix leaves the notebook as it is', () => {
    const cells = [
      { cell_type: 'markdown', metadata: {}, source: ['## Speed\n', '\n', '<!-- formulary-disable-next-line -->\n', '$$v = d / t \\nocmd$$\n', '\n', '$$\n', 'a = \\Delta v / \\Delta t\n', '$$\n'] },
    ];
    const file = path.join(dir, 'quiet.ipynb');
    const text = `${JSON.stringify({ cells, metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 1)}\n`;
    writeFileSync(file, text);
    const r = cli(dir, 'check', 'quiet.ipynb');
    expect(r.stdout).not.toContain('nocmd');
    expect(r.stdout).toContain('missing-where-list');
    const fixed = cli(dir, 'check', '--fix', 'quiet.ipynb');
    expect(fixed.status, fixed.stderr).not.toBe(2);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('reads a notebook past the markdown size limit when its bulk is outputs (a plot), not markdown', () => {
    const plot = 'A'.repeat(8 * 1024 * 1024);
    const cells = [
      { cell_type: 'markdown', metadata: {}, source: ['## Speed\n', '\n', '$$v = d / t$$\n', '\n', 'where $v$ is the speed, $d$ the distance and $t$ the time.'] },
      { cell_type: 'code', metadata: {}, execution_count: 1, source: 'plot()', outputs: [{ output_type: 'display_data', metadata: {}, data: { 'image/png': plot } }] },
    ];
    writeFileSync(path.join(dir, 'plotted.ipynb'), JSON.stringify({ cells, metadata: {}, nbformat: 4, nbformat_minor: 5 }));
    const r = cli(dir, 'check', 'plotted.ipynb');
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('1 equation in 1 file, no problems');
  });
});
