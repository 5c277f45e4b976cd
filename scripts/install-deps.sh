#!/usr/bin/env bash
# Installs the Debian packages dyad needs to build and test, and only those that are
# missing. Safe to run again: when everything is present it does nothing.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libsqlite3-dev sqlite3
  nlohmann-json3-dev
  libxml2-dev   # HTML parsing
  libgtest-dev
  libbenchmark-dev
  iso-codes nodejs
  libpq-dev postgresql
  clang libclang-rt-14-dev   # fuzzers and sanitizers (make fuzz-smoke, make test-sanitize)
  zlib1g-dev libzstd-dev libhiredis-dev redis-server
  libcpp-httplib-dev chromium   # dyad serve, and its dashboard's end-to-end tests
  python3-pandas r-base-core    # exports read back as analysts read them (tests/export_readback.sh)
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

# The gazetteer is generated with npm (tools/gazetteer); some nodejs builds include it.
if ! command -v npm >/dev/null 2>&1; then missing+=(npm); fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "dyad: installing missing Debian packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
