/**
 * `formulary build [files or folders…]`: read → parse → validate → render → write.
 * Errors in the content stop the build before anything is written (the previous output stays).
 */
import { access, constants, stat } from 'node:fs/promises';
import { writeFileAtomic } from '../disk-write.js';
import { dirname, resolve } from 'node:path';
import { loadProject } from '../pipeline/project.js';
import { loadAssetSources } from '../site/assets/assets.js';
import { loadConfig, type SiteConfig } from '../config/load.js';
import { loadSiteDeps } from '../site/deps.js';
import { equationImages, imagesCached, loadImageTools, type ImageStats } from '../media/images.js';
import { loadSre, speaker, speechCached, speechLocale, type SpeechStats } from '../media/speech.js';
import { anyMedia, mediaAllowance } from '../katex/limits.js';
import { imageInputOf } from '../site/pages/equation-media.js';
import { speechPieces } from '../site/pages/equation-reading.js';
import { equationDescription } from '../site/pages/equation-page.js';
import { emptyStats, KATEX_CSS_TOKEN, siteFiles } from '../site/render-site.js';
import { writeSiteIncremental } from '../write/incremental.js';
import type { PageReuse } from '../output.js';
import { TypesetCache, typesetCacheDir } from '../cache/typeset-cache.js';
import { useTypesetStore } from '../katex/render.js';
import { useAnalysisStore } from '../katex/memo.js';
import katex from '../katex/katex.js';
import { VERSION } from '../version.js';
import { codeStamp } from '../cache/code-stamp.js';
import { dirname as dirOf } from 'node:path';
import { countBySeverity, escapeControl, formatPretty, plural } from './format.js';
import { capDiagnostics } from '../diagnostics/cap.js';
import { tooManyDiagnostics } from '../rules/too-many-diagnostics.js';
import { parseCommandArgs } from './commands.js';
import { UserError } from '../errors.js';
import { readProjectHistory, readSiteTheme } from '../read/site-files.js';
import { readContentImages } from '../read/content-images.js';
import { updateHistory, URLS_FILE } from '../site/url-history.js';
import { writeUrlHistory } from '../write/url-history.js';
import { createProgress } from './progress.js';
import { commandHint } from './invocation.js';
import type { OutputFile } from '../output.js';

export interface BuildSettings {
  content: string[];
  out: string;
  base?: string;
  siteUrl?: string;
  repoUrl?: string;
  repoBranch?: string;
  primary?: string;
  stats?: string;
  images: boolean;
  speech: boolean;
  cache: boolean;
  quiet: boolean;
}

function usage(message: string): number {
  process.stderr.write(`formulary build: ${escapeControl(message)}\n`);
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
    images: !(flags as Record<string, unknown>)['no-images'],
    speech: !(flags as Record<string, unknown>)['no-speech'],
    cache: !(flags as Record<string, unknown>)['no-cache'],
    quiet: Boolean((flags as Record<string, unknown>).quiet),
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
  if (s.base !== undefined && !/^\/?[A-Za-z0-9._~/-]*$/.test(s.base)) return usage(`--base must be a URL path like /sub/, got '${s.base}'`);
  if (s.out.includes('\0') || s.out.trim() === '') return usage(`the output folder ${JSON.stringify(s.out)} is not a usable path (empty, or a NUL byte)`);
  // Checked before anything is built: a bad --stats path must not fail after the site is written.
  if (s.stats !== undefined) {
    const problem = await statsPathProblem(s.stats);
    if (problem) return usage(`--stats ${s.stats}: ${problem}`);
  }

  const start = performance.now();
  // Unchanged math is never typeset again (src/cache/typeset-cache.ts); --no-cache builds from scratch.
  const typesetDir = s.cache ? typesetCacheDir() : null;
  const stamp = `${katex.version}\u0000${VERSION}\u0000${codeStamp(import.meta.url)}`;
  const typesetCache = new TypesetCache(typesetDir, stamp);
  if (typesetDir) {
    useTypesetStore(typesetCache);
    useAnalysisStore(typesetCache);
  }
  try {
    return await buildWith(s, config, start, typesetCache, typesetDir, stamp);
  } finally {
    useTypesetStore(null);
    useAnalysisStore(null);
    typesetCache.close();
  }
}

