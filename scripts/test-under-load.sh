#!/bin/sh
# Runs `npm test` with two CPU-bound processes beside it, as on a busy laptop or a shared CI
# machine: a test that passes only on an idle machine fails here. Usage: scripts/test-under-load.sh
# [extra args for npm test]. The load stops when the tests end (or on Ctrl-C).
set -u
cd "$(dirname "$0")/.." || exit 1
burn() { node -e 'for (;;) Math.sqrt(Math.random());' & }
burn; LOAD1=$!
burn; LOAD2=$!
trap 'kill "$LOAD1" "$LOAD2" 2>/dev/null' EXIT INT TERM
echo "test-under-load: two CPU-bound processes ($LOAD1, $LOAD2) run beside npm test" >&2
npm test -- "$@"
status=$?
echo "test-under-load: npm test exited $status" >&2
exit "$status"
