/// <reference types="node" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/apps/web', import.meta.url));

const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:3000';
const port = Number(process.env.WEB_PORT ?? 5173);

// Same-origin proxy: the browser only ever talks to the web origin, so the API's session
// cookie is first-party (SameSite=Lax works) and no CORS is needed.
const proxy = {
  '/graphql': { target: apiUrl, changeOrigin: false, xfwd: true },
  '/health': { target: apiUrl, changeOrigin: false, xfwd: true },
  // Uploads and protected downloads (status proofs, logos) go to the API's REST endpoints.
  '/files': { target: apiUrl, changeOrigin: false, xfwd: true },
  // Need attachments (GET /needs/:id/attachments/:fileId); the web's own pages live under /besoins.
  '/needs/': { target: apiUrl, changeOrigin: false, xfwd: true },
  // Message attachments (GET /messages/:threadId/attachments/:fileId); /messages/:threadId itself is a web page.
  '^/messages/[^/]+/attachments/': { target: apiUrl, changeOrigin: false, xfwd: true },
};

export default defineConfig({
  root,
  cacheDir: fileURLToPath(new URL('../../node_modules/.vite/apps/web', import.meta.url)),
  plugins: [react()],
  // The pure libraries of the monorepo (same aliases as tsconfig.base.json and jest.preset.js).
  resolve: {
    alias: {
      '@essor/domain': fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)),
    },
  },
  server: { host: '127.0.0.1', port, strictPort: true, proxy },
  preview: { host: '127.0.0.1', port, strictPort: true, proxy },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
    rollupOptions: {
      output: {
        // Keep framework code in one long-cached chunk, separate from app code.
        manualChunks(id) {
          if (/node_modules\/(react|react-dom|scheduler|react-router|react-router-dom|cookie)\//.test(id)) return 'react';
          if (/node_modules\/(urql|@urql|wonka|@0no-co)\//.test(id)) return 'urql';
          if (/node_modules\/(i18next|react-i18next|html-parse-stringify|void-elements)\//.test(id)) return 'i18n';
          return undefined;
        },
      },
    },
  },
});