async function buildWith(s: BuildSettings, config: SiteConfig, start: number, typesetCache: TypesetCache, typesetDir: string | null, cacheStamp: string): Promise<number> {
  // On a terminal, one line that says what the build is doing (src/cli/progress.ts); erased before any other output.
  const progress = createProgress('formulary build', process.stderr, { quiet: s.quiet });
  const say = (stream: NodeJS.WriteStream, text: string): void => {
    progress.clear();
    stream.write(text);
  };
  progress.stage('reading and checking content');
  const theme = await readSiteTheme(config);
  const oldHistory = await readProjectHistory();
  const project = await loadProject(s.content, process.cwd(), config, { typesetAhead: { previews: true } });
  progress.clear();
  const counts = countBySeverity(project.diagnostics);
  if (counts.error > 0) {
    process.stderr.write(`${formatPretty(capDiagnostics(project.diagnostics.filter((d) => d.severity === 'error'), tooManyDiagnostics).listed)}\n`);
    process.stderr.write(`formulary build: ${counts.error} error${counts.error === 1 ? '' : 's'}; nothing written (${escapeControl(s.out)} left as it was)\n`);
    return 1;
  }

  const contentImages = await readContentImages(project.collections.map((c) => c.collection));
  const history = oldHistory ? updateHistory(oldHistory, project.collections.map((c) => ({ file: c.file.path, equations: c.collection.equations }))).history : null;
  // Images and speech come from their cache; MathJax, resvg and the Speech Rule Engine are loaded
  // only when something is missing from it. One that cannot load (resvg has no binary for this
  // platform…) costs its feature for what is not cached, with a warning, never the build.
  const imageStats: ImageStats = { made: 0, cached: 0, ms: 0 };
  const speechStats: SpeechStats = { made: 0, cached: 0, ms: 0 };
  const optional = <T>(what: string, load: () => Promise<T>): Promise<T | null> =>
    load().catch((err: unknown) => {
      say(process.stderr, `formulary build: ${what} left out (${escapeControl(err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err))})\n`);
      return null;
    });
  const records = project.collections.flatMap((c) => c.collection.equations.map((eq) => ({ collection: c.collection, eq })));
  // Long formulas get media within one budget for the build, in content order (katex/limits.ts);
  // a build without images and speech has no media to budget (reading every spoken piece cost 70 ms at 1,000 equations).
  const allowMedia = s.images || s.speech ? mediaAllowance(records.flatMap((r) => [r.eq.latex, ...speechPieces(r.eq).map((p) => p.latex)])) : anyMedia;
  const needImages = s.images && !imagesCached(records.map((r) => imageInputOf(r.collection, r.eq, equationDescription(r))), undefined, allowMedia);
  const locale = speechLocale(config.lang);
  const needSpeech = s.speech && !speechCached(records.flatMap((r) => speechPieces(r.eq)), undefined, allowMedia, locale);
  if (needImages || needSpeech) progress.stage(`loading ${[needImages ? 'MathJax and resvg' : '', needSpeech ? 'the Speech Rule Engine' : ''].filter(Boolean).join(' and ')}`);
  const [baseDeps, sources, imageTools, sre] = await Promise.all([
    loadSiteDeps(),
    loadAssetSources(),
    needImages ? optional('equation images', loadImageTools) : null,
    needSpeech ? optional('speech', () => loadSre(locale)) : null,
  ]);
  const deps = {
    ...baseDeps,
    ...(s.images ? { equationImages: equationImages(imageTools, undefined, imageStats, allowMedia) } : {}),
    ...(s.speech ? { speak: speaker(sre, undefined, speechStats, allowMedia, locale) } : {}),
    ...(s.images || s.speech ? { mediaAllowed: allowMedia } : {}),
  };
  if (!sources.client.entryJs) process.stderr.write("formulary build: lib/client has no bundle (run 'npm run compile'); pages will work without JavaScript\n");
  const result = emptyStats();
  const w0 = performance.now();
  // Pages go to disk as they are rendered (see siteFiles): memory stays flat at any size. With the
  // cache, a rebuild writes only the files whose bytes changed (src/write/incremental.ts).
  const files = (reuse: PageReuse | undefined) =>
    counted(siteFiles(
      project.collections.map((c) => ({ collection: c.collection, topics: c.topics })),
      { base: s.base, siteUrl: s.siteUrl, repoUrl: s.repoUrl, repoBranch: s.repoBranch, primary: s.primary, theme, urlHistory: history?.collections, contentImages },
      deps,
      sources,
      Object.assign(result, emptyStats()),
      reuse,
    ));
  // Pages rendered (or kept from the last build) of all the site's pages: the progress line's counts.
  function* counted(source: Generator<OutputFile>): Generator<OutputFile> {
    let pages = 0;
    for (const f of source) {
      if (f.path.endsWith('.html')) progress.count('rendering pages', ++pages, Math.max(pages, result.pages));
      yield f;
    }
    progress.stage('writing');
  }
  // A page is kept unrendered when the previous build made it from the same inputs (page-keys.ts),
  // unless a tool that makes part of some pages (images, speech) could not load: then the cold
  // build's pages would differ from the kept ones, so every page is rendered.
  const toolMissing = (needImages && imageTools === null) || (needSpeech && sre === null);
  const placeholder = { token: KATEX_CSS_TOKEN, guess: KATEX_CSS_TOKEN, final: () => result.katexCss ?? KATEX_CSS_TOKEN };
  const outcome = await writeSiteIncremental(s.out, files, placeholder, typesetDir ? dirOf(typesetDir) : null, { stamp: cacheStamp, keepPages: !toolMissing });
  progress.clear();
  const written = outcome.dir;
  // Compacting drops what this build did not look up: only a build that rendered every page looked up all it needs.
  typesetCache.flush(outcome.kept === 0);
  // The author commits the history; a build that changes it says so (in CI, the deploy's log).
  if (history && (await writeUrlHistory(history))) say(process.stderr, `formulary build: ${URLS_FILE} changed (new or moved URLs): commit it, so the URLs the site published keep answering\n`);
  const end = performance.now();
  const ms = Math.round(end - start);
  if (s.stats) {
    const stats = {
      read: project.timings.read,
      parse: project.timings.parse,
      validate: project.timings.validate,
      typesetAhead: { ms: project.timings.ahead, formulas: project.ahead.typeset, threads: project.ahead.threads },
      render: result.timings.render,
      search: result.timings.search,
      write: end - w0 - result.timings.render - result.timings.search,
      total: end - start,
      equations: result.equations,
      pages: result.pages,
      files: result.files,
      bytes: result.bytes,
      images: imageStats,
      speech: speechStats,
      cache: { typeset: typesetCache.counts, output: { mode: outcome.mode, written: outcome.written, removed: outcome.removed, kept: outcome.kept } },
    };
    await writeFileAtomic(s.stats, `${JSON.stringify(stats, null, 2)}\n`, { sync: false }).catch((err: unknown) => {
      const e = err as NodeJS.ErrnoException;
      const code = e instanceof UserError ? (/: (E[A-Z]+)/.exec(e.message)?.[1] ?? e.message) : (e.code ?? e.message);
      throw new UserError(`cannot write --stats ${s.stats}: ${code} (the site was written)`);
    });
  }
  // One summary line; the warnings are counted in it with the command that lists them, as the user runs it.
  const warnings = counts.warning > 0 && !s.quiet ? `; ${counts.warning} warning${counts.warning === 1 ? '' : 's'} (\`${commandHint('check')}\` lists them)` : '';
  say(process.stdout, `Built ${plural(result.equations, 'equation')}, ${plural(result.pages, 'page')}, ${(result.bytes / 1024).toFixed(0)} KB into ${escapeControl(s.out)}/${written !== resolve(s.out) ? ` (a symlink: written into ${escapeControl(written)}/)` : ''} in ${ms} ms${warnings}\n`);
  return 0;
}

/** Why the --stats file could not be written, or null: its folder must exist and be writable. */
async function statsPathProblem(file: string): Promise<string | null> {
  if (file.includes('\0') || file.trim() === '') return 'not a usable file name';
  const abs = resolve(file);
  const existing = await stat(abs).catch(() => null);
  if (existing?.isDirectory()) return 'is a folder';
  const dir = dirname(abs);
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) return `the folder ${dir} does not exist`;
  const writable = await access(existing ? abs : dir, constants.W_OK).then(() => true, () => false);
  return writable ? null : `${existing ? 'the file' : `the folder ${dir}`} is not writable`;
}
