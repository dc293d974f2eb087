#!/usr/bin/env node
// Thin launcher: the CLI is built to out/cli by `npm install` (prepare) or `npm run build:cli`.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = fileURLToPath(new URL('../../out/cli/index.mjs', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write(
    'gateway-doctor: the CLI is not built yet. Run `npm install` or `npm run build:cli` first.\n',
  );
  process.exit(1);
}
const { main } = await import(pathToFileURL(built).href);
process.exitCode = await main(process.argv.slice(2));
