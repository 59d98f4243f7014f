#!/usr/bin/env bash
# Installs what the VS Code end-to-end test needs, idempotently:
#   - Debian packages: chromium (driven by playwright-core), ripgrep, and the
#     headers code-server's native modules compile against;
#   - code-server (a real VS Code build served to the browser) into .e2e/code-server.
# The machine reaches only the npm registry and Debian's mirrors, so code-server's
# postinstall (which downloads ripgrep and argon2 binaries) is skipped with
# --ignore-scripts and its steps are done by hand: native modules are compiled
# locally and ripgrep comes from Debian. code-server 4.100.x is the last line
# that runs on Node 20.
# Usage: scripts/setup-e2e.sh            (run as root, or with the packages already present)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
VERSION=${CODE_SERVER_VERSION:-4.100.3}
DIR="$ROOT/.e2e/code-server"
STAMP="$DIR/.installed-$VERSION"

need_apt=()
for pkg in chromium libkrb5-dev libxkbfile-dev libsecret-1-dev libx11-dev pkg-config ripgrep python3 make g++ fonts-noto-cjk; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
if ((${#need_apt[@]})); then
  if [ "$(id -u)" != 0 ]; then
    echo "setup-e2e: missing Debian packages: ${need_apt[*]} — run this script as root or apt-get install them." >&2
    exit 1
  fi
  echo "setup-e2e: apt-get install ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

if [ -f "$STAMP" ] && [ -x "$DIR/node_modules/.bin/code-server" ]; then
  echo "setup-e2e: code-server $VERSION already installed in $DIR"
  exit 0
fi

echo "setup-e2e: installing code-server $VERSION into $DIR (takes a few minutes)"
rm -rf "$DIR"
mkdir -p "$DIR"
cd "$DIR"
npm init -y >/dev/null
npm install --no-audit --no-fund --ignore-scripts "code-server@$VERSION" >/dev/null
npm_config_build_from_source=true npm rebuild argon2 >/dev/null 2>&1 || echo "setup-e2e: warning: argon2 did not build (only needed for password auth)" >&2

cd node_modules/code-server/lib/vscode
npm install --omit=dev --ignore-scripts --no-audit --no-fund >/dev/null
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
for p in node-pty @vscode/spdlog native-watchdog kerberos @parcel/watcher native-keymap @vscode/deviceid; do
  if [ -d "node_modules/$p" ]; then
    (cd "node_modules/$p" && npx --yes node-gyp rebuild >/dev/null 2>&1) || echo "setup-e2e: warning: could not build $p" >&2
  fi
done
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)
(cd extensions && npm install --omit=dev --ignore-scripts --no-audit --no-fund >/dev/null)

touch "$STAMP"
echo "setup-e2e: code-server $VERSION installed: $DIR/node_modules/.bin/code-server"
