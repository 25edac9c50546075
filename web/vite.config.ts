// Vite builds the analyst page into web/dist, which the Sift server serves at `/`. Preact's JSX is
// compiled by esbuild directly, so no Babel-based plugin is needed.
import { defineConfig } from 'vite';

/** API paths the dev server forwards to a running `sift serve --port 8080`. */
const API_PATHS = [
  'screen',
  'explain',
  'search',
  'entities',
  'lists',
  'catalog',
  'algorithms',
  'batch',
  'audit',
  'analyze',
  'readyz',
  'subjects',
  'alerts',
];

/** The build and dev-server settings of the web page. */
export default defineConfig({
  base: '/',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Everything ships as files: no inline script or style, so the strict CSP holds.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'es2022',
  },
  server: {
    proxy: Object.fromEntries(
      API_PATHS.map((p) => [`/${p}`, { target: 'http://127.0.0.1:8080', changeOrigin: false }]),
    ),
  },
});
