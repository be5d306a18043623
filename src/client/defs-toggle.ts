/** "Show all definitions" on equation lists: opens or closes every entry's where-list at once. */
import { uiText } from './ui-text.js';
export function installDefsToggle(doc: Document): void {
  const button = doc.querySelector<HTMLButtonElement>('[data-defs-toggle]');
  const all = [...doc.querySelectorAll<HTMLDetailsElement>('details.eq-defs')];
  if (!button || all.length === 0) return;
  button.hidden = false;
  const sync = (): void => {
    const open = all.every((d) => d.open);
    button.setAttribute('aria-pressed', String(open));
    button.textContent = uiText(open ? 'defs.hide' : 'defs.show');
  };
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-pressed') !== 'true';
    for (const d of all) d.open = open;
    sync();
  });
  for (const d of all) d.addEventListener('toggle', sync);
  // Entries the reader opened before this code ran count too: every one open reads "Hide all".
  sync();
}
