// Holds back one of the site's scripts so a test can act before it arrives, as a reader on a slow
// network does, then lets it load. `asked` turns true once the page has requested it.
import type { Page } from 'playwright-core';

export interface Held {
  asked(): boolean;
  release(): void;
}

export async function holdScript(page: Page, pattern: RegExp): Promise<Held> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let asked = false;
  await page.route(pattern, async (route) => {
    asked = true;
    await held;
    await route.continue();
  });
  return { asked: () => asked, release: () => release() };
}
