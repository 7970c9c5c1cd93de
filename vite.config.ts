import { defineConfig, type Plugin } from 'vite';

/**
 * The dev server injects CSS through <style> tags and talks to its HMR socket, which the strict
 * production CSP in index.html forbids; relax the policy for `vite` (serve) only. Builds keep it strict.
 */
function devCsp(): Plugin {
  return {
    name: 'gpu-race-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: wss:");
    },
  };
}

export default defineConfig({
  base: './',
  // Static files (favicon, board images) live in the top-level assets/ folder, copied to the build's root.
  publicDir: 'assets',
  plugins: [devCsp()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // No inline module-preload polyfill: keeps the built page within script-src 'self'.
    modulePreload: { polyfill: false },
  },
  worker: { format: 'es' },
});
