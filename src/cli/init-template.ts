/**
 * What `formulary init` writes: a short example collection in the canonical format with its
 * topics sidecar, formulary.config.json (with "$schema", so editors autocomplete it), the
 * GitHub Pages workflow and a .gitignore.
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

export const SCHEMA_REF = './node_modules/formulary/lib/config.schema.json';

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

export const PAGES_WORKFLOW = `# Checks the equations and deploys the site to GitHub Pages on every push to main.
# Enable Pages in the repository's settings with the source set to "GitHub Actions".
name: Pages
on:
  push:
    branches: [main]
  workflow_dispatch:
permissions:
  contents: read
  pages: write
  id-token: write
concurrency:
  group: pages
  cancel-in-progress: true
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      # Fails the deployment on any content error, with annotations on the changed lines.
      - run: npx formulary check --format github
      - id: pages
        uses: actions/configure-pages@v5
      # base_path is "/<repo>" for project pages ("" for user pages); base_url is the absolute site URL.
      - run: >
          npx formulary build
          --base "\${{ steps.pages.outputs.base_path }}/"
          --site-url "\${{ steps.pages.outputs.base_url }}"
          --repo-url "\${{ github.server_url }}/\${{ github.repository }}"
      - uses: actions/upload-pages-artifact@v3
        with:
          path: dist
  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
`;

export const GITIGNORE = `node_modules/
dist/
`;

export function initFiles(): OutputFile[] {
  return [
    { path: 'content/mechanics.md', contents: EXAMPLE_COLLECTION },
    { path: 'content/mechanics.topics.md', contents: EXAMPLE_TOPICS },
    { path: 'formulary.config.json', contents: EXAMPLE_CONFIG },
    { path: '.github/workflows/pages.yml', contents: PAGES_WORKFLOW },
    { path: '.gitignore', contents: GITIGNORE },
  ];
}
