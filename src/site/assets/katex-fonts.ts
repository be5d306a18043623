/**
 * Which KaTeX fonts a site needs. katex.css maps classes to font families (`.katex .mathbf
 * {font-family:KaTeX_Main;font-weight:700}`); the classes present in our rendered HTML tell
 * which families, weights and styles occur, and only those @font-face rules are shipped —
 * woff2 only, `font-display: swap`, pointing at content-hashed font files.
 *
 * The match is deliberately generous (a rule counts when all its classes occur somewhere in
 * the site, weights × styles per family): a missing face would fall back to a system font,
 * an extra one costs a few CSS bytes (browsers only download faces they use).
 */

export interface FontFaceRule {
  family: string;
  weight: number;
  style: 'normal' | 'italic';
  /** woff2 file name, e.g. "KaTeX_Main-Regular.woff2". */
  file: string;
}

export interface ParsedKatexCss {
  faces: FontFaceRule[];
  /** katex.css without its @font-face rules. */
  rest: string;
  /** Rules that set a font: the classes each selector needs and what it sets. */
  fontRules: Array<{ classes: string[]; family: string | null; bold: boolean; italic: boolean }>;
}

function decl(body: string, prop: string): string | null {
  const m = new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*([^;]*)`).exec(body);
  return m?.[1]?.trim() ?? null;
}

export function parseKatexCss(css: string): ParsedKatexCss {
  const faces: FontFaceRule[] = [];
  const rest = css.replace(/@font-face\s*\{([^}]*)\}/g, (_m, body: string) => {
    const family = decl(body, 'font-family')?.replace(/["']/g, '') ?? '';
    const weight = Number(decl(body, 'font-weight') ?? '400') || 400;
    const style = decl(body, 'font-style') === 'italic' ? 'italic' : 'normal';
    const file = /url\((?:["']?)fonts\/([^)"']+\.woff2)/.exec(body)?.[1];
    if (family && file) faces.push({ family, weight, style, file });
    return '';
  });
  const fontRules: ParsedKatexCss['fontRules'] = [];
  for (const m of rest.matchAll(/([^{}@]+)\{([^{}]*)\}/g)) {
    const selectors = m[1] ?? '';
    const body = m[2] ?? '';
    const shorthand = decl(body, 'font');
    const familyDecl = decl(body, 'font-family') ?? (shorthand ? shorthand.replace(/^.*?\d[\d.]*(?:em|px|%)?(?:\/\S+)?\s+/, '') : null);
    const family = familyDecl ? (familyDecl.split(',')[0] ?? '').replace(/["']/g, '').trim() : null;
    const weight = decl(body, 'font-weight');
    const bold = weight === 'bold' || weight === '700';
    const italic = decl(body, 'font-style') === 'italic';
    if (!family?.startsWith('KaTeX_') && !bold && !italic) continue;
    for (const sel of selectors.split(',')) {
      const classes = [...sel.matchAll(/\.([A-Za-z0-9_-]+)/g)].map((x) => x[1] ?? '').filter((c) => c !== '');
      fontRules.push({ classes, family: family?.startsWith('KaTeX_') ? family : null, bold, italic });
    }
  }
  return { faces, rest, fontRules };
}

/** Every class name used in some HTML. */
export function classesIn(htmls: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const html of htmls) for (const m of html.matchAll(/\sclass="([^"]*)"/g)) for (const c of (m[1] ?? '').split(/\s+/)) if (c) out.add(c);
  return out;
}

/** The @font-face rules needed for HTML using `classes`. */
export function neededFaces(parsed: ParsedKatexCss, classes: Set<string>): FontFaceRule[] {
  if (!classes.has('katex')) return [];
  const families = new Set<string>();
  let bold = false;
  let italic = false;
  for (const r of parsed.fontRules) {
    if (!r.classes.every((c) => classes.has(c))) continue;
    if (r.family) families.add(r.family);
    bold ||= r.bold;
    italic ||= r.italic;
  }
  return parsed.faces.filter((f) => families.has(f.family) && (f.weight === 400 || bold) && (f.style === 'normal' || italic));
}

/** The @font-face rule text for one face, given the URL of its file relative to the CSS. */
export function faceCss(f: FontFaceRule, url: string): string {
  return `@font-face{font-display:swap;font-family:${f.family};font-style:${f.style};font-weight:${f.weight};src:url(${url}) format("woff2")}`;
}
