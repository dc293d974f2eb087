import { defineConfig } from 'vite';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import pkg from '../../package.json' with { type: 'json' };

const root = fileURLToPath(new URL('../..', import.meta.url));
const external = [
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
  ...Object.keys(pkg.dependencies),
];

// Builds the CLI (engine + contract, plain Node) into one ESM file: out/cli/index.mjs.
export default defineConfig({
  root,
  publicDir: false,
  build: {
    ssr: fileURLToPath(new URL('./index.ts', import.meta.url)),
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rollupOptions: {
      external,
      output: { format: 'es', entryFileNames: 'index.mjs' },
    },
  },
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
});
