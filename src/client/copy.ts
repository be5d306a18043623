import { pageMathml, writeMathml } from './copy-mathml.js';
import { uiText } from './ui-text.js';

/**
 * "Copy LaTeX" / "Copy MathML" / "Copy link" buttons of equation pages (`<button data-copy="latex|mathml|link">`).
 * The buttons ship hidden and are shown here, since without JavaScript they could do nothing.
 * The result is announced in the page's `role="status"` region.
 */

async function writeText(doc: Document, text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    await navigator.clipboard.writeText(text);
    return;
  }
  // Older browsers / insecure origins: a temporary textarea and execCommand.
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  doc.body.append(area);
  area.select();
  const ok = doc.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy refused');
}

function pageLink(doc: Document): string {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  return canonical ? new URL(canonical.getAttribute('href') ?? '', doc.location.href).href : doc.location.href.split('#')[0] ?? '';
}

export function installCopyButtons(doc: Document): void {
  const status = doc.querySelector<HTMLElement>('.copy-status');
  let timer: number | undefined;
  const say = (text: string): void => {
    if (!status) return;
    status.textContent = text;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      status.textContent = '';
    }, 4000);
  };
  for (const button of doc.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const kind = button.dataset.copy;
    const mathml = kind === 'mathml' ? pageMathml(doc) : null;
    // No MathML in the page (a formula KaTeX could not typeset): the button stays hidden.
    if (kind === 'mathml' && mathml === null) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      if (mathml !== null) {
        writeMathml(mathml, (text) => writeText(doc, text)).then(
          () => say('MathML copied to the clipboard.'),
          () => say(uiText('copy.failed')),
        );
        return;
      }
      const text = kind === 'latex' ? (button.dataset.latex ?? '') : pageLink(doc);
      writeText(doc, text).then(
        () => say(uiText(kind === 'latex' ? 'copy.latex' : 'copy.link')),
        () => say(uiText('copy.failed')),
      );
    });
  }
}
