/**
 * Pandoc's sub- and superscripts in a heading's text (`### L~2~ regularisation`, `### E = mc^2^`):
 * the marks dropped, the script kept ("L2 regularisation", "E = mc2"), so a record's name and its
 * slug never show a `~` or a `^` the author meant as formatting. Pandoc's own rule: no space inside
 * the marks. Math (`$L^2$`) and GFM strikethrough (`~~old~~`) are left as they are.
 */

/** `~2~` (not `~~`) and `^2^`, each without spaces inside and not escaped. */
const SUBSCRIPT = /(?<![~\\])~(?!~)([^\s~$]{1,20}?)(?<!\\)~(?!~)/g;
const SUPERSCRIPT = /(?<![\\^])\^([^\s^$]{1,20}?)(?<!\\)\^/g;

/** `text` with pandoc's `~sub~` and `^sup^` marks dropped outside `$…$` math. */
export function withoutPandocScripts(text: string): string {
  if (!text.includes('~') && !text.includes('^')) return text;
  return text
    .split(/(\$[^$]*\$)/)
    .map((part, k) => (k % 2 === 1 ? part : part.replace(SUBSCRIPT, '$1').replace(SUPERSCRIPT, '$1')))
    .join('');
}
