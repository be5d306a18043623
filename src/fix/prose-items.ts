/**
 * `check --fix --fix-prose-definitions`: definitions read from the prose around a formula
 * (`Variable.source === 'prose'`: "Here, $k$ is the spring constant", "其中 $H$ 表示…", "the
 * period $T$ of a pendulum …") become a where-list right after the formula, one item per
 * definition, so every reader of the file (and every tool) finds them where the format puts them.
 * The sentences stay as the author wrote them: deleting prose is the author's call, and the
 * diff (`--dry-run`) shows what is added.
 *
 * Only for an equation whose definitions all come from prose (an equation with a where-list
 * keeps it as it is); for a run of formulas sharing the same prose definitions, once, after the
 * last of the run. Pure: the file's text and records in, edits out.
 */
import type { Collection, Equation, Variable } from '../types.js';
import type { FixEdit } from './fix.js';

/** The introduction the new list gets, in the document's language. */
const WHERE: Record<string, string> = { fr: 'où :', de: 'wobei:', es: 'donde:', pt: 'onde:', it: 'dove:', zh: '其中：', ja: 'ここで：', ru: 'где:', pl: 'gdzie:', ko: '여기서:' };

function itemOf(v: Variable): string {
  const math = v.definedAs !== undefined && !v.description ? `$${v.symbols.join(', ')} = ${v.definedAs}$` : v.symbols.map((s) => `$${s}$`).join(', ');
  const description = v.description.replace(/\s+/g, ' ').trim();
  return description ? `- ${math} — ${description}` : `- ${math}`;
}

/** True when every definition of the equation came from prose (and there is one). */
function onlyProse(eq: Equation): boolean {
  return eq.variables.length > 0 && eq.variables.every((v) => v.source === 'prose');
}

export function proseItemEdits(text: string, collection: Collection): FixEdit[] {
  const out: FixEdit[] = [];
  const eqs = collection.equations;
  const intro = WHERE[(collection.lang ?? 'en').split('-')[0]!.toLowerCase()] ?? 'where:';
  eqs.forEach((eq, i) => {
    const span = eq.positions.equation;
    if (!span || !onlyProse(eq)) return;
    // A run shares its definitions: the list goes after the run's last formula.
    const next = eqs[i + 1];
    if (next && next.variables.some((v) => eq.variables.includes(v))) return;
    let at = span.end.offset;
    while (at < text.length && text[at] !== '\n' && text[at] !== '\r') at++;
    const eol = /\r\n|\n|\r/.exec(text.slice(at))?.[0] ?? '\n';
    const items = eq.variables.map(itemOf).join(eol);
    // A blank line after the list, unless one follows already (the next line must not continue the last item).
    const blankAfter = at === text.length || /^(?:\r\n|\n|\r)[ \t]*(?:\r\n|\n|\r|$)/.test(text.slice(at));
    out.push({ start: at, end: at, text: `${eol}${eol}${intro}${eol}${eol}${items}${blankAfter ? '' : eol}`, kind: 'prose-item', equation: eq.slug });
  });
  return out;
}
