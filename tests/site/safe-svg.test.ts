// The logo SVG is published with its own URL: it keeps what draws and loses what runs or loads.
import { describe, expect, it } from 'vitest';
import { sanitizeSvg, SvgError } from '../../src/site/assets/safe-svg.js';

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><linearGradient id="g"><stop offset="0" stop-color="#07c"/></linearGradient></defs><circle cx="5" cy="5" r="4" fill="url(#g)"/><text x="1" y="9" font-size="3">F&amp;Y</text></svg>';

describe('sanitizeSvg', () => {
  it('keeps a plain logo as it draws', () => {
    expect(sanitizeSvg(LOGO)).toBe(LOGO);
  });

  const hostile: Array<[string, string, RegExp]> = [
    ['a script element', '<svg><script>alert(1)</script><rect width="1" height="1"/></svg>', /script|alert/],
    ['a CDATA script', '<svg><script><![CDATA[alert(1)]]></script></svg>', /script|alert/],
    ['an onload handler', '<svg onload="alert(1)"><rect onclick="alert(2)" width="1"/></svg>', /onload|onclick|alert/],
    ['javascript: in a link', '<svg xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="javascript:alert(1)"><rect width="1"/></a></svg>', /javascript|<a/],
    ['an entity-hidden javascript: href', '<svg><use href="&#106;avascript:alert(1)"/></svg>', /avascript/],
    ['foreignObject with HTML', '<svg><foreignObject><body xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(1)"/></body></foreignObject></svg>', /foreignObject|onerror|img/],
    ['an animation that sets href', '<svg><a><animate attributeName="href" to="javascript:alert(1)"/><text>x</text></a></svg>', /animate|javascript/],
    ['a use of another file', '<svg><use href="https://evil.example/x.svg#a"/></svg>', /evil/],
    ['an external image', '<svg><image href="https://evil.example/track.png"/></svg>', /evil/],
    ['a style that imports', '<svg><rect style="fill: url(https://evil.example/a.svg#p)"/></svg>', /evil/],
    ['a presentation attribute that loads', '<svg><rect fill="url(//evil.example/p.svg#a)"/></svg>', /evil/],
    ['a DOCTYPE entity', '<!DOCTYPE svg [<!ENTITY x "<script>alert(1)</script>">]><svg><text>&x;</text></svg>', /script|alert/],
    ['an iframe', '<svg><iframe src="https://evil.example"/></svg>', /iframe|evil/],
    ['a data: href', '<svg><use href="data:image/svg+xml,<svg onload=alert(1)>"/></svg>', /data:|alert/],
  ];
  for (const [what, svg, banned] of hostile) {
    it(`drops ${what}`, () => {
      const clean = sanitizeSvg(svg);
      expect(clean).not.toMatch(banned);
      expect(clean.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    });
  }

  it('keeps an embedded PNG image and #id references', () => {
    const svg = '<svg><symbol id="s"><rect width="1"/></symbol><use href="#s"/><image href="data:image/png;base64,iVBORw0KGgo="/></svg>';
    expect(sanitizeSvg(svg)).toBe('<svg xmlns="http://www.w3.org/2000/svg"><symbol id="s"><rect width="1"/></symbol><use href="#s"/><image href="data:image/png;base64,iVBORw0KGgo="/></svg>');
  });

  it('refuses a <style> element that loads another file, and what is not an SVG', () => {
    expect(() => sanitizeSvg('<svg><style>@import url(https://evil.example/a.css);</style></svg>')).toThrow(SvgError);
    expect(() => sanitizeSvg('<html><script>alert(1)</script></html>')).toThrow(/its root element is <html>/);
    expect(() => sanitizeSvg('<svg><g></svg>')).toThrow(/not well-formed/);
    expect(() => sanitizeSvg('not an image')).toThrow(SvgError);
  });
});
