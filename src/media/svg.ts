/**
 * A self-contained SVG of a formula, made without a browser by MathJax 4's SVG output from the
 * same LaTeX KaTeX typesets: glyphs are paths (no fonts, `fontCache: 'none'`), so the file shows
 * the same anywhere (slides, documents, image viewers). The standalone file carries `<title>`
 * (the equation's name) and `<desc>` (its LaTeX).
 *
 * MathJax is loaded on demand (only `build` pays for it) and every dynamic font range is loaded
 * up front, after which typesetting is synchronous and fits the lazy page renderer. It uses the
 * MathJax TeX font (KaTeX's glyphs) and is set up to lay formulas out as KaTeX does
 * (media/mathjax-katex.ts); chemistry (`\ce`, `\pu`) goes through MathJax's mhchem, as KaTeX's does.
 */
import type { FormulaSvg } from './formula-svg.js';
import { KATEX_FONT_PARAMS, katexSizesPackage, withKatexRows } from './mathjax-katex.js';

/** Typesets display LaTeX, or returns null when MathJax cannot (an unknown command). */
export type SvgTypesetter = (latex: string) => FormulaSvg | null;

/** TeX packages close to what KaTeX accepts; anything else makes MathJax refuse, and the equation gets no SVG. */
const PACKAGES = ['base', 'ams', 'newcommand', 'boldsymbol', 'mathtools', 'cancel', 'color', 'braket', 'bbox', 'textmacros', 'mhchem'];

let pending: Promise<SvgTypesetter> | null = null;

/** The typesetter, loaded once per process. */
export function loadSvgTypesetter(): Promise<SvgTypesetter> {
  pending ??= load();
  return pending;
}

async function load(): Promise<SvgTypesetter> {
  const [{ mathjax }, { TeX }, { SVG }, { liteAdaptor }, { RegisterHTMLHandler }, { MathJaxTexFont }, { MathJaxMhchemFontExtension }] = await Promise.all([
    import('@mathjax/src/js/mathjax.js'),
    import('@mathjax/src/js/input/tex.js'),
    import('@mathjax/src/js/output/svg.js'),
    import('@mathjax/src/js/adaptors/liteAdaptor.js'),
    import('@mathjax/src/js/handlers/html.js'),
    import('@mathjax/mathjax-tex-font/js/svg.js'),
    import('@mathjax/mathjax-mhchem-font-extension/js/svg.js'),
  ]);
  await Promise.all([
    import('@mathjax/src/js/util/asyncLoad/esm.js'),
    import('@mathjax/src/js/input/tex/base/BaseConfiguration.js'),
    import('@mathjax/src/js/input/tex/ams/AmsConfiguration.js'),
    import('@mathjax/src/js/input/tex/newcommand/NewcommandConfiguration.js'),
    import('@mathjax/src/js/input/tex/boldsymbol/BoldsymbolConfiguration.js'),
    import('@mathjax/src/js/input/tex/mathtools/MathtoolsConfiguration.js'),
    import('@mathjax/src/js/input/tex/cancel/CancelConfiguration.js'),
    import('@mathjax/src/js/input/tex/color/ColorConfiguration.js'),
    import('@mathjax/src/js/input/tex/braket/BraketConfiguration.js'),
    import('@mathjax/src/js/input/tex/bbox/BboxConfiguration.js'),
    import('@mathjax/src/js/input/tex/textmacros/TextMacrosConfiguration.js'),
    import('@mathjax/src/js/input/tex/mhchem/MhchemConfiguration.js'),
  ]);
  const katexSizes = await katexSizesPackage();
  const adaptor = liteAdaptor();
  RegisterHTMLHandler(adaptor);
  const tex = new TeX({
    // Last, so its \big… and cases win over base and ams.
    packages: [...PACKAGES, katexSizes],
    // A TeX error becomes an exception (caught below), never red error text inside an image.
    formatError: (_jax: unknown, err: Error) => {
      throw err;
    },
  });
  // mhchem's arrows are glyphs of its font extension (added to the font before it is made).
  MathJaxTexFont.addExtension(MathJaxMhchemFontExtension);
  const svg = new SVG({ fontCache: 'none', fontData: MathJaxTexFont });
  const doc = mathjax.document('', { InputJax: tex, OutputJax: svg });
  await svg.font.loadDynamicFiles();
  Object.assign(svg.font.params, KATEX_FONT_PARAMS);
  return (latex: string): FormulaSvg | null => {
    try {
      const node = doc.convert(withKatexRows(latex), { display: true });
      const markup = adaptor.innerHTML(node);
      return parseFormulaSvg(markup);
    } catch {
      return null;
    } finally {
      doc.clear();
    }
  };
}

/** Reads MathJax's `<svg>`: size in ex and viewBox; drops its data-* attributes (the LaTeX is in <desc>). */
export function parseFormulaSvg(markup: string): FormulaSvg | null {
  const open = /^<svg\b[^>]*>/.exec(markup)?.[0];
  if (!open || /data-mjx-error|merror/.test(markup)) return null;
  const width = /\bwidth="([\d.]+)ex"/.exec(open);
  const height = /\bheight="([\d.]+)ex"/.exec(open);
  const box = /\bviewBox="([^"]+)"/.exec(open)?.[1]?.split(/\s+/).map(Number);
  if (!width || !height || !box || box.length !== 4 || box.some((n) => !Number.isFinite(n))) return null;
  const svg = markup.replace(/\s(data-[a-z-]+|style)="[^"]*"/g, '');
  return { svg, widthEx: Number(width[1]), heightEx: Number(height[1]), viewBox: box as [number, number, number, number] };
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** The file offered for download: an XML declaration, black ink, `<title>` and `<desc>`. */
export function standaloneSvg(f: FormulaSvg, name: string, latex: string): string {
  const body = f.svg
    .replace(/^<svg\b([^>]*)>/, (_m, attrs: string) => `<svg${attrs.replace(/\srole="img"|\sfocusable="false"/g, '')} role="img" aria-labelledby="title desc" color="#000">`)
    .replace(/^(<svg\b[^>]*>)/, `$1<title id="title">${escapeXml(name)}</title><desc id="desc">${escapeXml(latex)}</desc>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`;
}
