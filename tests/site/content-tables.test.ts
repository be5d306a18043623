// A GFM table in an equation section's content (the author's explanation kept on the equation
// page) renders as a table: cells escaped, math in cells typeset, alignment kept; a paragraph
// that only looks like one (no delimiter row) stays a paragraph.
import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import type { RenderContext } from '../../src/site/context.js';
import { markdownBlock } from '../../src/site/pages/markdown.js';

const ctx = { references: undefined } as unknown as RenderContext;

function html(md: string): string {
  return toHtml({ type: 'root', children: markdownBlock(md, ctx) });
}

describe('tables in author prose', () => {
  it('renders a GFM table with its header, rows, alignment and escaped cells', () => {
    const out = html('| method | axis | needs batch |\n|:---|:---:|---:|\n| layer norm | features | no <b>x</b> |\n| batch norm | batch | yes |');
    expect(out).toContain('<table>');
    expect(out).toContain('<th style="text-align: left">method</th>');
    expect(out).toContain('<td style="text-align: center">features</td>');
    expect(out).toContain('<td style="text-align: right">no &#x3C;b>x&#x3C;/b></td>');
    expect(out).toContain('<td style="text-align: right">yes</td>');
    expect(out).not.toContain('<p>');
  });

  it('keeps a paragraph with pipes but no delimiter row a paragraph', () => {
    const out = html('a | b\nc | d');
    expect(out).not.toContain('<table>');
    expect(out).toContain('<p>');
  });
});
