#!/usr/bin/env bash
# Installs Neovim (Debian package `neovim`, 0.7 on bookworm) for the real-editor LSP test
# test/e2e/nvim, idempotently. Run as root, or with nvim already on PATH.
set -euo pipefail
if command -v nvim >/dev/null 2>&1; then
  echo "setup-nvim: $(nvim --version | head -n 1) already installed"
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "setup-nvim: nvim is missing — run this script as root, or: sudo apt-get install neovim" >&2
  exit 1
fi
echo "setup-nvim: apt-get install neovim"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends neovim >/dev/null
echo "setup-nvim: $(nvim --version | head -n 1) installed"
