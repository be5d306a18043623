/**
 * A parsed document's title, intro and preamble (parse.ts): which chunk's heading is the title,
 * whether the title's own section holds equations or is the intro, where the sections with
 * records start, and the prose before the title and after it up to the first formula. Pure.
 */
import { readHeading } from './heading.js';
import { findTitle, type ParsedChunk } from './records.js';

export interface TitleAndIntro {
  /** The title heading's text, else the file's own title. */
  title: string;
  /** The raw intro prose (cleanProse trims it) and its offset in the text. */
  intro: string;
  introStart: number;
  /** The raw prose before the title. */
  preamble: string;
  /** The first parsed chunk whose section makes records, and the first one after the title that holds a formula. */
  firstSection: number;
  firstWithEquations: number;
}

/**
 * Finds the title and the intro, and clears the sections before the records start (the title's,
 * when it is the intro). `prose` is the text as the intro shows it; `chunkCount` the chunks the
 * document was split into (`parsed` stops early past the file's equation limit).
 */
export function titleAndIntro(parsed: ParsedChunk[], chunkCount: number, prose: string, fileTitle: string): TitleAndIntro {
  // Formulas before the first heading are records whatever the title is (the title is found after them).
  const lead = parsed[0]?.chunk.headingLevel === 0 && parsed.length > 1 ? parsed[0]!.section : null;
  if (lead) parsed[0]!.section = null;
  const titleIndex = findTitle(parsed);
  // The title's own section is the intro, unless it is the document's only section and presents
  // formulas (a one-question note, issue 24 F6): then they are its equations, named by the title.
  // So do the formulas right under a `#` whose sections follow as `#` or `##` headings (a note that
  // uses `#` for sections, trial 5 M2); under a title whose equations sit deeper (`####`) a display is the intro's.
  const titleSection =
    titleIndex >= 0 &&
    (parsed[titleIndex]!.section?.drafts.length ?? 0) > 0 &&
    (titleIndex === chunkCount - 1 || parsed.slice(titleIndex + 1).some((p) => p.chunk.headingLevel > 0 && p.chunk.headingLevel <= 2));
  const firstSection = titleSection ? titleIndex : titleIndex + 1;
  for (let i = 0; i < firstSection; i++) parsed[i]!.section = null;
  if (lead) parsed[0]!.section = lead;

  let title = fileTitle;
  let intro = '';
  let introStart = 0;
  let preamble = '';
  // The intro is the title's own section and the sections after it that present no formula
  // (an "Introduction", a glossary): it ends at the first heading whose section holds one, so
  // what the author wrote before the first equation reaches the home page (trial 4, K18).
  let firstWithEquations = titleIndex + 1;
  while (firstWithEquations < parsed.length && (parsed[firstWithEquations]!.section?.drafts.length ?? 0) === 0) firstWithEquations++;
  const afterTitle = parsed[firstWithEquations];
  const introEnd = afterTitle ? afterTitle.chunk.offset : prose.length;
  if (titleIndex >= 0) {
    const t = parsed[titleIndex]!;
    const heading = t.tree.children[0];
    if (heading?.type === 'heading') title = readHeading(heading, t.ctx).nameText || title;
    // Formulas before the title are records: that text is their content, not a preamble.
    preamble = lead ? '' : prose.slice(0, t.chunk.offset);
    introStart = t.chunk.offset + (heading?.position?.end.offset ?? 0);
    // A title section that holds the equations has no intro: its prose is their content.
    intro = titleSection ? '' : prose.slice(introStart, introEnd);
  } else {
    intro = prose.slice(0, introEnd);
  }
  return { title, intro, introStart, preamble, firstSection, firstWithEquations };
}

/** The collection's title when the document has no `#` title: the front matter's `title:` if any (formats.ts), else the file's name. */
export function fileTitleOf(path: string, frontMatter: string | null): string {
  return frontMatter ?? path.replace(/^.*[\\/]/, '').replace(/\.(md|markdown|qmd|rmd|mdx|ipynb)$/i, '');
}

/** Trims the trailing thematic break and blank lines that separate prose from the first equation. */
export function cleanProse(text: string): string {
  // Line by line from the end: a regex over the whole text backtracked on long runs of blank lines
  // (32,000 blank lines after the intro took 2 s, 6 MiB of them would never end).
  let t = text.replace(/\r/g, '').trimEnd();
  for (;;) {
    const nl = t.lastIndexOf('\n');
    if (nl < 0 || !/^(-{3,}|\*{3,}|_{3,})$/.test(t.slice(nl + 1).trim())) break;
    t = t.slice(0, nl).trimEnd();
  }
  return t.trim();
}
