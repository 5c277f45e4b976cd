#!/bin/sh
# Installs the npm packages pinned in the package-lock.json of the current directory:
# from npm's cache when it holds them (no network), else from the registry.
# Usage: npm-ci.sh NPM
npm="${1:-npm}"
"$npm" ci --offline --no-audit --no-fund 2>/dev/null && exit 0
echo "npm-ci: not all packages cached; fetching from the registry"
exec "$npm" ci --no-audit --no-fund
