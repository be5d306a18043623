// Statistics and the markdown report. No I/O here except writeResults, so the table can
// be printed and written from the same string.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** @param {number[]} xs */
export function median(xs) {
  return percentile(xs, 50);
}

/** Linear-interpolated percentile; NaN for an empty list. @param {number[]} xs @param {number} p */
export function percentile(xs, p) {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const i = ((s.length - 1) * p) / 100;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return s[lo] + (s[hi] - s[lo]) * (i - lo);
}

/** Median of one field over runs, ignoring runs without it; null when none has it. */
export function medianOf(runs, field) {
  const xs = runs.map((r) => r[field]).filter((v) => typeof v === 'number' && Number.isFinite(v));
  return xs.length ? median(xs) : null;
}

const nf = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const nf1 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const nf2 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, minimumFractionDigits: 2 });

/** @param {number | null | undefined} ms */
export function fmtMs(ms) {
  if (ms == null || !Number.isFinite(ms)) return 'n/a';
  if (ms < 1) return `${nf2.format(ms)} ms`;
  if (ms < 100) return `${nf1.format(ms)} ms`;
  return `${nf.format(ms)} ms`;
}

/** @param {number | null | undefined} bytes */
export function fmtBytes(bytes) {
  if (bytes == null || !Number.isFinite(bytes)) return 'n/a';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${nf1.format(bytes / 1024)} KiB`;
  return `${nf1.format(bytes / 1024 / 1024)} MiB`;
}

/** @param {number | null | undefined} kb */
const fmtRss = (kb) => (kb == null ? 'n/a' : `${nf.format(kb / 1024)} MiB`);
/** @param {number | null} a @param {number | null} b */
const ratio = (a, b) => (a == null || b == null || b === 0 ? 'n/a' : `${nf2.format(a / b)}×`);
/**
 * "n/a [k]" for a piece that could not be measured; the reasons are listed once under the
 * tables, since one missing build makes a dozen cells n/a for the same reason.
 */
function footnotes() {
  /** @type {string[]} */
  const reasons = [];
  /** @param {unknown} error */
  const na = (error) => {
    const reason = String(error).replace(/\|/g, '\\|').slice(0, 300);
    if (!reasons.includes(reason)) reasons.push(reason);
    return `n/a [${reasons.indexOf(reason) + 1}]`;
  };
  return { na, reasons };
}

/**
 * @param {any} results the object written to bench/results.json
 * @returns {string} markdown
 */
export function renderMarkdown(results) {
  const m = results.meta;
  const { na, reasons } = footnotes();
  /** @param {any} side one command's summary in a size row */
  const cell = (side, field, fmt) => (side.error && side.median == null ? na(side.error) : fmt(side.median?.[field]));
  const lines = [
    '# Benchmark: `formulary build` against the KaTeX floor, Eleventy and the bare unified pipeline',
    '',
    `Node ${m.node}, ${m.cpus} CPU(s) (${m.cpuModel}), ${m.quick ? 'quick run' : `sizes ${m.sizes.join(', ')}`}, ${m.sharedLatex ? 'copies sharing their LaTeX (--shared-latex)' : 'distinct LaTeX (letters renamed per copy)'}, ${m.date}.`,
    `Each command timed as a whole process (startup included), runs rotated; medians. CPU = user + sys.${m.totalMs ? ` Whole bench: ${(m.totalMs / 60000).toFixed(1)} minutes.` : ''}`,
    ...(m.loadAverage ? [`Load average (1, 5, 15 min) before: ${m.loadAverage.before.join(', ')}; after: ${m.loadAverage.after.join(', ')}.`] : []),
    '',
    '| equations | runs | KaTeX floor | bare pipeline | build | build ÷ floor | bare ÷ floor | build CPU ÷ floor CPU | floor peak RSS | bare peak RSS | build peak RSS | largest page (gzip) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  const none = { median: null, error: 'not measured' };
  for (const s of results.sizes) {
    const b = s.build;
    const p = s.bare;
    const f = s.floor ?? none;
    const lp = s.largestPage;
    const page = !lp ? 'n/a' : lp.error ? na(lp.error) : `\`${lp.pages[0].file}\` ${fmtBytes(lp.pages[0].rawBytes)} (${fmtBytes(lp.pages[0].gzipBytes)})`;
    lines.push(
      `| ${nf.format(s.n)} | ${s.runs}${p.runs && p.runs.length !== s.runs ? ` (bare ${p.runs.length})` : ''} | ${cell(f, 'wallMs', fmtMs)} | ${cell(p, 'wallMs', fmtMs)} | ${cell(b, 'wallMs', fmtMs)} | ${ratio(b.median?.wallMs ?? null, f.median?.wallMs ?? null)} | ${ratio(p.median?.wallMs ?? null, f.median?.wallMs ?? null)} | ${ratio(b.median?.cpuMs ?? null, f.median?.cpuMs ?? null)} | ${cell(f, 'maxRssKb', fmtRss)} | ${cell(p, 'maxRssKb', fmtRss)} | ${cell(b, 'maxRssKb', fmtRss)} | ${page} |`,
    );
  }
  lines.push(
    '',
    'The fastest peer: Eleventy 3 + markdown-it + @vscode/markdown-it-katex on the same content, one page per equation (Formulary builds far more: checks, symbol links, list, notation and search pages, a search index). Ratios below 1.0× mean Formulary took less.',
    '',
    '| equations | Eleventy wall | Formulary wall | Formulary ÷ Eleventy wall | Formulary ÷ floor wall | Eleventy CPU | Formulary CPU | Formulary ÷ Eleventy CPU | Formulary ÷ floor CPU | Eleventy peak RSS | Formulary peak RSS |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const s of results.sizes) {
    const e = s.eleventy ?? none;
    const b = s.build;
    const f = s.floor ?? none;
    const at = (side, field) => side.median?.[field] ?? null;
    lines.push(
      `| ${nf.format(s.n)} | ${cell(e, 'wallMs', fmtMs)} | ${cell(b, 'wallMs', fmtMs)} | ${ratio(at(b, 'wallMs'), at(e, 'wallMs'))} | ${ratio(at(b, 'wallMs'), at(f, 'wallMs'))} | ${cell(e, 'cpuMs', fmtMs)} | ${cell(b, 'cpuMs', fmtMs)} | ${ratio(at(b, 'cpuMs'), at(e, 'cpuMs'))} | ${ratio(at(b, 'cpuMs'), at(f, 'cpuMs'))} | ${cell(e, 'maxRssKb', fmtRss)} | ${cell(b, 'maxRssKb', fmtRss)} |`,
    );
  }
  lines.push(
    '',
    'Incremental rebuild (one more equation\'s LaTeX changed before each, into the cold build\'s folder, with its cache) and the dev server (file write → the edited text in Chromium, `formulary dev`):',
    '',
    '| equations | cold build | rebuild after one edit | rebuild ÷ cold | rebuild CPU | rebuild peak RSS | files written | dev server, write → screen (median / max) |',
    '|---:|---:|---:|---:|---:|---:|---:|---|',
  );
  for (const s of results.sizes) {
    const r = s.rebuild ?? none;
    const d = s.dev ?? none;
    const rb = r.error ? na(r.error) : `${fmtMs(r.wallMs)} (median of ${r.runs.length})`;
    const dev = d.error ? na(d.error) : `${fmtMs(d.medianMs)} / ${fmtMs(d.maxMs)} (${d.runs.length} edits)`;
    lines.push(
      `| ${nf.format(s.n)} | ${cell(s.build, 'wallMs', fmtMs)} | ${rb} | ${r.error ? 'n/a' : ratio(r.wallMs, s.build.median?.wallMs ?? null)} | ${r.error ? 'n/a' : fmtMs(r.cpuMs)} | ${r.error ? 'n/a' : fmtRss(r.maxRssKb)} | ${r.error || r.written == null ? 'n/a' : `${nf.format(r.written)} (${r.mode})`} | ${dev} |`,
    );
  }
  lines.push('', 'Heaviest pages (raw, gzip -9), and the heaviest first visit (HTML + CSS + JS + fonts, gzip -9) among them and the list pages (home, home page 2, notation, topics):', '');
  for (const s of results.sizes) {
    const lp = s.largestPage;
    if (!lp || lp.error) continue;
    const list = lp.pages.map((pg) => `\`${pg.file}\` ${fmtBytes(pg.rawBytes)} (${fmtBytes(pg.gzipBytes)})`).join(', ');
    lines.push(`- ${nf.format(s.n)}: ${list}; heaviest first visit ${lp.firstVisit ? `${fmtBytes(lp.firstVisit.total.gzipBytes)} (\`${lp.firstVisit.page}\`)` : 'n/a'}`);
  }
  const d = results.details;
  lines.push('', `## Details (${nf.format(d.seedSize)} equations unless stated)`, '', '| measure | value |', '|---|---|');
  if (d.stages.error) lines.push(`| build stages | ${na(d.stages.error)} |`);
  else {
    const label = { search: 'search index' };
    for (const [stage, ms] of Object.entries(d.stages.medians)) lines.push(`| stage: ${label[stage] ?? stage} (--stats, median of ${d.stages.runs}) | ${ms == null ? na(`stage "${stage}" not found in the --stats JSON`) : fmtMs(ms)} |`);
    if (d.stages.totalMs != null) lines.push(`| build total per --stats (median) | ${fmtMs(d.stages.totalMs)} |`);
  }
  const fv = d.firstVisit;
  lines.push(
    `| first visit of one equation page, gzip -9 | ${fv.error ? na(fv.error) : `${fmtBytes(fv.total.gzipBytes)} (HTML ${fmtBytes(fv.html.gzipBytes)}, CSS ${fmtBytes(fv.css.gzipBytes)}, JS ${fmtBytes(fv.js.gzipBytes)}, fonts ${fmtBytes(fv.fonts.gzipBytes)} in ${fv.fonts.files.length} files; \`${fv.page}\`)`} |`,
  );
  for (const sb of d.searchBytes) {
    lines.push(
      `| search first use at ${nf.format(sb.n)} (typing "${sb.typed ?? '?'}"), gzip -9 | ${sb.error ? na(sb.error) : `${fmtBytes(sb.total.gzipBytes)} (index ${fmtBytes(sb.index.gzipBytes)} in ${sb.index.files.length} files, JS ${fmtBytes(sb.js.gzipBytes)}: ${sb.chunkNote})`} |`,
    );
  }
  for (const sl of d.searchLatency) {
    lines.push(
      `| search query latency at ${nf.format(sl.n)} (median / p95) | ${sl.error ? na(sl.error) : `cold ${fmtMs(sl.medianMs)} / ${fmtMs(sl.p95Ms)} (shards read, parsed and assembled), warm ${fmtMs(sl.warmMedianMs)} / ${fmtMs(sl.warmP95Ms)}, over ${sl.queries} queries; manifest load ${fmtMs(sl.loadMs)}`} |`,
    );
  }
  const used = (u) => (u.error ? na(u.error) : `${fmtBytes(u.total.gzipBytes)} (index ${fmtBytes(u.index.gzipBytes)} in ${u.index.files.length} files, JS ${fmtBytes(u.js.gzipBytes)})`);
  for (const fb of d.formulaBytes ?? []) {
    if (fb.error) lines.push(`| formula search first use at ${nf.format(fb.n)} | ${na(fb.error)} |`);
    else lines.push(`| formula search first use at ${nf.format(fb.n)} (typing "${fb.formula.typed}"), gzip -9 | ${used(fb.formula)}; words (typing "${fb.words.typed}") ${used(fb.words)} |`);
  }
  for (const fl of d.formulaLatency ?? []) {
    lines.push(`| formula query latency at ${nf.format(fl.n)} (median / p95) | ${fl.error ? na(fl.error) : `cold ${fmtMs(fl.medianMs)} / ${fmtMs(fl.p95Ms)} (CPU ${fmtMs(fl.cpuMedianMs)} / ${fmtMs(fl.cpuP95Ms)}), warm ${fmtMs(fl.warmMedianMs)} / ${fmtMs(fl.warmP95Ms)}, over ${fl.queries} queries`} |`);
  }
  if (reasons.length) lines.push('', ...reasons.map((r, i) => `[${i + 1}] ${r}  `));
  if (results.notes?.length) lines.push('', ...results.notes.map((n) => `- ${n}`));
  return `${lines.join('\n')}\n`;
}

/** @param {string} jsonFile @param {string} mdFile @param {any} results @param {string} markdown */
export function writeResults(jsonFile, mdFile, results, markdown) {
  mkdirSync(dirname(jsonFile), { recursive: true });
  writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(mdFile, markdown);
}
