#!/usr/bin/env bash
# `npm test`: every quality gate, in order. Ends with the test runners' summaries.
set -euo pipefail
cd "$(dirname "$0")/.."
export ELECTRON_SKIP_BINARY_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

echo "== type check"
npx tsc -b
echo "== lint"
npx eslint --max-warnings 0 .
echo "== format (prettier --check)"
npx prettier --check .
echo "== build (electron-vite + CLI)"
npm run --silent build
echo "== vitest (node + jsdom projects, lab, packaging check)"
npx vitest run --config test/vitest.config.ts
echo "== playwright (Debian Chromium)"
npx playwright test --config test/e2e/playwright.config.ts
