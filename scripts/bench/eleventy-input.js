// The input the Eleventy peer builds (eleventy-peer.js): the same collection as Formulary's,
// one markdown page per `####` equation plus an index page for the intro, each with front
// matter that gives it a layout and turns off template preprocessing (LaTeX's `{{` is not
// Liquid). Written once per size before the timed runs: splitting the file is not Eleventy's
// work, so it is not measured.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HEADING = /^#### /m;

const LAYOUT = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title>
<link rel="stylesheet" href="/katex.min.css">
</head>
<body>
<main>
{{ content | safe }}
</main>
</body>
</html>
`;

/** YAML double-quoted scalar. @param {string} s */
const quoted = (s) => JSON.stringify(s);

/**
 * Writes `dir` afresh: `_includes/page.njk`, `index.md` (the text before the first equation)
 * and `eq/N.md` for equation N.
 * @param {string} text the collection's markdown
 * @param {string} dir
 * @returns {number} pages written
 */
export function writeEleventyInput(text, dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, '_includes'), { recursive: true });
  mkdirSync(join(dir, 'eq'), { recursive: true });
  writeFileSync(join(dir, '_includes', 'page.njk'), LAYOUT);
  const parts = text.replace(/\r\n?/g, '\n').split(HEADING);
  const page = (title, body) => `---\nlayout: page.njk\ntemplateEngineOverride: md\ntitle: ${quoted(title)}\n---\n${body}\n`;
  writeFileSync(join(dir, 'index.md'), page('Equations', parts[0]));
  for (let i = 1; i < parts.length; i++) {
    const heading = parts[i].slice(0, parts[i].indexOf('\n') >>> 0).trim();
    writeFileSync(join(dir, 'eq', `${i}.md`), page(heading, `#### ${parts[i]}`));
  }
  return parts.length;
}
