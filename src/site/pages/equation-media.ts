/**
 * The files an equation page offers beside itself: `equation.svg` (the formula, for slides and
 * documents) and `card.png` (its Open Graph card). Made on demand when the page is rendered, and
 * dropped once handed to the writer, so a large site never holds them all.
 */
import { compileLatex } from '../../katex/compile.js';
import type { OutputFile } from '../../output.js';
import type { Collection, Equation } from '../../types.js';
import type { EquationImageInput, SiteCollection, SiteDeps, SiteEquation } from '../model.js';

/** What an equation's images are made from (also the build's cache check, so it must match). */
export function imageInputOf(collection: Collection, eq: Equation, description: string): EquationImageInput {
  // The check's verdict (remembered by content), not a typeset: the page shows the linked form.
  const verdict = compileLatex(eq.latex, true);
  return { name: eq.nameText, latex: eq.latex, collection: collection.title, description, renders: !verdict.tooLarge && verdict.error === null };
}

export interface EquationMedia {
  /** Site-relative path of the SVG, when there is one. */
  svg: string | null;
  /** Site-relative path of the card PNG. */
  card: string;
  files: OutputFile[];
}

export const SVG_FILE = 'equation.svg';
export const CARD_FILE = 'card.png';

/** A lazy, once-only maker of one equation's media (null without the images dependency). */
export function equationMedia(sc: SiteCollection, se: SiteEquation, deps: SiteDeps, description: () => string): { get: () => EquationMedia | null; take: () => OutputFile[] } {
  let made: EquationMedia | null | undefined;
  const get = (): EquationMedia | null => {
    if (made !== undefined) return made;
    if (!deps.equationImages) return (made = null);
    const dir = sc.paths.equation(se.eq.slug);
    const images = deps.equationImages(imageInputOf(sc.collection, se.eq, description()));
    if (!images) return (made = null);
    const files: OutputFile[] = [{ path: `${dir}${CARD_FILE}`, contents: images.png }];
    if (images.svg !== null) files.push({ path: `${dir}${SVG_FILE}`, contents: images.svg });
    return (made = { svg: images.svg === null ? null : `${dir}${SVG_FILE}`, card: `${dir}${CARD_FILE}`, files });
  };
  // The files go to the writer once; the paths stay (the page may be rendered again in dev).
  const take = (): OutputFile[] => {
    const m = get();
    if (!m) return [];
    const files = m.files;
    m.files = [];
    return files;
  };
  return { get, take };
}
