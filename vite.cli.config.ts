// Bundles the CLI (src/cli/main.ts and everything it imports, dependencies included) into
// lib/bundle/, so a command starts by loading a few files instead of a few hundred modules.
// Vite stays external: only `formulary dev` loads it; so do MathJax (it loads its font files
// by path) and resvg (a native module), which only `build` loads; and tinypool, which starts its workers
// from its own files (the typesetting worker is lib/katex/typeset-worker.js, katex/typeset-ahead.ts). The per-file build in lib/ (tsc) remains
// the package's library entry.
import { defineConfig } from 'vite';

export default defineConfig({
  logLevel: 'warn',
  publicDir: false,
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'lib/bundle',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    // Chunks beside main.js: code that finds the package root from import.meta.url (../..) must
    // find the package root by walking up to its package.json.
    rollupOptions: { external: ['vite', /^@mathjax\//, /^@resvg\//, 'speech-rule-engine', 'tinypool'], output: { format: 'es', entryFileNames: 'main.js', chunkFileNames: '[name]-[hash].js' } },
  },
  ssr: { noExternal: true, target: 'node' },
});
