#!/usr/bin/env bash
# Runs before `npm test`: the browser tests need Debian's Chromium at /usr/bin/chromium (they
# never download a browser). When it is missing, install it as root, or stop at once with the
# one command to run, instead of failing after the type checks and unit tests.
set -euo pipefail

CHROMIUM="${SUARA_CHROMIUM:-/usr/bin/chromium}"
[[ -x "$CHROMIUM" ]] && exit 0

if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "npm test: Chromium is missing; installing Debian's chromium (apt-get)…" >&2
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -q >&2
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends chromium >&2
  [[ -x "$CHROMIUM" ]] && exit 0
  echo "npm test: apt-get finished but $CHROMIUM is still missing." >&2
  exit 1
fi

echo "npm test needs Chromium at $CHROMIUM for the browser tests. Install it first:" >&2
echo "  sudo apt-get update && sudo apt-get install -y chromium" >&2
exit 1
