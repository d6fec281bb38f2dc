#!/usr/bin/env bash
# Issue 3: extraction throughput on one core, in process (`plenary bench-extract`, hidden), on the
# UN General Debate speeches of ../shared/corpora/ungdc; a byte-level `grep -c` over the same files
# is timed beside it as the floor any scanner pays. Target: extraction ≥ 10 MB/s.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

corpus="../shared/corpora/ungdc/speeches_txt"
echo "## extraction throughput (PlenaryExtract, one core, median of 5)"
if [ ! -d "$corpus" ]; then
    echo "SKIP: $corpus not found"
    exit 0
fi
result=$("$PLENARY" bench-extract --runs 5 "$corpus")  # single-threaded: one core
echo "extract:  $result"
bytes=$(find "$corpus" -type f -name '*.txt' -print0 | xargs -0 cat | wc -c)
grep_s=$(median_seconds 5 sh -c "find '$corpus' -type f -name '*.txt' -print0 | xargs -0 grep -c resolution")
extract_rate=$(echo "$result" | sed -n 's/.* \([0-9.]*\) MB\/s$/\1/p')
grep_rate=$(echo "$bytes / 1000000 / $grep_s" | bc -l)
printf 'grep -c:  %.1f MB/s (byte-scan floor)\n' "$grep_rate"
printf 'ratio extract/grep: %.3f\n' "$(echo "$extract_rate / $grep_rate" | bc -l)"
echo "target: extraction ≥ 10 MB/s"
