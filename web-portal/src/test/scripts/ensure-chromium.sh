#!/usr/bin/env bash
# Makes sure headless Chromium and chromedriver (Debian's packages) are installed for the browser tests.
# Runs in Maven's pre-integration-test phase; installs them with apt-get when run as root.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  echo "Chromium for the browser tests: $(/usr/bin/chromium --version 2>/dev/null || echo present)"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium and chromedriver are missing and this build is not root: install them with" >&2
  echo "  sudo apt-get update && sudo apt-get install -y chromium chromium-driver" >&2
  exit 1
fi
echo "Installing Chromium and chromedriver for the browser tests (apt-get)..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium chromium-driver >/dev/null
echo "Installed: $(/usr/bin/chromium --version 2>/dev/null)"
