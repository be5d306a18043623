// Entry of the browser code. Browser code never imports Node modules.
import './styles.css';
import { installCopyButtons } from './copy.js';
import { installSearchLoader } from './search-loader.js';
import { installThemeToggle } from './theme.js';

// Vite's import.meta.glob (typed here because the client tsconfig loads no Vite types).
declare global {
  interface ImportMeta {
    glob<T = unknown>(pattern: string, options: { eager: true }): Record<string, T>;
  }
}

// Symbol linking is another module that may not be in the checkout yet: an eager glob
// imports it when present and yields nothing otherwise, so the bundle builds either way.
type SymbolLinks = { installSymbolLinks?: (doc: Document) => void };
const symbolLinks = import.meta.glob<SymbolLinks>('./symbol-links.ts', { eager: true });
import.meta.glob('./symbol-links.css', { eager: true });

function start(): void {
  installThemeToggle(document);
  installCopyButtons(document);
  installSearchLoader(document);
  for (const mod of Object.values(symbolLinks)) mod.installSymbolLinks?.(document);
}

// Module scripts run after parsing, so the document is complete here.
start();
