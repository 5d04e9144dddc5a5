#!/usr/bin/env bash
# Installs what the suite's tests and sandbox need on a fresh machine, or stops with one
# line naming what is missing. Safe to run again: it only installs what is absent.
set -euo pipefail
cd "$(dirname "$0")/.."

die() { echo "setup: $*" >&2; exit 1; }

command -v node >/dev/null || die "Node.js is missing; install Node.js 20 or later (npm then brings Node 24)."
command -v npm >/dev/null || die "npm is missing; install npm."

# Debian packages: the real registry, skopeo as an independent reader, a Docker Engine,
# htpasswd for the registry's Basic auth mode, git and jq; headless Chromium to test the
# sandbox's report.html; gcc and the arm64 cross compiler for the sandbox's static binaries.
declare -A needs=(
  [docker-registry]=docker-registry [skopeo]=skopeo [dockerd]=docker.io
  [htpasswd]=apache2-utils [git]=git [jq]=jq [chromium]=chromium
  [gcc]=gcc [aarch64-linux-gnu-gcc]=gcc-aarch64-linux-gnu
)
missing=()
for cmd in "${!needs[@]}"; do
  command -v "$cmd" >/dev/null 2>&1 || [ -x "/usr/sbin/$cmd" ] || missing+=("${needs[$cmd]}")
done
# GNU time (not the shell keyword) measures the benchmarks' peak memory.
[ -x /usr/bin/time ] || missing+=(time)
# The C libraries the static binaries link (headers and libc.a), for the host and for arm64.
[ -f /usr/lib/x86_64-linux-gnu/libc.a ] || [ "$(uname -m)" != x86_64 ] || missing+=(libc6-dev)
[ -f /usr/aarch64-linux-gnu/lib/libc.a ] || missing+=(libc6-dev-arm64-cross)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "setup: installing ${missing[*]} with apt-get"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    die "missing Debian packages: ${missing[*]}; install them (apt-get install ${missing[*]}) or run as root."
  fi
fi

# Not Debian packages, so not installed here: say so in one line; the tests that need one fail naming it.
for cmd in terraform kubectl; do
  command -v "$cmd" >/dev/null 2>&1 || echo "setup: warning: $cmd is not on PATH; the tests that use it will fail (install it to run them)." >&2
done

# Install exactly the lock file when node_modules is absent or older than it. The lock lists
# every platform's optional binaries (swc, biome, jest's resolver), so `npm ci` takes it on
# any machine and installs only this platform's.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci (from package-lock.json)"
  npm ci --no-audit --no-fund --loglevel=error
fi
# Node 24: the node@24 package's binary, or (CI installs with --ignore-scripts, so that
# package's install script never runs) a Node 24 already on PATH, e.g. from setup-node.
if [ ! -x node_modules/.bin/node ]; then
  major="$(node -p 'process.versions.node.split(".")[0]')"
  [ "$major" -ge 24 ] || die "node_modules/.bin/node (the node@24 package) is missing and node on PATH is $(node --version); run npm ci, or put Node 24 on PATH."
fi
