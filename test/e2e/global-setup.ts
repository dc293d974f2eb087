import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const repo = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Checks the renderer was built, and bundles the loopback test bridge (out/test-bridge) so it
 * can run with plain Node, also inside a lab namespace.
 */
// eslint-disable-next-line no-restricted-syntax -- Playwright loads globalSetup as a default export.
export default async function globalSetup(): Promise<void> {
  if (!existsSync(`${repo}out/renderer/index.html`)) {
    throw new Error('out/renderer is missing: run `npm run build` before Playwright (test/run-all.sh does).');
  }
  await build({ configFile: `${repo}test/bridge/vite.config.ts`, logLevel: 'warn' });
}
