/**
 * The GitHub workflow `formulary init` writes (.github/workflows/pages.yml).
 *
 * - `check` runs on every pull request and push: annotations on the changed lines
 *   (`--format github`) and SARIF for code scanning (skipped without failing where the repository
 *   has no code scanning, or where a fork's token may not upload). It reads the repository, and may
 *   write security events only to upload that SARIF.
 * - `build` runs on pushes to main after `check` passed: it builds the site and uploads only the
 *   output folder as the Pages artifact. It holds no write permission.
 * - `deploy` alone holds `pages: write` and `id-token: write`, and runs only GitHub's deploy action:
 *   no `npm ci`, no project code.
 *
 * Every action is pinned by its full commit SHA, the version in a comment (PINNED_ACTIONS).
 * formulary.urls.json is committed by the author: `check` says when it is out of date
 * (urls-out-of-date), and the build step warns when the deploy's build changed it.
 */

/** The actions the workflow uses: full commit SHAs of released versions (each checked in two public sources). */
export const PINNED_ACTIONS = {
  checkout: { uses: 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8', version: 'v5.0.0' },
  setupNode: { uses: 'actions/setup-node@a0853c24544627f65ddf259abe73b1d18a591444', version: 'v5.0.0' },
  uploadSarif: { uses: 'github/codeql-action/upload-sarif@5d4e8d1aca955e8d8589aabd499c5cae939e33c7', version: 'v4.31.9' },
  configurePages: { uses: 'actions/configure-pages@983d7736d9b0ae728b81ab479565c72886d7745b', version: 'v5.0.0' },
  uploadPagesArtifact: { uses: 'actions/upload-pages-artifact@7b1f4a764d45c48632c6b24a0339c27f5614fb0b', version: 'v4.0.0' },
  deployPages: { uses: 'actions/deploy-pages@d6db90164ac5ed86f2b6aed7e0febac5b3c0c03e', version: 'v4.0.5' },
} as const;

/** Node.js the workflow runs: the current LTS line. */
export const WORKFLOW_NODE = 24;

const use = (a: keyof typeof PINNED_ACTIONS): string => `${PINNED_ACTIONS[a].uses} # ${PINNED_ACTIONS[a].version}`;

const SETUP = `      - uses: ${use('checkout')}
        with:
          persist-credentials: false
      - uses: ${use('setupNode')}
        with:
          node-version: ${WORKFLOW_NODE}
          cache: npm
      - run: npm ci`;

export const PAGES_WORKFLOW = `# Checks the equations on every pull request and push, with annotations on the changed lines,
# and deploys the site to GitHub Pages on every push to main.
# Enable Pages in the repository's settings with the source set to "GitHub Actions".
# Actions are pinned by commit SHA (the version in the comment); Dependabot can keep them current.
name: Pages
on:
  pull_request:
  push:
    branches: [main]
  workflow_dispatch:
# No job gets a permission it does not name.
permissions: {}
jobs:
  check:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      # Only for the SARIF upload to code scanning (the Security tab).
      security-events: write
    steps:
${SETUP}
      # Fails on any content error, with annotations on the changed lines. A notice says when
      # formulary.urls.json is out of date: run \`npx formulary build\` and commit it.
      - run: npx formulary check --format github
      - name: SARIF for code scanning
        if: \${{ !cancelled() }}
        run: npx formulary check --format sarif > formulary.sarif || test $? -eq 1
      # Needs code scanning (public repositories, or GitHub Advanced Security); without it, or
      # from a fork, the upload fails and the job still passes.
      - uses: ${use('uploadSarif')}
        if: \${{ !cancelled() && hashFiles('formulary.sarif') != '' }}
        continue-on-error: true
        with:
          sarif_file: formulary.sarif
          category: formulary
  build:
    needs: check
    if: github.event_name != 'pull_request' && github.ref == 'refs/heads/main'
    runs-on: ubuntu-latest
    permissions:
      contents: read
      # configure-pages reads the site's base path and URL.
      pages: read
    steps:
${SETUP}
      - id: pages
        uses: ${use('configurePages')}
      # base_path is "/<repo>" for project pages ("" for user pages); base_url is the absolute site URL.
      - run: >
          npx formulary build
          --base "\${{ steps.pages.outputs.base_path }}/"
          --site-url "\${{ steps.pages.outputs.base_url }}"
          --repo-url "\${{ github.server_url }}/\${{ github.repository }}"
      # The URL history is committed by the author: a build that changes it means the commit lacks it.
      - name: URL history
        run: |
          if [ -n "$(git status --porcelain -- formulary.urls.json)" ]; then
            echo "::warning file=formulary.urls.json::formulary.urls.json is out of date: run 'npx formulary build' and commit it, so the URLs this deploy published keep answering"
          fi
      # Only the site: the output folder (hidden files such as its .formulary-build marker are left out).
      - uses: ${use('uploadPagesArtifact')}
        with:
          path: dist
  deploy:
    needs: build
    runs-on: ubuntu-latest
    permissions:
      pages: write
      id-token: write
    concurrency:
      group: pages
      cancel-in-progress: false
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: ${use('deployPages')}
`;
