#!/usr/bin/env bash
# Builds GIT_REF in a temporary worktree and compares its CLI with this checkout's build
# (npm run build first) over the scenarios of compare-trees.mjs; real repositories too when a
# folder holding materialize.sh is given.
#   bash scripts/compare-trees.sh GIT_REF [REALREPOS_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
ref=${1:?usage: compare-trees.sh GIT_REF [REALREPOS_DIR]}
base=$(mktemp -d)
trap 'git worktree remove --force "$base" >/dev/null 2>&1 || true' EXIT
git worktree add -q --detach "$base" "$ref"
(cd "$base" && npm ci --ignore-scripts --no-audit --no-fund >/dev/null && npx tsc -p .)
node scripts/compare-trees.mjs "$base/dist/bin/codegouv.js" dist/bin/codegouv.js ${2:+"$2"}
