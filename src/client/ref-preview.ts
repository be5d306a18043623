/**
 * Preview cards of references to equations (`a.eq-ref[data-preview]`, site/pages/reference-links.ts):
 * hovering, focusing or long-pressing a reference shows its target's card, fetched on first use
 * from the build-time fragment `data-preview` names (typeset HTML: no math JavaScript here), in a
 * `role="tooltip"` element the link points at with aria-describedby. Escape, leaving or blurring
 * hides it; a reference already hovered or focused when this code loads shows its card at once.
 * Only classes and `hidden` are set, never style attributes (the CSP has no 'unsafe-inline').
 */

const cards = new Map<string, Promise<DocumentFragment | null>>();

function load(doc: Document, url: string): Promise<DocumentFragment | null> {
  let card = cards.get(url);
  if (!card) {
    card = fetch(url)
      .then((r) => (r.ok ? r.text() : null))
      .then((html) => (html === null ? null : doc.createRange().createContextualFragment(html)))
      .catch(() => null);
    cards.set(url, card);
  }
  return card;
}

export function installReferencePreviews(doc: Document): void {
  let shown: { link: HTMLAnchorElement; tip: HTMLElement } | null = null;
  let next = 0;
  const hide = (): void => {
    if (!shown) return;
    shown.link.removeAttribute('aria-describedby');
    shown.tip.remove();
    shown = null;
  };
  const show = async (link: HTMLAnchorElement): Promise<void> => {
    if (shown?.link === link) return;
    hide();
    const url = link.dataset.preview;
    if (!url) return;
    const card = await load(doc, url);
    if (!card || !link.isConnected || (doc.activeElement !== link && !link.matches(':hover') && !link.classList.contains('eq-ref-pressed'))) return;
    hide();
    const tip = doc.createElement('span');
    tip.className = 'ref-preview';
    tip.id = `ref-preview-${next++}`;
    tip.setAttribute('role', 'tooltip');
    tip.append(card.cloneNode(true));
    link.after(tip);
    link.setAttribute('aria-describedby', tip.id);
    shown = { link, tip };
  };
  const linkOf = (t: EventTarget | null): HTMLAnchorElement | null => (t instanceof Element ? t.closest<HTMLAnchorElement>('a.eq-ref[data-preview]') : null);
  doc.addEventListener('pointerover', (e) => {
    const link = linkOf(e.target);
    if (link && e.pointerType !== 'touch') void show(link);
  });
  doc.addEventListener('pointerout', (e) => {
    const link = linkOf(e.target);
    const to = e.relatedTarget instanceof Node ? e.relatedTarget : null;
    if (link && shown?.link === link && !(to && (link.contains(to) || shown.tip.contains(to))) && doc.activeElement !== link) hide();
  });
  doc.addEventListener('focusin', (e) => {
    const link = linkOf(e.target);
    if (link) void show(link);
  });
  doc.addEventListener('focusout', (e) => {
    if (linkOf(e.target) === shown?.link) hide();
  });
  // A long press (touch's hover) opens the context menu: show the card instead.
  doc.addEventListener('contextmenu', (e) => {
    const link = linkOf(e.target);
    if (!link || !(e instanceof PointerEvent ? e.pointerType === 'touch' : false)) return;
    e.preventDefault();
    link.classList.add('eq-ref-pressed');
    void show(link).finally(() => link.classList.remove('eq-ref-pressed'));
  });
  doc.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide();
  });
  // This code loads after the page: a reader already pointing at or focused on a reference
  // when it arrives gets the card now, not only after leaving and coming back.
  const waiting = linkOf(doc.activeElement) ?? doc.querySelector<HTMLAnchorElement>('a.eq-ref[data-preview]:hover');
  if (waiting) void show(waiting);
}
