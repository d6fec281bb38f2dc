# Shared helpers for bench parts (sourced, not run).

# median_seconds N COMMAND... — runs COMMAND N times, prints the median wall time in seconds.
# Timed with bash's own clock ($EPOCHREALTIME), so no helper process is counted.
median_seconds() {
    local runs=$1; shift
    local times=()
    for _ in $(seq "$runs"); do
        local start end
        start=$EPOCHREALTIME
        "$@" >/dev/null 2>&1
        end=$EPOCHREALTIME
        times+=("$(echo "$end - $start" | bc -l)")
    done
    printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.4f\n", m}'
}

# bench_store N — path of a benchmark store with N meetings, built once and reused.
bench_store() {
    local n=$1 dir="$BENCH_DIR/store-$1"
    if [ ! -f "$dir/.complete" ]; then
        rm -rf "$dir"
        scripts/make-bench-store "$n" "$dir" >&2
        touch "$dir/.complete"
    fi
    echo "$dir"
}

# The shared reference corpora, beside the checkout.
CORPORA="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/../shared/corpora"
SPEECHES="$CORPORA/unsc-speeches-2020/speeches"
CATALOGUE="$CORPORA/unsc-meetings-catalogue"
