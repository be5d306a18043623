/**
 * What `formulary init` writes: a short example collection in the canonical format with its
 * topics sidecar, formulary.config.json (with "$schema", so editors autocomplete it), the
 * GitHub workflow (init-workflow.ts), a .gitignore, the example's URL history, and a package.json
 * when the folder has none.
 */
import type { OutputFile } from '../output.js';

export const EXAMPLE_COLLECTION = `# Introductory Mechanics

An example collection made by \`formulary init\`: replace it with your own equations. Each equation is a level-4 heading with its name, the LaTeX between dollar signs, and a "where:" list that defines every symbol.

## Motion

#### 1. Average Velocity
$v = \\frac{\\Delta x}{\\Delta t}$

where:

- $v$ is the average velocity
- $\\Delta x$ is the displacement
- $\\Delta t$ is the elapsed time

#### 2. Newton's Second Law
$F = m a$

where:

- $F$ is the net force on the body
- $m$ is its mass
- $a$ is its acceleration

## Energy

#### 3. Kinetic Energy
$E_k = \\frac{1}{2} m v^2$

where:

- $E_k$ is the kinetic energy
- $m$ is the mass
- $v$ is the speed

#### 4. Gravitational Potential Energy
$U = m g h$

where:

- $U$ is the potential energy
- $m$ is the mass
- $g$ is the gravitational acceleration, about $9.81\\,\\mathrm{m/s^2}$ near the Earth's surface
- $h$ is the height above the reference level
`;

export const EXAMPLE_TOPICS = `<!-- Topics of mechanics.md: each "## Heading" is a topic, in this order; each item names one
     equation of mechanics.md by its name, by "number. name" or by its number alone. -->

## Motion

- Average Velocity
- Newton's Second Law

## Energy

- Kinetic Energy
- Gravitational Potential Energy
`;

/** The package's name on the npm registry (`formulary` there is another project); the command stays `formulary`. */
export const PACKAGE_NAME = 'formulary-cli';

export const SCHEMA_REF = `./node_modules/${PACKAGE_NAME}/lib/config.schema.json`;

export const EXAMPLE_CONFIG = `${JSON.stringify(
  {
    $schema: SCHEMA_REF,
    content: ['content'],
    lang: 'en',
    footer: 'Equations by their authors. Built with Formulary.',
    rules: { 'undefined-symbol': 'warn' },
  },
  null,
  2,
)}\n`;

import { PAGES_WORKFLOW } from './init-workflow.js';

export { PAGES_WORKFLOW };

/**
 * Temp names Formulary's writes may leave after a crash (README "Deployment"): the new and the previous
 * site beside the output, `check --fix`'s temp file beside a content file, the URL history's temp
 * file, and the workflow's SARIF.
 */
export const GITIGNORE = `node_modules/
dist/
.formulary-tmp-*
.formulary-old-*
*.formulary-fix-*
formulary.urls.json.tmp-*
formulary.sarif
`;

/** A package.json for a folder that has none: the command as a dev dependency and the usual scripts. */
export function packageJson(version: string): string {
  return `${JSON.stringify(
    {
      name: 'my-equations',
      private: true,
      scripts: { dev: 'formulary dev', check: 'formulary check', build: 'formulary build', preview: 'formulary preview' },
      devDependencies: { [PACKAGE_NAME]: `^${version}` },
    },
    null,
    2,
  )}\n`;
}

/** `urls`: the example's URL history (formulary.urls.json), `pkg`: a package.json when the folder has none. */
export function initFiles(urls?: string, pkg?: string): OutputFile[] {
  return [
    ...(pkg ? [{ path: 'package.json', contents: pkg }] : []),
    { path: 'content/mechanics.md', contents: EXAMPLE_COLLECTION },
    { path: 'content/mechanics.topics.md', contents: EXAMPLE_TOPICS },
    { path: 'formulary.config.json', contents: EXAMPLE_CONFIG },
    { path: '.github/workflows/pages.yml', contents: PAGES_WORKFLOW },
    { path: '.gitignore', contents: GITIGNORE },
    ...(urls ? [{ path: 'formulary.urls.json', contents: urls }] : []),
  ];
}
