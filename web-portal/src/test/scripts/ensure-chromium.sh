#!/usr/bin/env bash
# Makes sure the tools of the integration tests are installed (Debian's packages): headless Chromium and
# chromedriver for the browser tests, LibreOffice Writer (headless) and Poppler for OfficeSuiteIT, which opens the
# portal's DOCX in a real office suite. Runs in Maven's pre-integration-test phase; installs what is missing with
# apt-get when run as root.
set -euo pipefail
missing=()
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  missing+=(chromium chromium-driver)
fi
if ! command -v soffice >/dev/null 2>&1; then
  missing+=(libreoffice-writer-nogui)
fi
if ! command -v pdftotext >/dev/null 2>&1; then
  missing+=(poppler-utils)
fi
if [ ${#missing[@]} -eq 0 ]; then
  echo "Chromium for the browser tests: $(/usr/bin/chromium --version 2>/dev/null || echo present)"
  echo "LibreOffice for the office-suite test: $(soffice --version 2>/dev/null | head -1 || echo present)"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "${missing[*]} missing and this build is not root: install them with" >&2
  echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing Chromium, LibreOffice Writer and Poppler for the integration tests (apt-get): ${missing[*]}..."
export DEBIAN_FRONTEND=noninteractive
# One apt-get at a time on a machine that builds several worktrees.
exec 9>/tmp/apt.lock
flock 9
apt-get update -qq
apt-get install -y -qq "${missing[@]}" >/dev/null
echo "Installed: $(/usr/bin/chromium --version 2>/dev/null); $(soffice --version 2>/dev/null | head -1)"
