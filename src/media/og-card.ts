/**
 * The Open Graph card of an equation: a 1200×630 SVG (collection title, the equation's name, the
 * formula scaled to fit what is left), turned into PNG by resvg (no browser, no network). A
 * formula that would be too small to read once fitted, or that MathJax could not typeset, gives
 * a clean text card instead: collection, name, and the start of the where-list sentence.
 */
import type { FormulaSvg } from './formula-svg.js';
import { escapeXml } from './svg.js';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const PAD = 64;
const FONT = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";
/** MathJax units per em; a fitted formula is drawn at most 120 px and at least 22 px per em. */
const UNITS_PER_EM = 1000;
const MAX_EM_PX = 120;
const MIN_EM_PX = 22;

export interface CardText {
  name: string;
  collection: string;
  /** Shown on a text card (no formula): the where-list sentence. */
  description: string;
}

/** Characters drawn about two Latin letters wide: CJK ideographs, kana, Hangul, full-width forms. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const WIDE_ALL = new RegExp(WIDE.source, 'gu');

/** Width in Latin-letter columns (a wide character counts two). */
function columns(text: string): number {
  return text.length + (text.match(WIDE_ALL)?.length ?? 0);
}

/** The start of `text` that fits in `width` columns. */
function clip(text: string, width: number): string {
  let out = '';
  for (const ch of text) {
    if (columns(out + ch) > width) break;
    out += ch;
  }
  return out;
}

/**
 * Pieces a line may break between: words, and each wide character on its own (Chinese and
 * Japanese are written without spaces, so a name in them breaks between characters).
 */
function pieces(text: string): Array<{ text: string; space: boolean }> {
  const out: Array<{ text: string; space: boolean }> = [];
  text.split(' ').forEach((word, w) => {
    (word.match(new RegExp(`${WIDE.source}|(?:(?!${WIDE.source})[^])+`, 'gu')) ?? []).forEach((p, i) => out.push({ text: p, space: w > 0 && i === 0 }));
  });
  return out;
}

/**
 * Splits text into at most `lines` lines of about `perLine` columns (a CJK character is two),
 * the last one clipped with an ellipsis.
 */
export function wrapText(text: string, perLine: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const p of pieces(text.replace(/\s+/g, ' ').trim())) {
    const next = line ? `${line}${p.space ? ' ' : ''}${p.text}` : p.text;
    if (columns(next) <= perLine || !line) {
      line = next;
      continue;
    }
    out.push(line);
    line = p.text;
    if (out.length === lines) break;
  }
  if (out.length < lines && line) out.push(line);
  // Reaching `lines` lines leaves a piece unshown: the last line says so.
  else if (out.length === lines) out[lines - 1] = `${clip(out[lines - 1]!, perLine - 1).replace(/[\s,;:.]+$/, '')}…`;
  return out.map((l) => (columns(l) > perLine ? `${clip(l, perLine - 1)}…` : l));
}

function textLines(lines: string[], x: number, y: number, size: number, lineHeight: number, attrs: string): string {
  return lines.map((l, i) => `<text x="${x}" y="${y + i * lineHeight}" font-size="${size}" ${attrs}>${escapeXml(l)}</text>`).join('');
}

/** The card as SVG; `formula` null (or too wide to read) gives the text card. */
export function cardSvg(text: CardText, formula: FormulaSvg | null): string {
  const inner = CARD_WIDTH - 2 * PAD;
  const head = textLines(wrapText(text.collection, 52, 1), PAD, PAD + 30, 32, 40, `fill="#4a5563" font-family="${FONT}"`);
  const nameSize = 54;
  const nameLines = wrapText(text.name, 36, 2);
  const nameTop = PAD + 30 + 78;
  const name = textLines(nameLines, PAD, nameTop, nameSize, 66, `fill="#111827" font-weight="bold" font-family="${FONT}"`);
  const areaTop = nameTop + (nameLines.length - 1) * 66 + 40;
  const areaHeight = CARD_HEIGHT - PAD - areaTop;
  let body = '';
  const fit = formula ? fitFormula(formula, inner, areaHeight) : null;
  if (formula && fit) {
    const [minX, minY, w, hgt] = formula.viewBox;
    const x = PAD + (inner - w * fit) / 2;
    const y = areaTop + (areaHeight - hgt * fit) / 2;
    body = formula.svg.replace(
      /^<svg\b[^>]*>/,
      `<svg x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(w * fit).toFixed(1)}" height="${(hgt * fit).toFixed(1)}" viewBox="${minX} ${minY} ${w} ${hgt}" color="#111827">`,
    );
  } else {
    body = textLines(wrapText(text.description, 58, 4), PAD, areaTop + 50, 34, 48, `fill="#374151" font-family="${FONT}"`);
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>`,
    `<rect width="14" height="${CARD_HEIGHT}" fill="#2563eb"/>`,
    head,
    name,
    body,
    '</svg>',
  ].join('');
}

/** Scale (px per MathJax unit) that fits the formula in the area, or null when it would be too small to read. */
export function fitFormula(f: FormulaSvg, width: number, height: number): number | null {
  const [, , w, hgt] = f.viewBox;
  if (w <= 0 || hgt <= 0) return null;
  const scale = Math.min(width / w, height / hgt, MAX_EM_PX / UNITS_PER_EM);
  return scale * UNITS_PER_EM < MIN_EM_PX ? null : scale;
}

type ResvgClass = typeof import('@resvg/resvg-js').Resvg;
let resvg: Promise<ResvgClass> | null = null;

/** resvg, loaded on demand (a native module: only `build` needs it). */
export function loadPngRenderer(): Promise<(svg: string) => Uint8Array> {
  resvg ??= import('@resvg/resvg-js').then((m) => m.Resvg);
  return resvg.then((Resvg) => (svg: string) => {
    const r = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' }, background: '#ffffff' });
    return new Uint8Array(r.render().asPng());
  });
}
