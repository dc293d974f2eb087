import { defineConfig } from 'vite';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import pkg from '../../package.json' with { type: 'json' };

const root = fileURLToPath(new URL('../..', import.meta.url));

// Bundles the loopback test bridge (dev/test only; never part of the packaged app) into
// out/test-bridge/server.mjs, runnable with plain Node inside a lab namespace.
export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: fileURLToPath(new URL('./cli.ts', import.meta.url)),
    outDir: 'out/test-bridge',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      external: [
        ...builtinModules,
        ...builtinModules.map((m) => `node:${m}`),
        ...Object.keys(pkg.dependencies),
      ],
      output: { format: 'es', entryFileNames: 'server.mjs' },
    },
  },
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
});
