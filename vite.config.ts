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
    },
  },
});
