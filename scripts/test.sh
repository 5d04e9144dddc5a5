#!/usr/bin/env bash
# npm test: every check CI runs, in order of speed, then the test suite against real parts.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# npm scripts put node_modules/.bin first on PATH, so `node` below is Node 24.
export PATH="$PWD/node_modules/.bin:$PATH"
echo "node $(node --version)"

step() { echo; echo "== $*"; }
step lint;       biome ci --reporter=summary .
step typecheck;  tsc --noEmit -p tsconfig.json
step "workflows (actionlint, languageservice, policy)"; node scripts/actionlint.ts
step docs;       node scripts/docs.ts --check
step check-dist; node scripts/check-dist.ts
step tests
results="$(mktemp)"
status=0
node --experimental-vm-modules --no-warnings=ExperimentalWarning node_modules/jest/bin/jest.js \
  --json --outputFile="$results" "$@" || status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(`\ntests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
' "$results" || true
exit "$status"
