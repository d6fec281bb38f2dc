#!/usr/bin/env bash
# Issue 7: the linked screens. On a store of the 63 verbatim records of unsc-speeches-2020
# with the Security Council catalogue: opening the speaker screen of the most frequent
# speaker and the resolution screen of the resolution cited by the most meetings, in process
# (page built from the cached registry and catalogue, reduced and rendered at 80x24; hidden
# subcommand), median of 9. "first open" reads the registry and catalogue from .plenary/.
# Target: under 100 ms each.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

speeches="$SPEECHES"
catalogue="$CATALOGUE"
if [ ! -d "$speeches" ] || [ ! -d "$catalogue" ]; then
    echo "## screens: SKIP (../shared/corpora/unsc-speeches-2020 or unsc-meetings-catalogue absent)"
    exit 0
fi

store="$BENCH_DIR/screens"
if [ ! -f "$store/.built" ]; then
    rm -rf "$store"
    "$PLENARY" init "$store" >/dev/null
    "$PLENARY" catalog import --store "$store" "$catalogue" >/dev/null
    "$PLENARY" import --store "$store" "$speeches" >/dev/null 2>&1 || true
    touch "$store/.built"
fi
"$PLENARY" speakers --store "$store" >/dev/null    # the registry cached, as after any earlier run

echo "## screens: speaker and resolution screens (in process, median of 9)"
"$PLENARY" bench-screens --store "$store" --runs 9
echo "target: each under 100 ms"
