// Builds the browser code (src/client) into lib/client with a manifest; `formulary build`
// copies these files into each site with content-hashed names. The dev server is configured
// in src/cli/dev.ts, not here.
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  publicDir: false,
  build: {
    outDir: 'lib/client',
    emptyOutDir: true,
    manifest: true,
    target: 'es2020',
    cssCodeSplit: true,
    modulePreload: false,
    rollupOptions: {
      input: { main: 'src/client/main.ts' },
      // The lazy formula-search chunk keeps its name: its module is src/search/formula/search.ts,
      // whose plain name would read like the word-search chunk's.
      output: {
        chunkFileNames: (chunk) => (chunk.facadeModuleId?.endsWith('/search/formula/search.ts') ? 'assets/formula-search-[hash].js' : 'assets/[name]-[hash].js'),
      },
    },
  },
});
