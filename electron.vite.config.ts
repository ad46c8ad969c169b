import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/main/windows/content-security-policy';

// The dev server also needs its inline React refresh preamble and its websocket.
const DEV_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; connect-src 'self' ws:; img-src 'self' data:";

function contentSecurityPolicy(): Plugin {
  let policy = CONTENT_SECURITY_POLICY;
  return {
    name: 'scaleboard-csp',
    configResolved(config) {
      if (config.command === 'serve') policy = DEV_CSP;
    },
    transformIndexHtml: (html) =>
      html.replace('<!-- CSP -->', `<meta http-equiv="Content-Security-Policy" content="${policy}" />`),
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Every library main uses is bundled (electron-store is ESM-only besides), so the packaged app needs no
      // node_modules at all: package.json has no runtime dependencies, and electron-builder packs out/ alone.
      externalizeDeps: false,
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // The command-line tool shares main's services and runs in plain Node (bin/scaleboard.cjs).
          cli: resolve(__dirname, 'electron/cli/index.ts'),
          // Reads, imports and exports spreadsheets in a utility process, off main's event loop and out of its memory.
          'spreadsheet-worker': resolve(__dirname, 'electron/main/spreadsheets/spreadsheet-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), contentSecurityPolicy()],
    build: {
      outDir: 'out/renderer',
      rolldownOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
