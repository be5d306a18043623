/**
 * MathJax set up to lay a formula out the way KaTeX does, so that the SVG has the proportions of
 * the formula on the page (KaTeX is the reference and is never changed):
 *
 * - the MathJax TeX font (KaTeX's fonts are its glyphs) with KaTeX's rule thickness and x-height,
 *   so fraction bars, radicals and script shifts match (MathJax's 0.06 em rule pushed σ_B^2 over a
 *   radical size threshold);
 * - `\big`…`\Bigg` take KaTeX's delimiter sizes (1.2, 1.8, 2.4, 3.0 em; MathJax asks for a hair
 *   more and got the next size);
 * - rows of `cases` and of the AMS alignments get KaTeX's row struts (`\arraystretch` 1.2 for
 *   cases, so its brace is KaTeX's 3 em one), with `cases` losing MathJax's own row gap;
 * - what KaTeX's metrics still make taller (a display ∑ is 0.1 em taller above and below in
 *   KaTeX's font tables than in MathJax's) becomes room in the viewBox: the SVG's box is at least
 *   KaTeX's box (its struts' height and depth), so it sits in text like the page's formula.
 */
import type { FormulaSvg } from './formula-svg.js';

/** KaTeX's font parameters where MathJax's TeX font differs (KaTeX fontMetrics: defaultRuleThickness, sqrtRuleThickness, xHeight). */
export const KATEX_FONT_PARAMS = { rule_thickness: 0.04, surd_height: 0.04, x_height: 0.431 };

/** Environments whose rows KaTeX sets on struts: \arraystretch (KaTeX's environments/array). */
const ROW_STRETCH: Record<string, number> = {
  cases: 1.2,
  dcases: 1.2,
  rcases: 1.2,
  drcases: 1.2,
  aligned: 1,
  align: 1,
  'align*': 1,
  alignedat: 1,
  alignat: 1,
  'alignat*': 1,
  gathered: 1,
  gather: 1,
  'gather*': 1,
  split: 1,
};

const em = (n: number): string => `${Math.round(n * 1000) / 1000}em`;

/** KaTeX's \@arstrut for one row: 0.7 and 0.3 of \arraystretch × 12 pt (1.2 em). */
function strut(env: string): string {
  const skip = (ROW_STRETCH[env] ?? 1) * 1.2;
  return `\\rule[-${em(0.3 * skip)}]{0em}{${em(skip)}}`;
}

/**
 * The LaTeX with an invisible strut ending each row of the environments KaTeX sets on struts
 * (a row that is empty, like the one after a trailing `\\`, gets none: KaTeX drops it).
 */
export function withKatexRows(latex: string): string {
  const stack: Array<{ env: string; depth: number; rowStart: number }> = [];
  const token = /\\begin\{([^}]*)\}|\\end\{([^}]*)\}|\\\\|\\[\s\S]|[{}]/g;
  let depth = 0;
  let out = '';
  let last = 0;
  for (let m = token.exec(latex); m; m = token.exec(latex)) {
    out += latex.slice(last, m.index);
    last = token.lastIndex;
    const top = stack[stack.length - 1];
    const inRows = top !== undefined && ROW_STRETCH[top.env] !== undefined && top.depth === depth;
    if (m[1] !== undefined) {
      stack.push({ env: m[1], depth, rowStart: token.lastIndex });
    } else if (m[2] !== undefined) {
      if (inRows && top.env === m[2] && /\S/.test(latex.slice(top.rowStart, m.index))) out += strut(top.env);
      stack.pop();
    } else if (m[0] === '\\\\') {
      if (inRows) {
        out += strut(top.env);
        top.rowStart = token.lastIndex;
      }
    } else if (m[0] === '{') {
      depth += 1;
    } else if (m[0] === '}') {
      depth -= 1;
    }
    out += m[0];
  }
  return out + latex.slice(last);
}

let registered: Promise<string> | null = null;

