/**
 * `formulary build [files or folders…]`: read → parse → validate → render → write.
 * Errors in the content stop the build before anything is written (the previous output stays).
 */
import { writeFile } from 'node:fs/promises';
import { loadProject } from '../pipeline/project.js';
import { loadAssetSources } from '../site/assets/assets.js';
import { loadConfig, type SiteConfig } from '../site/config.js';
import { loadSiteDeps } from '../site/deps.js';
import { emptyStats, siteFiles } from '../site/render-site.js';
import { writeSite } from '../write/write.js';
import { countBySeverity, formatPretty } from './format.js';
import { parseCommandArgs } from './commands.js';
import { UserError } from '../errors.js';
import { readProjectHistory, readSiteTheme } from '../read/site-files.js';
import { updateHistory } from '../pipeline/url-history.js';
import { writeUrlHistory } from '../write/url-history.js';

export interface BuildSettings {
  content: string[];
  out: string;
  base?: string;
  siteUrl?: string;
  repoUrl?: string;
  repoBranch?: string;
  primary?: string;
  stats?: string;
}

function usage(message: string): number {
  process.stderr.write(`formulary build: ${message}\n`);
  return 2;
}

/** Flags win over formulary.config.json, which wins over defaults. */
export function mergeSettings(config: SiteConfig, flags: Record<string, string | undefined>, positionals: string[]): BuildSettings {
  return {
    content: positionals.length > 0 ? positionals : (config.content ?? ['content']),
    out: flags.out ?? config.out ?? 'dist',
    base: flags.base ?? config.base,
    siteUrl: flags['site-url'] ?? config.siteUrl,
    repoUrl: flags['repo-url'] ?? config.repoUrl,
    repoBranch: config.repoBranch,
    primary: config.primary,
    stats: flags.stats,
  };
}

export async function run(args: string[]): Promise<number> {
  try {
    return await runBuild(args);
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    for (const line of err.message.split('\n')) usage(line);
    return 2;
  }
}

async function runBuild(args: string[]): Promise<number> {
  const parsed = parseCommandArgs('build', args);
  // A bad config is a UserError: main.ts prints each of its lines (exit 2).
  const config: SiteConfig = await loadConfig();
  const s = mergeSettings(config, parsed.values as Record<string, string | undefined>, parsed.positionals);
  for (const [name, v] of [['site-url', s.siteUrl], ['repo-url', s.repoUrl]] as const) {
    if (v !== undefined && (!/^https?:\/\/[^/\s]+/.test(v) || !URL.canParse(v))) return usage(`--${name} must be an http(s) URL, got '${v}'`);
  }
  if (s.base !== undefined && !/^\/?[A-Za-z0-9._~\/-]*$/.test(s.base)) return usage(`--base must be a URL path like /sub/, got '${s.base}'`);

  const start = performance.now();
  const theme = await readSiteTheme(config);
  const oldHistory = await readProjectHistory();
  const project = await loadProject(s.content, process.cwd(), config);
  const counts = countBySeverity(project.diagnostics);
  if (counts.error > 0) {
    process.stderr.write(`${formatPretty(project.diagnostics.filter((d) => d.severity === 'error'))}\n`);
    process.stderr.write(`formulary build: ${counts.error} error${counts.error === 1 ? '' : 's'}; nothing written (${s.out} left as it was)\n`);
    return 1;
  }
  if (counts.warning > 0) process.stderr.write(`formulary build: ${counts.warning} warning${counts.warning === 1 ? '' : 's'} (run 'formulary check' for details)\n`);

  const history = oldHistory ? updateHistory(oldHistory, project.collections.map((c) => ({ file: c.file.path, equations: c.collection.equations }))).history : null;
  const [deps, sources] = await Promise.all([loadSiteDeps(), loadAssetSources()]);
  if (!sources.client.entryJs) process.stderr.write("formulary build: lib/client has no bundle (run 'npm run compile'); pages will work without JavaScript\n");
  const result = emptyStats();
  const w0 = performance.now();
  // Pages go to disk as they are rendered (see siteFiles): memory stays flat at any size.
  await writeSite(
    s.out,
    siteFiles(
      project.collections.map((c) => ({ collection: c.collection, topics: c.topics })),
      { base: s.base, siteUrl: s.siteUrl, repoUrl: s.repoUrl, repoBranch: s.repoBranch, primary: s.primary, theme, urlHistory: history?.collections },
      deps,
      sources,
      result,
    ),
  );
  if (history) await writeUrlHistory(history);
  const end = performance.now();
  const ms = Math.round(end - start);
  if (s.stats) {
    const stats = {
      read: project.timings.read,
      parse: project.timings.parse,
      validate: project.timings.validate,
      render: result.timings.render,
      search: result.timings.search,
      write: end - w0 - result.timings.render - result.timings.search,
      total: end - start,
      equations: result.equations,
      pages: result.pages,
      files: result.files,
      bytes: result.bytes,
    };
    await writeFile(s.stats, `${JSON.stringify(stats, null, 2)}\n`);
  }
  process.stdout.write(`Built ${result.equations} equations, ${result.pages} pages, ${(result.bytes / 1024).toFixed(0)} KB into ${s.out}/ in ${ms} ms\n`);
  return 0;
}
