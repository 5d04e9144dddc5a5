#!/usr/bin/env bash
# npm run sandbox: the suite's main job on this machine. Until the local pipeline sandbox
# is wired (issues 13-15), it is the harness self-check: every real part starts on loopback and answers, every fake passes its contract test.
# npm run sandbox:story (--story): the pipeline sandbox itself, scripts/sandbox.ts (issue 16).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"
if [ "${1:-}" = "--story" ]; then
  shift
  exec node scripts/sandbox.ts "$@"
fi
exec node --experimental-vm-modules --no-warnings=ExperimentalWarning node_modules/jest/bin/jest.js test/harness test/fakes "$@"
