# Shared by the scripts: the pinned pnpm (a fresh machine has only Node and npm) and step timing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PNPM_VERSION="10.34.9"
if command -v pnpm >/dev/null 2>&1 && [ "$(pnpm --version 2>/dev/null)" = "$PNPM_VERSION" ]; then
  PNPM="pnpm"
else
  PNPM="npx --yes pnpm@$PNPM_VERSION"
fi
export npm_config_update_notifier=false

STEP_TIMES=()
step() {
  local name="$1"
  shift
  echo
  echo "==> $name"
  local started=$SECONDS
  if ! "$@"; then
    echo
    echo "FAILED: $name (after $((SECONDS - started)) s)" >&2
    exit 1
  fi
  STEP_TIMES+=("$(printf '%-44s %5d s' "$name" $((SECONDS - started)))")
}

print_times() {
  echo
  echo "Step times:"
  printf '  %s\n' "${STEP_TIMES[@]}"
}
