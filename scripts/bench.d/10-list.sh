#!/usr/bin/env bash
# Issue 2: whole-process `plenary list`, cold (no .plenary/ summary cache) and warm.
# Targets: warm listing of 100,000 meetings under 0.5 s; cold summary building ≥ 20,000 meetings/s.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

cold_list() { rm -rf "$1/.plenary"; "$PLENARY" list --store "$1"; }

echo "## plenary list (whole process, median of 5)"
printf '%-10s %10s %10s %14s %10s\n' meetings cold_s warm_s cold_per_s warm/cold
for n in 10000 100000; do
    store=$(bench_store "$n")
    cold=$(median_seconds 5 cold_list "$store")
    "$PLENARY" list --store "$store" >/dev/null
    warm=$(median_seconds 5 "$PLENARY" list --store "$store")
    rate=$(echo "$n / $cold" | bc -l)
    ratio=$(echo "$warm / $cold" | bc -l)
    printf '%-10s %10s %10s %14.0f %10.2f\n' "$n" "$cold" "$warm" "$rate" "$ratio"
done
echo "targets: warm 100,000 < 0.5 s; cold ≥ 20,000 meetings/s"
