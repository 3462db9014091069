import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { pageStyle } from './electron/shared/export/pageStyle';

const root = fileURLToPath(new URL('./renderer', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/renderer', import.meta.url));

/**
 * The dev server's React refresh needs inline scripts, which the page's own policy forbids; in
 * development the shell sends a looser policy as a header instead, so the meta tag is dropped there.
 */
function devServerPolicy(): Plugin {
  return {
    name: 'newsdesk-dev-server-policy',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
  };
}

/** The exported page's stylesheet as a file of the app, so the export preview can link it under the app's policy. */
function exportPageStylesheet(): Plugin {
  const fileName = 'export-page.css';
  return {
    name: 'newsdesk-export-page-stylesheet',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: pageStyle });
    },
    configureServer(server) {
      server.middlewares.use(`/${fileName}`, (_request, response) => {
        response.setHeader('Content-Type', 'text/css; charset=utf-8');
        response.end(pageStyle);
      });
    },
  };
}

/**
 * Builds the renderer as static files loaded from disk (Electron) or a local server (the browser
 * harness). Relative asset paths, no inline scripts and no remote resources, so the page runs under
 * a `default-src 'self'` Content-Security-Policy.
 */
export default defineConfig({
  root,
  base: './',
  plugins: [react(), devServerPolicy(), exportPageStylesheet()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // Loaded from disk by a desktop app, so one bundle is fine.
    chunkSizeWarningLimit: 1500,
  },
  server: { port: 5173, strictPort: true },
});
