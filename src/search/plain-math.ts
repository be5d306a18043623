/**
 * Inline math as plain text, for search snippets: `$\nabla_\theta L(\theta)$` → `∇_θ L(θ)`.
 * Not typesetting: a readable approximation of short symbols next to the words around them.
 */
import { ACCENTS, COMMAND_GLYPHS } from './tex-terms.js';

const COMBINING: Record<string, string> = { hat: '\u0302', tilde: '\u0303', bar: '\u0304', vec: '\u20D7', dot: '\u0307', ddot: '\u0308' };

/** plainTex of each math piece seen (a build asks for the same few symbols tens of thousands of times). */
const memo = new Map<string, string>();
const MEMO_MAX = 20_000;

function plainTex(tex: string): string {
  let hit = memo.get(tex);
  if (hit === undefined) {
    hit = plainTexUncached(tex);
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(tex, hit);
  }
  return hit;
}

function plainTexUncached(tex: string): string {
  let s = tex;
  // \hat{m} → m̂ (one base character; longer bases keep no accent)
  s = s.replace(/\\([A-Za-z]+)\s*\{\s*([^{}\\])\s*\}|\\([A-Za-z]+)\s+([A-Za-z])/g, (all, a1: string, b1: string, a2: string, b2: string) => {
    const accent = ACCENTS[a1 ?? a2];
    const mark = accent ? COMBINING[accent] : undefined;
    return mark ? (b1 ?? b2) + mark : all;
  });
  s = s.replace(/\\([A-Za-z]+)/g, (_all, name: string) => {
    const glyph = COMMAND_GLYPHS.get(name);
    if (glyph !== undefined) return glyph;
    if (/^(left|right|big|Big|bigg|Bigg|[a-z]*(font|style)|math[a-z]+|text[a-z]*|operatorname|boldsymbol|bm|hat|tilde|bar|vec|overline|widehat)$/.test(name)) return '';
    if (/^(log|ln|exp|max|min|sin|cos|tanh|det|tr|arg)$/.test(name)) return name;
    if (name === 'cdot') return '·';
    if (name === 'top') return 'ᵀ';
    if (name === 'in') return '∈';
    return '';
  });
  return s.replace(/\\[,;:! ]/g, ' ').replace(/[{}]/g, '').replace(/\s+/g, ' ').trim();
}

/** One formula as plain text with no backslash left (link previews: `\beta_1` → `β_1`). */
export function plainMath(tex: string): string {
  return plainTex(tex).replace(/\\/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Markdown with `$…$` math → plain text with the math approximated and emphasis marks dropped. */
export function plainText(markdown: string): string {
  return markdown
    .split(/\$([^$]+)\$/)
    .map((piece, k) => (k % 2 === 1 ? plainTex(piece) : piece.replace(/[*_`]/g, '')))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
