#!/usr/bin/env bash
# Installs what the app and its tests need on a fresh Debian machine: npm packages, Debian's chromium (Playwright
# cannot download its own browser here), CJK fonts for screenshots and PDFs, LibreOffice for the XLSX check.
set -eu
cd "$(dirname "$0")/.."
pkgs="chromium fonts-liberation fonts-noto-cjk libreoffice-calc-nogui"
missing=$(for p in $pkgs; do dpkg -s "$p" >/dev/null 2>&1 || echo "$p"; done)
if [ -n "$missing" ]; then
	SUDO=$([ "$(id -u)" -eq 0 ] && echo "" || echo "sudo")
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
npm ci --no-audit --no-fund
