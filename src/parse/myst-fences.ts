/**
 * MyST directive fences whose body is markdown (trial 5, M4): ```` ```{admonition} Title ````,
 * `{note}`, `{tip}`, `{dropdown}`, `{prf:definition}`, `{exercise}`, `{solution}`, `{card}`…,
 * with backticks or tildes, three or more (````` ````{dropdown} ````` around a nested code cell).
 * CommonMark reads them as code, so their displays made no record and their math was never
 * checked. colon-fences.ts reads them as it reads Obsidian's ```` ```ad-note ```` boxes: the fence
 * lines and the directive's options (`:class: …`, `:label: …`, or a `---` YAML block) are blanked,
 * the body is the section's own markdown.
 *
 * Directives whose body is code, math or data keep being code (`{code-cell}`, `{code}`, `{math}`,
 * `{glue:}`, `{raw}`, `{mermaid}`, `{toctree}`, a knitr chunk `{r}`…): they are not containers.
 */

/** The fence line of a directive: its fence, its name and the text after it (the argument, a title). */
const OPEN = /^( {0,3})(`{3,}|~{3,})[ \t]*\{([A-Za-z][\w:.-]{0,60})\}[ \t]*([^\n`]*)$/;

/**
 * Directives whose body is markdown: admonitions, dropdowns, cards and tabs, layout boxes,
 * sphinx-proof's `prf:` and sphinx-exercise's boxes. Any other name stays code: `{code-cell}`,
 * `{code}`, `{math}`, `{glue:}`, `{raw}`, `{mermaid}`, and R Markdown's and Quarto's executable
 * chunks (`{r}`, `{python}`, `{julia}`), whose body is a program.
 */
const MARKDOWN_BODY =
  /^(?:admonition|note|tip|hint|important|info|warning|caution|danger|attention|error|seealso|see-also|todo|dropdown|details|card|grid-item-card|grid-item|grid|tab-item|tab-set|tab|margin|sidebar|topic|epigraph|pull-quote|highlights|container|div|aside|exercise|solution|example|definition|theorem|lemma|corollary|proposition|conjecture|remark|proof|versionadded|versionchanged|deprecated|(?:prf|proof|exercise):[\w-]+)$/i;

export interface MystOpen {
  /** The fence (its backticks or tildes): a line of at least as many closes the directive. */
  fence: string;
  /** `admonition`, `note`, `prf:definition`… */
  name: string;
  /** The text after the name (an admonition's title, a dropdown's label). */
  argument: string;
}

/** The line as the opening fence of a directive whose body is markdown, or null. */
export function mystDirectiveOpen(line: string): MystOpen | null {
  const m = OPEN.exec(line);
  if (!m || !MARKDOWN_BODY.test(m[3]!)) return null;
  return { fence: m[2]!, name: m[3]!, argument: m[4]!.trim() };
}

/** An option line at the start of a directive's body: `:class: dropdown`, `:label: def-inverse`, `:open:`. */
const OPTION = /^[ \t]*:[A-Za-z][\w-]*:(?:[ \t]|$)/;

/**
 * Where the body of a directive whose fence line ends at `from` starts once its options are
 * passed, and the [start, end) ranges of those option lines (to blank).
 */
export function directiveOptions(text: string, from: number): { body: number; options: Array<readonly [number, number]> } {
  const options: Array<readonly [number, number]> = [];
  const lineAt = (at: number): [number, number] => {
    const e = text.indexOf('\n', at);
    return [at, e < 0 ? text.length : e];
  };
  let at = from;
  let [s, e] = lineAt(at);
  if (at < text.length && /^[ \t]*---[ \t]*\r?$/.test(text.slice(s, e))) {
    // A YAML block of options between `---` lines.
    for (let k = e + 1; k < text.length; ) {
      const [ks, ke] = lineAt(k);
      if (/^[ \t]*---[ \t]*\r?$/.test(text.slice(ks, ke))) {
        options.push([s, ke]);
        return { body: Math.min(ke + 1, text.length), options };
      }
      if (ke - ks > 400 || k - s > 4000) break;
      k = ke + 1;
    }
  }
  while (at < text.length) {
    [s, e] = lineAt(at);
    if (!OPTION.test(text.slice(s, e))) break;
    options.push([s, e]);
    at = e + 1;
  }
  return { body: at, options };
}
