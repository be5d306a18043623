// The dev error overlay's HTML: content is escaped, the caret sits under the column (tabs and
// long lines included), and the overlay goes at the end of the page's body.
import { describe, expect, it } from 'vitest';
import { caretLines, overlayHtml, withOverlay, type DevProblem } from '../../src/serve/dev-overlay.js';

const problem = (over: Partial<DevProblem> = {}): DevProblem => ({ file: 'a.md', line: 3, column: 5, message: 'bad', ruleId: 'katex-error', source: '$x + y$', absolute: '/p/a.md', ...over });

describe('the dev error overlay', () => {
  it('escapes the message, the source line and the file name', () => {
    const html = overlayHtml([problem({ file: 'a<b>.md', message: '<img src=x onerror=alert(1)>', source: '$</pre><script>alert(1)</script>$' })]);
    expect(html).not.toMatch(/<img|<script>|<b>/);
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });

  it('puts the caret under the column, with tabs as one space and long lines cut around it', () => {
    expect(caretLines('\t$x$', 3)).toEqual({ code: ' $x$', caret: '  ^' });
    const long = `${'a'.repeat(500)}X${'b'.repeat(500)}`;
    const { code, caret } = caretLines(long, 501);
    expect(code.length).toBeLessThan(170);
    expect(code[caret.length - 1]).toBe('X');
  });

  it('links to the file at its line and column in the editor, or not at all without a path', () => {
    expect(overlayHtml([problem()])).toContain('href="/__open-in-editor?file=%2Fp%2Fa.md%3A3%3A5"');
    expect(overlayHtml([problem({ absolute: null })])).not.toContain('__open-in-editor');
  });

  it('goes last in the body, after the page content', () => {
    const page = withOverlay('<html><body><main>old</main></body></html>', [problem()]);
    expect(page.indexOf('<main>old</main>')).toBeLessThan(page.indexOf('id="formulary-error-overlay"'));
    expect(page.endsWith('</body></html>')).toBe(true);
  });
});
