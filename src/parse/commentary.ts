/**
 * Which boxes present formulas and which comment on them (issue 24, trial 3: H5, H6). One rule
 * for every container an author puts a formula in — a colon fence (`::: tip`), an Obsidian
 * callout (`> [!note]`), a plain blockquote, an HTML `<details>` box:
 *
 * - its kind says so: an example, exercise, proof, remark, warning, question… box is commentary
 *   (`COMMENTARY_KINDS`); a note, tip, info, definition or solution box presents;
 * - else its title says so (a `:::` title, a callout's title, a `<summary>`, a blockquote's
 *   leading bold label): "Example 1", "Derivation of …", "Why …?", "**Note:**" are commentary;
 * - else it presents: its displays are records like the section's own, except worked numeric
 *   substitutions (record-rules.ts) and repeats of a formula already recorded (`isRepeat`).
 *
 * Being collapsed (`<details>`, `::: details`, a Quarto `collapse="true"`) says nothing: a
 * collapsible solution presents its formulas, a collapsed proof does not.
 */

/** Box kinds (a `:::` name, a callout type, a Quarto or MyST class) whose body is commentary. */
const COMMENTARY_KINDS =
  /^(?:examples?|exercises?|proof|remark|check|quote|cite|question|help|faq|todo|hint|warning|caution|danger|attention|error|failure|fail|missing|bug|aside|prf:proof|prf:example|prf:remark|callout-warning|callout-caution)$/i;

/** A title that names commentary: an example, a proof or derivation, a remark or note, a question. */
const COMMENTARY_TITLE =
  /^\W*(?:examples?|exercises?|proof|derivation|remark|note|nb|aside|warning|caution|hint|check|why|how|what|question)\b|\?\s*$|\b(?:examples?|proof|derivation)\b/i;

export function isCommentaryKind(kind: string): boolean {
  return COMMENTARY_KINDS.test(kind);
}

export function isCommentaryTitle(title: string): boolean {
  return COMMENTARY_TITLE.test(title.replace(/[*_`]/g, '').trim());
}

/** A formula as compared for repeats: without spaces, trailing punctuation and a `\boxed{…}` around it. */
function comparable(latex: string): string {
  const m = /^\s*\\boxed\s*\{([\s\S]*)\}\s*$/.exec(latex);
  return (m ? m[1]! : latex).replace(/\s+|\\[,;:! ]/g, '').replace(/[.,;]+$/, '');
}

/** True when a formula in a box repeats one the document already recorded. */
export function isRepeat(latex: string, recorded: readonly string[]): boolean {
  const mine = comparable(latex);
  return mine !== '' && recorded.some((r) => comparable(r) === mine);
}
