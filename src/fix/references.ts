/**
 * `check --fix --fix-references`: bare mentions that name an equation of the same document exactly
 * become references in Formulary's form, keeping the author's words as the shown text:
 * "Equation 17" / "Eq. 17" → `[[17|Equation 17]]`, "see the Adam Optimizer" → "see the
 * `[[Adam Optimizer|Adam Optimizer]]`". Only where the number or name answers to one equation of
 * the document; never in math, code, headings, links, front matter or an existing reference.
 * Pure: text and records in, edits out.
 */
import type { Collection } from '../types.js';
import type { FixEdit } from './fix.js';

/** What is never prose: front matter, fenced code, headings, math, code spans, links, references, HTML comments. */
const NOT_PROSE = /^---\n[\s\S]*?\n---\n|^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n {0,3}\1[^\n]*|$)|^ {0,3}#{1,6} [^\n]*|\$\$[\s\S]*?\$\$|\$[^$\n]*\$|`[^`\n]*`|\[\[[^\]\n]*\]\]|!?\[[^\]\n]*\]\([^)\n]*\)|<!--[\s\S]*?-->|\{eq\}`[^`\n]*`/gm;

const NUMBER_MENTION = /\b(?:Equation|Eq\.)[ \u00a0](\d{1,5})\b/g;

/** The text with everything that is not prose blanked to spaces (same offsets). */
function proseOnly(text: string): string {
  return text.replace(NOT_PROSE, (m) => m.replace(/[^\n]/g, ' '));
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function referenceEdits(text: string, collection: Collection): FixEdit[] {
  const prose = proseOnly(text);
  const out: FixEdit[] = [];
  const byNumber = new Map<number, string | null>();
  for (const eq of collection.equations) if (eq.number !== null) byNumber.set(eq.number, byNumber.has(eq.number) ? null : eq.slug);
  for (const m of prose.matchAll(NUMBER_MENTION)) {
    const slug = byNumber.get(Number(m[1]));
    if (!slug) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: `[[${m[1]}|${m[0]}]]`, kind: 'reference', equation: slug });
  }
  // Names: after "see" (and an optional "the"), an equation's whole name, of plain words, used by one equation only.
  const names = new Map<string, string | null>();
  for (const eq of collection.equations) {
    const name = eq.nameText.trim();
    if (!/^[\p{L}\p{N}' -]{3,80}$/u.test(name) || !/\s/.test(name)) continue;
    names.set(name, names.has(name) ? null : eq.slug);
  }
  for (const [name, slug] of names) {
    if (!slug) continue;
    const re = new RegExp(`\\b(?:[Ss]ee|[Cc]ompare)\\s+(?:the\\s+)?(${escapeRe(name)})(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of prose.matchAll(re)) {
      const start = m.index + m[0].length - name.length;
      if (out.some((e) => e.start < start + name.length && start < e.end)) continue;
      out.push({ start, end: start + name.length, text: `[[${name}|${name}]]`, kind: 'reference', equation: slug });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
