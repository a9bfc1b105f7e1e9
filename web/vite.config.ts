import path from 'node:path';
import { defineConfig } from 'vite';

/**
 * Bundles the explorer into dist/web, where the service serves it at /explore (see
 * src/server/explorer.routes.ts). Everything is bundled: the page loads nothing from elsewhere.
 * File names of assets carry a content hash, so the service can cache them for a year.
 */
export default defineConfig({
  root: __dirname,
  base: '/explore/',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: path.resolve(__dirname, '../dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    // The size that matters is the gzipped one, measured by bench/explorer.ts.
    reportCompressedSize: false,
    chunkSizeWarningLimit: 600,
  },
  // `npm run web:dev`: live reload at http://localhost:5173/explore/ against a service started
  // with `npm start` on port 4000.
  server: {
    proxy: { '/graphql': 'http://127.0.0.1:4000', '/export': 'http://127.0.0.1:4000' },
  },
});
