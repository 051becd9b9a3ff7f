#!/usr/bin/env bash
# Installs a Debian package with apt-get unless its binary is already there. The tests use
# Debian's chromium (never Playwright's own downloads) and nginx-light (the edge-cache tests).
# Usage: ensure-package.sh /usr/bin/chromium chromium
set -euo pipefail
binary="$1"
package="$2"
if [ -x "$binary" ]; then exit 0; fi
echo "Installing Debian's $package for the tests…"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$package" >/dev/null
"$binary" --version 2>&1 || "$binary" -v
