/**
 * The logo SVG, rebuilt from an allow-list (pure). Pages show the logo through `<img>`, where an
 * SVG never runs script; but the asset has its own URL, and an SVG opened there is a document
 * of the site's origin. So the published file keeps only drawing: allowed elements (shapes, text,
 * gradients, clip paths, masks, filters, `<style>`) with allowed attributes, and nothing that
 * runs or loads: no `<script>`, `<foreignObject>`, animation, `<a>` (its children stay), event
 * handler, `javascript:`/`data:` value, or reference outside the file (`href` only to `#id`, an
 * `<image>` only of an embedded PNG, JPEG, GIF or WebP; `url(…)` only to `#id`; no `@import`).
 *
 * The file is read with a small XML tokenizer and written anew from what it found, every name
 * from the allow-list and every text and value escaped: what the browser parses is what was
 * checked. DOCTYPEs (and their entities), comments and processing instructions are dropped.
 */

const ELEMENTS = new Set(
  (
    'svg g defs symbol use title desc path rect circle ellipse line polyline polygon text tspan textPath ' +
    'linearGradient radialGradient stop clipPath mask pattern marker style image filter feBlend feColorMatrix ' +
    'feComponentTransfer feComposite feFlood feGaussianBlur feMerge feMergeNode feOffset feFuncR feFuncG feFuncB ' +
    'feFuncA feMorphology feDropShadow'
  ).split(' '),
);

/** Elements whose children stay while they go. */
const UNWRAP = new Set(['a', 'switch']);

const ATTRIBUTES = new Set(
  (
    'id class style transform d x y x1 y1 x2 y2 cx cy r rx ry fx fy fr width height viewBox preserveAspectRatio points ' +
    'fill fill-opacity fill-rule stroke stroke-width stroke-linecap stroke-linejoin stroke-miterlimit stroke-dasharray ' +
    'stroke-dashoffset stroke-opacity opacity offset stop-color stop-opacity gradientUnits gradientTransform spreadMethod ' +
    'clip-path clip-rule clipPathUnits mask maskUnits maskContentUnits patternUnits patternContentUnits patternTransform ' +
    'font-family font-size font-weight font-style text-anchor dominant-baseline alignment-baseline baseline-shift ' +
    'letter-spacing word-spacing dx dy rotate textLength lengthAdjust startOffset href xlink:href filter filterUnits ' +
    'primitiveUnits in in2 result stdDeviation mode operator k1 k2 k3 k4 values type tableValues slope intercept amplitude ' +
    'exponent radius flood-color flood-opacity color display visibility overflow marker-start marker-mid marker-end ' +
    'markerWidth markerHeight markerUnits refX refY orient version xml:space paint-order vector-effect shape-rendering ' +
    'text-rendering image-rendering color-interpolation-filters pathLength lang xml:lang role aria-label aria-hidden'
  ).split(' '),
);

const EMBEDDED_IMAGE = /^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]*$/;

/** CSS (a `style` attribute or element, a presentation value) that loads or runs nothing. */
function safeCss(css: string): boolean {
  if (/@import|expression\s*\(|javascript:|behavior\s*:|-moz-binding|\\/i.test(css)) return false;
  for (const m of css.matchAll(/url\s*\(\s*(['"]?)([^'")]*)/gi)) if (!m[2]!.trim().startsWith('#')) return false;
  return true;
}

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos|[A-Za-z][\w.-]*);/g, (_, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    if (e.startsWith('#')) {
      const code = e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return ''; // an entity of a DOCTYPE: not expanded
  });
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function keepAttribute(element: string, name: string, value: string): boolean {
  if (!ATTRIBUTES.has(name)) return false;
  const v = value.trim();
  if (name === 'href' || name === 'xlink:href') return v.startsWith('#') || (element === 'image' && EMBEDDED_IMAGE.test(v));
  if (/^\s*(javascript|vbscript|data):/i.test(v.replace(/[\u0000-\u0020]/g, ''))) return false;
  return safeCss(v);
}

/** Where and why the file could not be read (the caller names the config key). */
export class SvgError extends Error {}

const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>|<\/([A-Za-z_][\w.:-]*)\s*>|<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_:][\w.:-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|(<)/gy;
const ATTRIBUTE = /([A-Za-z_:][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The SVG with only what draws (see the module comment); throws SvgError when it is not a well-formed SVG. */
export function sanitizeSvg(source: string): string {
  const text = source.replace(/^\uFEFF/, '');
  const out: string[] = [];
  /** Open elements: the name as written, and how it is kept. */
  const stack: Array<{ name: string; kept: 'keep' | 'unwrap' | 'drop' }> = [];
  let dropping = 0;
  let root = false;
  let usesXlink = false;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const [, cdata, close, open, attrs, selfClose, chars, stray] = m;
    if (stray !== undefined) throw new SvgError(`is not well-formed XML (a stray "<" at character ${m.index})`);
    const inText = stack.length > 0 && dropping === 0;
    if (chars !== undefined || cdata !== undefined) {
      const value = chars !== undefined ? decode(chars) : cdata!;
      if (!inText) {
        if (value.trim() && stack.length === 0) throw new SvgError('is not an SVG image (text outside the <svg> element)');
        continue;
      }
      const parent = stack[stack.length - 1]!.name;
      if (parent === 'style' && !safeCss(value)) throw new SvgError('has a <style> that loads or runs something (@import, url() to another file, script)');
      out.push(escape(value));
      continue;
    }
    if (close !== undefined) {
      const top = stack.pop();
      if (!top || top.name !== close) throw new SvgError(`is not well-formed XML (</${close}> closes ${top ? `<${top.name}>` : 'nothing'})`);
      if (top.kept === 'drop') dropping--;
      else if (top.kept === 'keep') out.push(`</${close}>`);
      continue;
    }
    if (open === undefined) continue; // a comment, processing instruction or DOCTYPE
    if (stack.length === 0) {
      if (root) throw new SvgError('is not well-formed XML (more than one root element)');
      if (open !== 'svg') throw new SvgError(`is not an SVG image (its root element is <${open}>)`);
      root = true;
    }
    const kept = dropping > 0 ? 'drop' : ELEMENTS.has(open) ? 'keep' : UNWRAP.has(open) ? 'unwrap' : 'drop';
    if (kept === 'keep') {
      let tag = `<${open}`;
      if (stack.length === 0) tag += ' xmlns="http://www.w3.org/2000/svg"';
      for (const a of (attrs ?? '').matchAll(ATTRIBUTE)) {
        const name = a[1]!;
        const value = decode(a[2] ?? a[3] ?? '');
        if (!keepAttribute(open, name, value)) continue;
        if (name.startsWith('xlink:')) usesXlink = true;
        tag += ` ${name}="${escape(value)}"`;
      }
      out.push(selfClose ? `${tag}/>` : `${tag}>`);
    }
    if (!selfClose) {
      stack.push({ name: open, kept });
      if (kept === 'drop') dropping++;
    }
  }
  if (TOKEN.lastIndex !== 0 && TOKEN.lastIndex < text.length) throw new SvgError('is not well-formed XML');
  if (!root) throw new SvgError('is not an SVG image (no <svg> element)');
  if (stack.length > 0) throw new SvgError(`is not well-formed XML (<${stack[stack.length - 1]!.name}> is never closed)`);
  const svg = out.join('');
  return usesXlink ? svg.replace('<svg xmlns="http://www.w3.org/2000/svg"', '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"') : svg;
}
