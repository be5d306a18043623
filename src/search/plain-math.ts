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

const ARROWS: Record<string, string> = { leftarrow: ' ← ', gets: ' ← ', rightarrow: ' → ', to: ' → ', Rightarrow: ' ⇒ ', approx: ' ≈ ', leq: ' ≤ ', geq: ' ≥ ', neq: ' ≠ ', times: ' × ' };
const MAX_SCANNED = 20_000;

/** `x` as a fraction's or root's part: bare when one symbol, else in parentheses. */
const part = (x: string): string => (/^[\p{L}\p{N}.]\p{M}*$/u.test(x.trim()) ? x.trim() : `(${x.trim()})`);

/** The balanced `{…}` group at `i` (after spaces): its content and the index after it, or null. */
function group(tex: string, i: number): { body: string; end: number } | null {
  let k = i;
  while (tex[k] === ' ') k++;
  if (tex[k] !== '{') return null;
  let depth = 0;
  for (let j = k; j < tex.length; j++) {
    if (tex[j] === '\\') j++;
    else if (tex[j] === '{') depth++;
    else if (tex[j] === '}' && --depth === 0) return { body: tex.slice(k + 1, j), end: j + 1 };
  }
  return null;
}

/** `\frac{a}{b}` → `a/b` and `\sqrt{x}` → `√x`, as plain text, nested ones included. */
function fractionsAndRoots(tex: string, depth = 0): string {
  if (depth > 20) return tex;
  let out = '';
  let i = 0;
  const command = /\\(?:[dt]?frac|sqrt)(?![A-Za-z])/g;
  for (let m = command.exec(tex); m; m = command.exec(tex)) {
    const a = group(tex, m.index + m[0].length);
    const b = m[0].endsWith('frac') && a ? group(tex, a.end) : null;
    if (!a || (m[0].endsWith('frac') && !b)) continue;
    const plainA = plainTex(fractionsAndRoots(a.body, depth + 1));
    out += tex.slice(i, m.index) + (b ? `${part(plainA)}/${part(plainTex(fractionsAndRoots(b.body, depth + 1)))}` : `√${part(plainA)}`);
    i = (b ?? a).end;
    command.lastIndex = i;
  }
  return out + tex.slice(i);
}

/**
 * One formula as plain text with no backslash left (link previews: `\beta_1` → `β_1`,
 * `\frac{1}{2}` → `1/2`, `\sqrt{x}` → `√x`, a line break → `; `).
 */
export function plainMath(tex: string): string {
  const lines = tex.replace(/\\\\(\[[^\]]*\])?/g, '; ').replace(/\\(leftarrow|gets|rightarrow|to|Rightarrow|approx|leq|geq|neq|times)(?![A-Za-z])/g, (_all, name: string) => ARROWS[name]!);
  // The group scan is linear per command: a formula past the page's own limits is left as is.
  return plainTex(lines.length > MAX_SCANNED ? lines : fractionsAndRoots(lines)).replace(/\\/g, ' ').replace(/\s+/g, ' ').replace(/ ;/g, ';').trim();
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
