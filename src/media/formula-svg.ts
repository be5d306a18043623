/** The shape of one formula drawn by MathJax, shared by the SVG, the card and the KaTeX-size fitting. */
/** MathJax's SVG of one formula: the markup plus its size in ex (MathJax's own unit). */
export interface FormulaSvg {
  /** The `<svg>` element as MathJax wrote it (paths only). */
  svg: string;
  widthEx: number;
  heightEx: number;
  /** The viewBox, "minX minY width height" in MathJax's units (1000 per em). */
  viewBox: [number, number, number, number];
}
