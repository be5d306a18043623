/** The notation index's filter box: hides the symbol groups whose symbol and meanings do not hold every typed word. */
export function installSymbolsFilter(doc: Document): void {
  const input = doc.getElementById('symbol-filter');
  const row = input?.closest<HTMLElement>('.symbol-filter');
  const groups = [...doc.querySelectorAll<HTMLElement>('.symbol-index .symbol-group')];
  if (!(input instanceof HTMLInputElement) || !row || groups.length === 0) return;
  row.hidden = false;
  const count = row.querySelector<HTMLElement>('.symbol-filter-count');
  // The symbol's TeX (KaTeX's annotation), its key and the meanings' words, once.
  const texts = groups.map((g) => `${g.dataset.key ?? ''} ${g.textContent ?? ''}`.toLowerCase().replace(/\\/g, ''));
  input.addEventListener('input', () => {
    const words = input.value.toLowerCase().replace(/\\/g, '').split(/\s+/).filter(Boolean);
    let shown = 0;
    groups.forEach((g, k) => {
      const hit = words.every((w) => texts[k]!.includes(w));
      g.hidden = !hit;
      if (hit) shown++;
    });
    if (count) count.textContent = words.length ? `${shown} of ${groups.length} shown` : '';
  });
}
