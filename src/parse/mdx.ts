/**
 * MDX (Docusaurus, `.mdx`): what is not markdown becomes spaces before the reader sees it, so it
 * is never prose, a where-list or text on a page, and every offset stays a file offset (same
 * length, line breaks kept): top-level `import`/`export` blocks (to the next blank line), JSX
 * comments `{/* … *\/}`, and JSX component tags (`<Tabs>`, `<TabItem value="a">`, `</TabItem>`,
 * `<Figure … />`, fragments `<>`/`</>`). The content between tags stays; lowercase HTML tags
 * (`<details>`) are read as in any markdown. Fenced code is left as it is.
 */

const ESM = /^(?:import|export)[\s{*]/;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
/** A tag longer than this is not read as one (its text stays). */
const MAX_TAG = 2000;
const blank = (s: string): string => s.replace(/[^\r\n]/g, ' ');

/** A line that is only a JSX expression once tags are blanked (`{() => <div id="plot" />}`), outside display math. */
const EXPRESSION_LINE = /^[ \t]*\{[^\n]*\}[ \t]*$/gm;

export function isMdx(path: string): boolean {
  return /\.mdx$/i.test(path);
}

/** The MDX document with its JavaScript and JSX blanked (same length). */
export function blankMdx(text: string): string {
  const lines = text.split('\n');
  let fence: string | null = null;
  let esm = false;
  // Runs of lines outside code, blanked by the tag and comment patterns together (tags may span lines).
  const out: string[] = [];
  let prose: string[] = [];
  const flush = (): void => {
    if (prose.length === 0) return;
    out.push(withoutExpressions(blankTags(blankComments(prose.join('\n')))));
    prose = [];
  };
  for (const line of lines) {
    const f = FENCE.exec(line);
    if (fence) {
      out.push(line);
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length && line.trim() === f[1]) fence = null;
      continue;
    }
    if (f) {
      flush();
      fence = f[1]!;
      out.push(line);
      continue;
    }
    if (esm || ESM.test(line)) {
      esm = line.trim() !== '';
      prose.push(blank(line));
      continue;
    }
    prose.push(line);
  }
  flush();
  return out.join('\n');
}

/** Blanks lines that are a JSX expression alone, except inside `$$` display math (where `{a + b}` is LaTeX). */
function withoutExpressions(text: string): string {
  if (!text.includes('{')) return text;
  const lines = text.split('\n');
  let math = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!math && EXPRESSION_LINE.test(line) && line.trim().startsWith('{')) lines[i] = blank(line);
    EXPRESSION_LINE.lastIndex = 0;
    if ((line.match(/\$\$/g)?.length ?? 0) % 2 === 1) math = !math;
  }
  return lines.join('\n');
}

/** `{/* … *\/}` comments blanked (linear: a comment that never closes ends the search). */
function blankComments(text: string): string {
  let at = text.indexOf('{/*');
  if (at < 0) return text;
  let out = '';
  let from = 0;
  while (at >= 0) {
    const end = text.indexOf('*/}', at + 3);
    if (end < 0) break;
    out += text.slice(from, at) + blank(text.slice(at, end + 3));
    from = end + 3;
    at = text.indexOf('{/*', from);
  }
  return out + text.slice(from);
}

const UPPER = /[A-Z]/;
const NAME = /[\w.]/;

/**
 * JSX component tags blanked: `<Name …>`, `</Name>`, `<Name … />`, `<>`, `</>`, attributes with
 * quoted values and `{…}` expressions (which may hold `>` and JSX), over several lines. A `<`
 * followed by a capital and then anything but a space, `/` or `>` (`$i<N$`) is no tag. Each tag
 * is read up to MAX_TAG characters, and the whole search to a budget linear in the text's length.
 */
function blankTags(text: string): string {
  if (!text.includes('<')) return text;
  const cut: Array<[number, number]> = [];
  let budget = 20 * text.length + 10_000;
  let i = text.indexOf('<');
  while (i >= 0 && budget > 0) {
    const [end, scanned] = tagEnd(text, i);
    budget -= scanned - i + 1;
    if (end > 0) {
      cut.push([i, end]);
      i = text.indexOf('<', end);
    } else {
      i = text.indexOf('<', i + 1);
    }
  }
  if (cut.length === 0) return text;
  let out = '';
  let from = 0;
  for (const [a, b] of cut) {
    out += text.slice(from, a) + blank(text.slice(a, b));
    from = b;
  }
  return out + text.slice(from);
}

/** The end (exclusive) of a JSX tag opening at `start` (or -1), and how far it was read. */
function tagEnd(text: string, start: number): [number, number] {
  let i = start + 1;
  if (text[i] === '/') i++;
  if (text[i] === '>') return [i + 1, i];
  if (!UPPER.test(text[i] ?? '')) return [-1, i];
  while (i < text.length && NAME.test(text[i]!)) i++;
  if (!/[\s/>]/.test(text[i] ?? '')) return [-1, i];
  let quote = '';
  let depth = 0;
  const limit = Math.min(text.length, start + MAX_TAG);
  for (; i < limit; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      if (depth === 0) quote = c;
    } else if (c === '{') {
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth < 0) return [-1, i];
    } else if (depth === 0 && c === '>') {
      return [i + 1, i];
    } else if (depth === 0 && c === '<') {
      return [-1, i];
    }
  }
  return [-1, i];
}
