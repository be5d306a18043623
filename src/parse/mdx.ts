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
const ATTRIBUTE = String.raw`\s+[\w:.-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{(?:[^{}]|\{[^{}]*\})*\}))?|\s+\{(?:[^{}]|\{[^{}]*\})*\}`;
const TAG = new RegExp(String.raw`<\/?[A-Z][\w.]*(?:${ATTRIBUTE})*\s*\/?>|<\/?>`, 'g');
const COMMENT = /\{\/\*[\s\S]*?\*\/\}/g;

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
    out.push(withoutExpressions(prose.join('\n').replace(COMMENT, blank).replace(TAG, blank)));
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
