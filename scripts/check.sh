#!/usr/bin/env bash
# `npm run check`: the Prisma client first (the type checks read it), then three independent
# checks side by side on the machine's cores, each printing its whole output when it ends:
#   types      tsc over the server, scripts and tests
#   contract   committed migrations match prisma/schema.prisma; schema.graphql matches the code
#   web        svelte-kit sync, then svelte-check over the web app (warnings fail)
# Fails when any of them fails, after all have finished.
set -euo pipefail
cd "$(dirname "$0")/.."

npx prisma generate

logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT

# Runs one of the checks below in a subshell, its output into its own log.
lane() { (set -euo pipefail; "$1") >"$logs/$1" 2>&1; }

types() { npx tsc -p .; }
contract() { npx tsx scripts/new-migration.ts --check && npx tsx scripts/schema.ts --check; }
web() { cd web && npx svelte-kit sync && npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings; }

declare -A pids=()
for name in types contract web; do
  lane "$name" &
  pids[$name]=$!
done

failed=()
for name in types contract web; do
  if wait "${pids[$name]}"; then
    status="ok"
  else
    status="FAILED"
    failed+=("$name")
  fi
  echo "── check: $name ($status)"
  cat "$logs/$name"
done

if [[ ${#failed[@]} -gt 0 ]]; then
  echo "npm run check failed: ${failed[*]}" >&2
  exit 1
fi
