import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import pkg from '../package.json' with { type: 'json' };

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (relative: string): string => fileURLToPath(new URL(relative, new URL('..', import.meta.url)));
const define = { __APP_VERSION__: JSON.stringify(pkg.version) };

/**
 * `npm run dev` only: Vite serves the page with an inline React-refresh preamble, injects CSS as
 * <style> and talks to its HMR websocket; the strict CSP of renderer/index.html would block all
 * three. The production build keeps the policy exactly as written (a test checks it).
 */
function relaxCspForDevServer(): Plugin {
  const extra: Record<string, string> = {
    'script-src': "'unsafe-inline'",
    'style-src': "'unsafe-inline'",
    'connect-src': 'ws://localhost:* http://localhost:*',
  };
  return {
    name: 'gateway-doctor:dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace(
        /(http-equiv="Content-Security-Policy"\s+content=")([^"]*)"/,
        (_m, head: string, policy: string) => {
          const relaxed = policy
            .split(';')
            .map((d) => {
              const name = d.trim().split(/\s+/)[0] ?? '';
              return extra[name] ? `${d.trim()} ${extra[name]}` : d.trim();
            })
            .join('; ');
          return `${head}${relaxed}"`;
        },
      );
    },
  };
}

// Three builds from one config (run from the repository root):
//   main     electron/main/index.ts     -> out/main/index.js   (ESM, package.json "type": "module")
//   preload  electron/preload/index.ts  -> out/preload/index.cjs (CommonJS: sandboxed preloads cannot load ESM)
//   renderer renderer/index.html        -> out/renderer/
export default defineConfig({
  main: {
    root,
    define,
    build: {
      outDir: at('out/main'),
      emptyOutDir: true,
      sourcemap: true,
      lib: { entry: at('electron/main/index.ts'), formats: ['es'], fileName: () => 'index.js' },
      // Production dependencies stay external (they ship in the asar's node_modules).
      externalizeDeps: true,
    },
  },
  preload: {
    root,
    define,
    build: {
      outDir: at('out/preload'),
      emptyOutDir: true,
      sourcemap: true,
      lib: { entry: at('electron/preload/index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
      // A sandboxed preload can only require('electron'): bundle everything else into the one file.
      externalizeDeps: false,
      rolldownOptions: { output: { codeSplitting: false } },
    },
  },
  renderer: {
    root: at('renderer'),
    define,
    plugins: [react(), relaxCspForDevServer()],
    build: {
      outDir: at('out/renderer'),
      // electron-vite leaves the renderer unminified by default; parse time matters for first paint.
      minify: true,
      emptyOutDir: true,
      sourcemap: true,
      rolldownOptions: { input: at('renderer/index.html') },
    },
  },
});
