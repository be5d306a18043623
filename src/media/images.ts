/**
 * Images of an equation for the site: the downloadable SVG and the Open Graph card PNG, made from
 * the same LaTeX (MathJax SVG → card SVG → resvg PNG) and cached by content hash. Loaded by
 * `build` and injected into the renderer as `SiteDeps.equationImages`.
 */
import { ImageCache, imageCacheDir, imageKey } from './image-cache.js';
import type { SvgTypesetter } from './svg.js';
import { loadSvgTypesetter, standaloneSvg } from './svg.js';
import { cardSvg, loadPngRenderer } from './og-card.js';
import { fitToKatexBox, katexBox } from './mathjax-katex.js';
import { typeset as katexTypeset } from '../katex/render.js';
import { anyMedia } from '../katex/limits.js';

export interface EquationImageInput {
  name: string;
  latex: string;
  collection: string;
  /** The text card's sentence, when the formula cannot be shown. */
  description: string;
  /** KaTeX compiles the LaTeX (otherwise: no SVG, a text card). */
  renders: boolean;
}

export interface EquationImages {
  /** The standalone SVG, or null when MathJax could not typeset the formula. */
  svg: string | null;
  /** The 1200×630 card. */
  png: Uint8Array;
}

/** Bump when the look of the images changes: old cache entries are then not reused. */
const IMAGE_VERSION = 'v3';

export interface ImageStats {
  made: number;
  cached: number;
  ms: number;
}

export interface ImageTools {
  typeset: SvgTypesetter;
  png: (svg: string) => Uint8Array;
}

/** MathJax and resvg (about a second to load: a build whose images are all cached skips it). */
export async function loadImageTools(): Promise<ImageTools> {
  const [typeset, png] = await Promise.all([loadSvgTypesetter(), loadPngRenderer()]);
  return { typeset, png };
}

export function imageCacheKey(input: EquationImageInput): string {
  return imageKey([IMAGE_VERSION, input.name, input.latex, input.collection, input.description, input.renders ? '1' : '0']);
}

/** Whether every one of these equations' images is in the cache. */
export function imagesCached(inputs: EquationImageInput[], cacheDir: string | null = imageCacheDir(), allow: (latex: string) => boolean = anyMedia): boolean {
  const cache = new ImageCache(cacheDir);
  return inputs.every((i) => cache.has(imageCacheKey(drawable(i, allow))));
}

export async function loadEquationImages(cacheDir: string | null = imageCacheDir(), stats?: ImageStats): Promise<(input: EquationImageInput) => EquationImages | null> {
  return equationImages(await loadImageTools(), cacheDir, stats);
}

/** The input as drawn: a formula KaTeX cannot compile, or that gets no media (katex/limits.ts), gets a text card. */
function drawable(input: EquationImageInput, allow: (latex: string) => boolean): EquationImageInput {
  return input.renders && !allow(input.latex) ? { ...input, renders: false } : input;
}

/** The images of an equation, from the cache or made with `tools` (null when neither can give them). */
export function equationImages(tools: ImageTools | null, cacheDir: string | null = imageCacheDir(), stats?: ImageStats, allow: (latex: string) => boolean = anyMedia): (input: EquationImageInput) => EquationImages | null {
  const cache = new ImageCache(cacheDir);
  return (asked) => {
    const input = drawable(asked, allow);
    const t0 = performance.now();
    const key = imageCacheKey(input);
    let hit = cache.get(key);
    if (hit) {
      if (stats) stats.cached += 1;
    } else if (!tools) {
      return null;
    } else {
      const { typeset, png } = tools;
      // Equations KaTeX cannot compile, or that get no media, get no SVG and a text card.
      const made = input.renders ? typeset(input.latex) : null;
      // At least KaTeX's box, so the SVG has the proportions of the formula on the page.
      const formula = made && fitToKatexBox(made, katexBox(katexTypeset(input.latex, { display: true }).html ?? ''));
      const svg = formula ? standaloneSvg(formula, input.name, input.latex) : null;
      hit = { svg, png: png(cardSvg({ name: input.name, collection: input.collection, description: input.description }, formula)) };
      cache.set(key, hit);
      if (stats) stats.made += 1;
    }
    if (stats) stats.ms += performance.now() - t0;
    return hit;
  };
}
