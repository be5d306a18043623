/**
 * `formulary dev [files or folders…] [--port 5173]`: a Vite dev server. Pages are rendered on
 * request from content/ with the same code as `build`; browser code is served by Vite from
 * src/client; an edit under content/ re-plans the site and sends a full reload. Content errors
 * are printed once per change and shown over the last good page (src/site/servers/dev-overlay.ts).
 * Vite is imported here only, lazily, so no other command loads it.
 *
 * What it serves is bounded: pages come from the content through the renderer; Vite serves
 * files only under the package's own browser code (src/client, src/search), its pre-bundled dependencies
 * and its own client (`server.fs.strict`; nothing under the working directory, so
 * `/@fs/<cwd>/id_rsa?raw` is refused), and answers only Host headers that are localhost, an IP
 * address or the `--host` name (Vite's host check; DNS rebinding).
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { loadProject, type KeptFile } from '../pipeline/project.js';
import { loadAssetSources, packageRoot } from '../site/assets/assets.js';
import { loadConfig } from '../config/load.js';
import { loadSiteDeps } from '../site/deps.js';
import { DevSite } from '../serve/dev-site.js';
import { loadDevMedia } from './dev-media.js';
import type { SiteOptions } from '../site/plan-site.js';
import { formatPretty } from './format.js';
import { capDiagnostics } from '../diagnostics/cap.js';
import { tooManyDiagnostics } from '../rules/too-many-diagnostics.js';
import { parseCommandArgs } from './commands.js';
import { readProjectHistory, readSiteTheme } from '../read/site-files.js';
import { updateHistory } from '../site/url-history.js';
import { devProblems } from '../serve/dev-overlay.js';
import { timesMark, timesStart } from '../serve/dev-times.js';
import { GENERATION_CLIENT_JS, GENERATION_CLIENT_PATH, GENERATION_EVENT, GENERATION_QUESTION, withGenerationClient, withViteClient } from '../serve/dev-generation.js';

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs('dev', args) as { values: Record<string, string | undefined>; positionals: string[] };
  const flags = parsed.values as Record<string, unknown>;
  const port = Number(parsed.values.port ?? '5173');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`formulary dev: --port must be a number from 0 to 65535\n`);
    return 2;
  }
  const config = await loadConfig();
  const content = parsed.positionals.length ? parsed.positionals : (config.content ?? ['content']);
  const root = packageRoot();
  const clientDir = join(root, 'src', 'client');
  const clientEntry = join(clientDir, 'main.ts');
  // Vite's dependency cache (minisearch, pre-bundled for src/client). Installed as a package (no
  // src/client), pages load the compiled bundle and the cache goes in the project, not inside
  // node_modules/formulary-cli.
  const cacheDir = existsSync(clientEntry) ? join(root, 'node_modules', '.vite') : resolve('node_modules', '.vite-formulary');
  const theme = await readSiteTheme(config);
  const history = await readProjectHistory();
  // Equation pages offer the SVG download and "Read the equation" as built pages do (dev-media.ts).
  const [baseDeps, sources, media] = await Promise.all([loadSiteDeps(), loadAssetSources(root), loadDevMedia(config.lang, { images: !flags['no-images'], speech: !flags['no-speech'] })]);
  const deps = { ...baseDeps, ...media };

  const options: SiteOptions = { base: '/', repoUrl: parsed.values['repo-url'] ?? config.repoUrl, repoBranch: config.repoBranch, primary: config.primary, theme };
  // The terminal gets each new set of errors once (one save can trigger more than one load).
  let reported = '';
  const report = (text: string): void => {
    if (text === reported) return;
    reported = text;
    if (text) process.stderr.write(text);
  };
  // Each file's parse and check, kept between saves: a save re-reads only the files it changed.
  const kept = new Map<string, KeptFile>();
  // Each changed file's stamp when the load that reads it starts: a look after the watcher's
  // throttle that finds the file as that load read it has nothing more to show (a two-step save
  // whose load already read the second step made one more load and reload).
  const pending = new Set<string>();
  const loadedStamps = new Map<string, string>();
  const site = new DevSite(
    async () => {
      for (const file of pending) loadedStamps.set(file, stampOf(file));
      pending.clear();
      const project = await loadProject(content, process.cwd(), config, { kept });
      timesMark(`loaded (read ${project.timings.read.toFixed(1)}, parse ${project.timings.parse.toFixed(1)}, validate ${project.timings.validate.toFixed(1)} ms)`);
      const errors = capDiagnostics(project.diagnostics.filter((d) => d.severity === 'error'), tooManyDiagnostics).listed;
      // Old URLs redirect in dev too (the history file itself is written by `build` only).
      if (history && errors.length === 0) options.urlHistory = updateHistory(history, project.collections.map((c) => ({ file: c.file.path, equations: c.collection.equations }))).history.collections;
      if (errors.length > 0) report(`\n${formatPretty(errors)}\nformulary dev: ${errors.length} content error${errors.length === 1 ? '' : 's'}; the browser shows ${errors.length === 1 ? 'it' : 'them'} over the last good version of the site\n`);
      else if (reported) report('formulary dev: no content errors; the browser shows the new version\n');
      const texts = new Map(project.files.map((f) => [f.path, f.text]));
      const problems = devProblems(errors, texts, (file) => {
        const abs = resolve(file);
        return existsSync(abs) ? abs : null;
      });
      return { inputs: project.collections.map((c) => ({ collection: c.collection, topics: c.topics })), errors: problems };
    },
    options,
    deps,
    sources,
    existsSync(clientEntry) ? ['/src/client/main.ts'] : [],
  );

  const { createServer } = await import('vite');
  const watched = content.map((c) => resolve(c));
  const server = await createServer({
    root,
    cacheDir,
    configFile: false,
    appType: 'custom',
    publicDir: false,
    // The browser code's only dependency is minisearch: pre-bundle just that at start-up instead
    // of crawling the pages for imports, which made the first page take seconds on a fresh clone.
    // Installed as a package, there is nothing to pre-bundle.
    optimizeDeps: { entries: [], include: existsSync(clientEntry) ? ['minisearch'] : [] },
    server: {
      // Pages name the compiled bundle and assets that DevSite serves, not files Vite can load:
      // pre-transforming them only printed "Pre-transform error: Failed to load url" lines.
      preTransformRequests: false,
      port,
      host: parsed.values.host ?? '127.0.0.1',
      // Only the browser code and its pre-bundled dependencies; Vite adds its own client. Pages,
      // KaTeX's CSS and fonts and the compiled bundle come from DevSite, not from the disk.
      // (src/search holds the search options and tokenizer the browser code shares with the build.)
      fs: { strict: true, allow: existsSync(clientEntry) ? [clientDir, join(root, 'src', 'search'), cacheDir] : [cacheDir] },
      // Vite watches its root (the package); only src/client and the content matter here, and
      // build outputs (dist/, bench/) changing must not reload the page.
      watch: { ignored: ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/bench/**', '**/lib/**', '**/tests/**', '**/.*/**'] },
    },
    plugins: [
      {
        name: 'formulary-pages',
        configureServer(vite) {
          vite.watcher.add(watched);
          // The reload goes out at once (the page's request then waits for the new plan, which starts
          // loading meanwhile); one save can arrive as several events (truncate, write): the events
          // within 30 ms of a reload make one more reload, after they settle.
          let quietUntil = 0;
          let trailing: NodeJS.Timeout | undefined;
          const reload = (): void => {
            quietUntil = Date.now() + 30;
            vite.ws.send({ type: 'full-reload' });
            timesMark('reload sent');
          };
          // The watcher drops a file's further changes for 50 ms after one it reports (chokidar's
          // throttle), so a save written in two steps (truncate, then write) can be reported once,
          // for the empty file. A look at the file after that window catches what was dropped.
          const followUps = new Map<string, NodeJS.Timeout>();
          const changed = (file: string): void => {
            const abs = resolve(file);
            if (!watched.some((w) => abs === w || abs.startsWith(`${w}/`)) || !/\.(md|markdown|qmd|rmd|mdx|ipynb)$/i.test(abs)) return;
            timesStart(`change ${file}`);
            const seen = stampOf(abs);
            pending.add(abs);
            clearTimeout(followUps.get(abs));
            followUps.set(
              abs,
              setTimeout(() => {
                followUps.delete(abs);
                if (stampOf(abs) !== (loadedStamps.get(abs) ?? seen)) changed(abs);
              }, 60),
            );
            site.invalidate();
            clearTimeout(trailing);
            if (Date.now() >= quietUntil) reload();
            else trailing = setTimeout(reload, 30);
            // After the reload message is out: loading blocks the event loop for a while.
            setImmediate(() => site.prepare());
          };
          vite.watcher.on('change', changed).on('add', changed).on('unlink', changed);
          // Every page that connects learns the content's generation: one rendered before the last
          // change reloads, even if the reload message went out while it was loading.
          vite.ws.on(GENERATION_QUESTION, (_data, client) => client.send(GENERATION_EVENT, { generation: site.currentGeneration }));
          vite.middlewares.use((req, res, next) => {
            const url = (req.url ?? '/').split('?')[0] ?? '/';
            if (url === GENERATION_CLIENT_PATH) {
              res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
              res.setHeader('Cache-Control', 'no-store');
              res.end(GENERATION_CLIENT_JS);
              return;
            }
            if (url.startsWith('/@') || url.startsWith('/src/') || url.startsWith('/node_modules/')) return next();
            let rel: string;
            try {
              rel = decodeURIComponent(url).replace(/^\/+/, '');
            } catch {
              return next();
            }
            site
              .respond(rel)
              .then(async (r) => {
                if (!r) return next();
                const page = r.html && typeof r.body === 'string' ? withGenerationClient(r.body, r.generation) : null;
                const body = page === null ? r.body : (withViteClient(page) ?? (await vite.transformIndexHtml(url, page)));
                res.statusCode = r.status;
                res.setHeader('Content-Type', r.type);
                res.setHeader('Cache-Control', 'no-store');
                res.end(body);
                timesMark(`served ${url}`);
              })
              .catch(next);
          });
        },
      },
    ],
  });
  try {
    await server.listen();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new UserError(`port ${port} is in use: stop the other server or pick another with --port`);
    throw err;
  }
  server.printUrls();
  // Load now: errors reach the terminal at start, and the first page finds the site planned.
  site.prepare();
  await new Promise<void>((done) => {
    const stop = (): void => {
      void server.close().then(() => done());
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

/** What tells one version of a file from the next without reading it; '' when it is gone. */
function stampOf(file: string): string {
  try {
    const s = statSync(file);
    return `${s.mtimeMs}:${s.ctimeMs}:${s.size}`;
  } catch {
    return '';
  }
}
