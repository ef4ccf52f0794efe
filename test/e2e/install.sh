#!/usr/bin/env bash
# Installs what the end-to-end tests need, once, into a cache outside the clone: Debian's
# Chromium and ripgrep, and code-server 4.100.3 (VS Code 1.100) set up without its install
# scripts (they download from GitHub, which these machines cannot reach). Safe to re-run.
set -euo pipefail

CACHE="${ENTENTE_E2E_CACHE:-$HOME/.cache/entente-e2e}"
VERSION=4.100.3
DIR="$CACHE/code-server-$VERSION"
STAMP="$DIR/.installed"

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v rg >/dev/null || need_apt+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null; then
    echo "e2e: need the Debian packages ${need_apt[*]} and cannot install them (not root, no sudo)." >&2
    exit 1
  fi
  SUDO=$([ "$(id -u)" -eq 0 ] && echo "" || echo sudo)
  echo "e2e: installing ${need_apt[*]} from Debian"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ -f "$STAMP" ]; then
  echo "e2e: code-server $VERSION is installed in $DIR"
  exit 0
fi

echo "e2e: installing code-server $VERSION into $DIR (a few minutes, once)"
rm -rf "$DIR"
mkdir -p "$DIR"
cd "$DIR"
echo '{ "name": "entente-e2e-code-server", "private": true }' > package.json
npm install --no-audit --no-fund --ignore-scripts "code-server@$VERSION" >/dev/null

VSCODE="$DIR/node_modules/code-server/lib/vscode"
(cd "$VSCODE" && npm install --no-audit --no-fund --omit=dev --ignore-scripts >/dev/null)
mkdir -p "$VSCODE/node_modules/@vscode/ripgrep/bin"
cp "$(command -v rg)" "$VSCODE/node_modules/@vscode/ripgrep/bin/rg"
for module in kerberos @parcel/watcher @vscode/spdlog native-watchdog node-pty @vscode/deviceid; do
  if [ -d "$VSCODE/node_modules/$module" ]; then
    (cd "$VSCODE/node_modules/$module" && npx --yes node-gyp rebuild >/dev/null 2>&1) || { echo "e2e: building $module failed" >&2; exit 1; }
  fi
done
ln -sfn node_modules "$VSCODE/node_modules.asar"
(cd "$VSCODE/extensions" && npm install --no-audit --no-fund --omit=dev --ignore-scripts >/dev/null)
npm rebuild argon2 >/dev/null
touch "$STAMP"
echo "e2e: code-server $VERSION installed"
