// Our serializer writes exactly what hast-util-to-html writes for the trees the site builds
// (the whole seed site was compared byte for byte when it replaced it), and escapes content.
import { describe, expect, it } from 'vitest';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import fc from 'fast-check';
import type { Root } from 'hast';
import { serialize } from '../../src/site/pages/serialize.js';

/** hast-util-to-html plus escaping of < and > in attribute values, which ours adds. */
function reference(tree: Root): string {
  const html = toHtml(tree, { allowDangerousHtml: true, upperDoctype: true });
  return html.replace(/="([^"]*)"/g, (_m, v: string) => `="${v.replace(/</g, '&#x3C;').replace(/>/g, '&#x3E;')}"`);
}

const hostile = fc.constantFrom('<script>alert(1)</script>', '"><svg onload=alert(1)>', "it's & <b>", '`x`', 'a\u0000b', 'plain', '', ' spaced ', 'ŷ η');

describe('serialize', () => {
  it('matches hast-util-to-html on the shapes the pages use', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'doctype' },
        h('html', { lang: 'en', dataBase: '/sub/' }, [
          h('head', [
            h('meta', { charSet: 'utf-8' }),
            h('meta', { httpEquiv: 'refresh', content: '0; url=/x/' }),
            h('link', { rel: 'stylesheet', href: '/a.css' }),
            h('script', { type: 'application/ld+json' }, '{"a":"\\u003c"}'),
            h('script', { src: '/t.js' }),
          ]),
          h('body', [
            h('a.skip-link', { href: '#main' }, 'Skip'),
            h('input#q', { type: 'search', ariaExpanded: 'false', autoComplete: 'off', hidden: false }),
            h('ul#r', { role: 'listbox', hidden: true }),
            h('button.theme-toggle', { type: 'button', hidden: true, ariaPressed: 'false', dataThemeToggle: '' }, [h('span.visually-hidden', 'Dark')]),
            h('li', { dataVar: 3, tabIndex: 0, className: ['a', 'b'] }, 'x'),
            { type: 'raw', value: '<span class="katex">raw & <b>kept</b></span>' } as never,
            h('br'),
            h('details', { open: true }, [h('summary', 'Prompt')]),
          ]),
        ]),
      ],
    };
    expect(serialize(tree)).toBe(reference(tree));
  });

  it('escapes any content text and attribute value the same way', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (text, title, href) => {
        const tree: Root = { type: 'root', children: [h('p', { title, dataLatex: text }, [h('a', { href }, text)])] };
        const html = serialize(tree);
        expect(html).toBe(reference(tree));
        expect(html).not.toMatch(/<script|<svg|<b>/);
      }),
    );
  });
});