/** Registers the TeX package that gives `\big`… and `cases` KaTeX's sizes; resolves to its name. */
export function katexSizesPackage(): Promise<string> {
  registered ??= register();
  return registered;
}

async function register(): Promise<string> {
  const [{ Configuration }, { CommandMap, EnvironmentMap }, { default: BaseMethods }, { default: ParseMethods }, { AmsMethods }, { TEXCLASS }] = await Promise.all([
    import('@mathjax/src/js/input/tex/Configuration.js'),
    import('@mathjax/src/js/input/tex/TokenMap.js'),
    import('@mathjax/src/js/input/tex/base/BaseMethods.js'),
    import('@mathjax/src/js/input/tex/ParseMethods.js'),
    import('@mathjax/src/js/input/tex/ams/AmsMethods.js'),
    import('@mathjax/src/js/core/MmlTree/MmlNode.js'),
  ]);
  const name = 'formulary-katex-sizes';
  // MathJax makes \big at least 0.85 × 1.2/0.85 em: the TeX font's 1.2 em paren is a rounding
  // error short of it, so MathJax took the 1.8 em one. 2% less picks KaTeX's size.
  const sizes: Record<string, number> = { big: 0.85, Big: 1.15, bigg: 1.45, Bigg: 1.75 };
  const classes: Record<string, number> = { '': TEXCLASS.ORD, l: TEXCLASS.OPEN, r: TEXCLASS.CLOSE, m: TEXCLASS.REL };
  const makeBig = BaseMethods.MakeBig!;
  const macros: ConstructorParameters<typeof CommandMap>[1] = {};
  for (const [macro, size] of Object.entries(sizes)) for (const [suffix, texClass] of Object.entries(classes)) macros[macro + suffix] = [makeBig, texClass, size * 0.98];
  new CommandMap(`${name}-macros`, macros);
  // cases as in AMS, without MathJax's 0.2 em between rows (the rows carry KaTeX's struts).
  new EnvironmentMap(`${name}-environments`, ParseMethods.environment as unknown as ConstructorParameters<typeof EnvironmentMap>[1], { cases: [AmsMethods.Array!, null, '\\{', '.', 'll', null, '0em', 'T'] });
  Configuration.create(name, { handler: { macro: [`${name}-macros`], environment: [`${name}-environments`] } });
  return name;
}

/** KaTeX's box of a formula in em, from its HTML: the tallest strut above and below the baseline. */
export function katexBox(html: string): { ascent: number; descent: number } | null {
  let ascent = 0;
  let descent = 0;
  let found = false;
  for (const m of html.matchAll(/class="strut" style="height:(-?[\d.]+)em;(?:vertical-align:(-?[\d.]+)em;)?/g)) {
    const height = Number(m[1]);
    const depth = -Number(m[2] ?? 0);
    ascent = Math.max(ascent, height - depth);
    descent = Math.max(descent, depth);
    found = true;
  }
  return found ? { ascent, descent } : null;
}

/** The SVG with its viewBox grown (never cut) vertically to cover KaTeX's box; the ink stays. */
export function fitToKatexBox(f: FormulaSvg, box: { ascent: number; descent: number } | null): FormulaSvg {
  if (!box) return f;
  const [x, y, w, h] = f.viewBox;
  const top = Math.min(y, -Math.round(box.ascent * 1000));
  const bottom = Math.max(y + h, Math.round(box.descent * 1000));
  if (top === y && bottom === y + h) return f;
  const viewBox: [number, number, number, number] = [x, top, w, bottom - top];
  const exPerUnit = f.widthEx / w;
  const heightEx = Math.round((bottom - top) * exPerUnit * 1000) / 1000;
  const svg = f.svg.replace(/^<svg\b[^>]*>/, (open) =>
    open.replace(/\bheight="[\d.]+ex"/, `height="${heightEx}ex"`).replace(/\bviewBox="[^"]*"/, `viewBox="${viewBox.join(' ')}"`),
  );
  return { svg, widthEx: f.widthEx, heightEx, viewBox };
}
