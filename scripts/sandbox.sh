#!/usr/bin/env bash
# npm run sandbox: the suite's main job on this machine, the whole pipeline rehearsed on
# loopback (scripts/sandbox.ts, issue 16).
# npm run harness (--harness): the harness self-check: every real part starts on loopback and
# answers, every fake passes its contract test, the proxy makes every fault.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"
if [ "${1:-}" = "--harness" ]; then
  shift
  exec node --experimental-vm-modules --no-warnings=ExperimentalWarning node_modules/jest/bin/jest.js test/harness test/fakes "$@"
fi
exec node scripts/sandbox.ts "$@"
