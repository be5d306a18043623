// Entry of the browser code. Browser code never imports Node modules.
import './styles.css';
import { installCopyButtons } from './copy.js';
import { installSearchLoader } from './search-loader.js';
import { installThemeToggle } from './theme.js';
import { installSymbolLinks } from './symbol-links.js';
import './symbol-links.css';

function start(): void {
  installThemeToggle(document);
  installCopyButtons(document);
  installSearchLoader(document);
  installSymbolLinks(document);
}

// Module scripts run after parsing, so the document is complete here.
start();
