#!/usr/bin/env bash
# `npm run bench`: builds the CLI when needed, then times every lab scenario (see bench.mjs).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f out/cli/index.mjs ] || npm run --silent build:cli
exec node test/bench/bench.mjs "$@"
