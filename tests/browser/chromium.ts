// Debian's Chromium, driven by playwright-core. No test downloads a browser: it is found at
// $CHROMIUM_PATH or /usr/bin/chromium, and a missing one fails with one line saying how to
// install it (never a silent skip).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export function chromiumPath(): string {
  const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(candidate)) {
    throw new Error(`Chromium not found at ${candidate}: install Debian's with 'apt-get install -y chromium' (or set CHROMIUM_PATH)`);
  }
  return candidate;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A headless Chromium with a fresh, throw-away user-data-dir. */
export async function launchChromium(options: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {}): Promise<Browser> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'formulary-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_FLAGS,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  // Playwright gives up on an action, a locator wait or a navigation after 30 s: a wall-clock limit
  // a loaded machine can miss. Like expect.poll (vitest.config.ts), they wait as long as a test may.
  context.setDefaultTimeout(50_000);
  context.setDefaultNavigationTimeout(50_000);
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
