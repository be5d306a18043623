/**
 * A page-wide notation list: a label line that announces notation ("Notation:", "**Symbols:**",
 * "Nomenclature", "符号说明：", "記号", "기호 설명:", "Обозначения:") then a list whose items each
 * start with a symbol and a separator (`- $m$: number of samples`, `- $m \longrightarrow$ number
 * of samples`, `- $v$ — velocity`, `- $k$ is …`), written before the formulas it serves (trial 1,
 * F15). Like a notation table (notation.ts), it defines its symbols for every formula of the page
 * against `undefined-symbol`, and nothing else. Lists inside a where-list are not notation.
 */

/** The label line: a notation word alone, with bold markers and a colon (half- or full-width). */
const LABEL = /^\s*(?:#{1,6}\s+)?(?:\*\*|__)?\s*(?:notation|notations|symbols|symbols used|nomenclature|list of symbols|符号|符号说明|符号表|記号|記号の説明|기호|기호 설명|обозначения|notación|notations utilisées|bezeichnungen)\s*[:：]?\s*(?:\*\*|__)?\s*[:：]?\s*$/iu;
/** An item: `- $sym$` then a separator, or math ending in an arrow. */
const ITEM = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\*\*)?\$([^$]{1,80})\$(?:\*\*)?\s*(.*)$/;
const SEPARATOR = /^(?:[:：=—–-]|(?:is|are|denotes|represents|stands\s+for)\b)/i;
const ARROW_END = /\s*(?:\\(?:longrightarrow|rightarrow|Rightarrow|Longrightarrow|to|mapsto)(?![A-Za-z])|→|⟶)\s*$/;

/** The symbols of the page's notation lists; `lineStarts[i]` is line i's offset, `inWhereList` tells an offset inside a where-list. */
export function notationListSymbols(lines: string[], lineStarts: number[], inWhereList: (at: number) => boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    // Trimmed first: LABEL's leading `\s*` before optional markup is quadratic on a line of many spaces (2,000 nested list items took 47 s).
    if (!LABEL.test(lines[i]!.trim())) continue;
    let j = i + 1;
    while (j < lines.length && lines[j]!.trim() === '') j++;
    const symbols: string[] = [];
    let items = 0;
    for (; j < lines.length && /^\s*(?:[-*+]|\d{1,3}[.)])\s/.test(lines[j]!); j++) {
      items++;
      const m = ITEM.exec(lines[j]!);
      if (!m) continue;
      const latex = m[1]!.trim();
      const rest = m[2]!.trim();
      if (ARROW_END.test(latex) && rest) symbols.push(latex.replace(ARROW_END, '').trim());
      else if (SEPARATOR.test(rest)) symbols.push(latex);
    }
    if (items > 0 && symbols.length * 2 >= items && !inWhereList(lineStarts[i] ?? 0)) out.push(...symbols.filter((s) => s.length > 0 && !/[=<>]|\\(?:le|ge|neq|in)(?![A-Za-z])/.test(s)));
    i = j - 1;
  }
  return out;
}
