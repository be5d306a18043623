/**
 * A prose text with its references to equations made links (site/references.ts): "Eq. 17" or
 * the target's name, to its page. A reference nothing answers to stays as written (`check`
 * reports it). MyST's role (`` {eq}`x` ``: text then code to markdown) is linked by markdown.ts
 * with `referenceLink`, as are references inside a formula (equation-page.ts).
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Collection } from '../../types.js';
import { PROSE_REFERENCE, type ReferenceLink, type SiteReferences } from '../references.js';

export function linkReferences(text: string, refs: { links: SiteReferences; from: Collection | null }): ElementContent[] {
  if (!/\[\[|ref|@eq/.test(text)) return [{ type: 'text', value: text }];
  const out: ElementContent[] = [];
  let last = 0;
  for (const m of text.matchAll(PROSE_REFERENCE)) {
    const target = (m[1] ?? m[3] ?? m[4] ?? m[5])!.trim();
    const link = refs.links.link(target, refs.from, m[2]);
    if (!link) continue;
    if (m.index > last) out.push({ type: 'text', value: text.slice(last, m.index) });
    out.push(referenceAnchor(link));
    last = m.index + m[0].length;
  }
  if (last === 0) return [{ type: 'text', value: text }];
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}

function referenceAnchor(link: ReferenceLink): ElementContent {
  return h('a.eq-ref', { href: link.href, dataPreview: link.preview, title: link.text === link.name ? undefined : link.name }, link.text);
}

/** The link of one reference to `target` (a MyST role's label, a reference inside math), or null when nothing answers to it. */
export function referenceLink(target: string, refs: { links: SiteReferences; from: Collection | null }): ElementContent | null {
  const link = refs.links.link(target.trim(), refs.from);
  return link ? referenceAnchor(link) : null;
}
