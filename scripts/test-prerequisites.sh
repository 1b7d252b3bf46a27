#!/usr/bin/env bash
# Runs before `npm test`: the browser tests need Debian's Chromium, both as its headless shell
# (/usr/bin/chromium-headless-shell, where nearly every page runs) and as the full browser
# (/usr/bin/chromium, for what only it does). They never download a browser. When one is missing,
# install it as root, or stop at once with the one command to run, instead of failing after the
# type checks and unit tests. SUARA_CHROMIUM / SUARA_CHROMIUM_FULL point at other builds.
set -euo pipefail

declare -A wanted=(
  ["${SUARA_CHROMIUM:-/usr/bin/chromium-headless-shell}"]="chromium-headless-shell"
  ["${SUARA_CHROMIUM_FULL:-/usr/bin/chromium}"]="chromium"
)
missing_paths=()
missing_packages=()
for path in "${!wanted[@]}"; do
  if [[ ! -x "$path" ]]; then
    missing_paths+=("$path")
    missing_packages+=("${wanted[$path]}")
  fi
done
[[ ${#missing_paths[@]} -eq 0 ]] && exit 0

if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "npm test: ${missing_paths[*]} missing; installing Debian's ${missing_packages[*]} (apt-get)…" >&2
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -q >&2
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${missing_packages[@]}" >&2
  for path in "${missing_paths[@]}"; do
    if [[ ! -x "$path" ]]; then
      echo "npm test: apt-get finished but $path is still missing (set SUARA_CHROMIUM / SUARA_CHROMIUM_FULL to where it is)." >&2
      exit 1
    fi
  done
  exit 0
fi

echo "npm test needs Chromium for the browser tests (missing: ${missing_paths[*]}). Install it first:" >&2
echo "  sudo apt-get update && sudo apt-get install -y ${missing_packages[*]}" >&2
exit 1
