/**
 * "Copy MathML": the presentation MathML KaTeX already put in the page (`.katex-mathml math`,
 * with the LaTeX as its annotation), serialised as XML and put on the clipboard as both
 * `text/html` and `text/plain`, so it pastes as an editable equation into Word and LibreOffice
 * (and as MathML source into a text editor).
 */

/** The equation's MathML as standalone XML, or null when the page has none. */
export function pageMathml(doc: Document): string | null {
  const math = doc.querySelector('.formula-box .katex-mathml math');
  if (!math) return null;
  const xml = new XMLSerializer().serializeToString(math);
  return xml.includes('xmlns=') ? xml : xml.replace(/^<math\b/, '<math xmlns="http://www.w3.org/1998/Math/MathML"');
}

/** Puts the MathML on the clipboard as HTML and plain text (plain text only where ClipboardItem is missing). */
export async function writeMathml(xml: string, writeText: (text: string) => Promise<void>): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([xml], { type: 'text/html' }),
        'text/plain': new Blob([xml], { type: 'text/plain' }),
      }),
    ]);
    return;
  }
  await writeText(xml);
}
