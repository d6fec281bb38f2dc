#!/usr/bin/env bash
# Issue 6: the browser. Start to first full frame (the meetings list with its counter) of
# the whole process in tmux, warm summary cache, median of 7; and key-to-frame for moving
# the selection, measured in process (reduce + render + ncurses draw, hidden subcommand).
# Targets: first full frame with 100,000 meetings under 200 ms warm; key-to-frame under 16 ms.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

if ! command -v tmux >/dev/null; then echo "## browser: SKIP (tmux is not installed)"; exit 0; fi
SOCKET="plenary-bench-$$"
trap 'tmux -L "$SOCKET" kill-server 2>/dev/null || true' EXIT

now_ms() { date +%s%3N; }

# first_frame_ms STORE COUNT — ms from starting the session until the list shows "1/COUNT".
first_frame_ms() {
    local store=$1 count=$2 start end
    tmux -L "$SOCKET" kill-server 2>/dev/null || true
    start=$(now_ms)
    tmux -L "$SOCKET" -f /dev/null new-session -d -x 80 -y 24 \
        "env LANG=C.UTF-8 TERM=tmux-256color '$PLENARY' --store '$store'" >/dev/null 2>&1
    while :; do
        if tmux -L "$SOCKET" capture-pane -p 2>/dev/null | grep -q " 1/$count\$"; then break; fi
        if [ $(( $(now_ms) - start )) -gt 20000 ]; then echo "timeout"; return; fi
    done
    end=$(now_ms)
    tmux -L "$SOCKET" kill-server 2>/dev/null || true
    echo $(( end - start ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2)?a[(NR+1)/2]:int((a[NR/2]+a[NR/2+1])/2)}'; }

echo "## browser: start to first full frame (tmux, whole process, warm cache, median of 7)"
echo "(list_ms: warm \`plenary list\` of the same store, the floor set by reading the summaries)"
printf '%-10s %12s %14s %10s\n' meetings first_ms vs_1000 list_ms
base=""
for n in 1000 100000; do
    store=$(bench_store "$n")
    "$PLENARY" list --store "$store" >/dev/null       # warm the summary cache
    ms=$(for _ in 1 2 3 4 5 6 7; do first_frame_ms "$store" "$n"; done | median)
    [ -z "$base" ] && base=$ms
    list=$(median_seconds 7 "$PLENARY" list --store "$store")
    printf '%-10s %12s %14.2f %10.0f\n' "$n" "$ms" "$(echo "$ms / $base" | bc -l)" "$(echo "$list * 1000" | bc -l)"
done

echo
echo "## browser: key-to-frame in process (80x24, reduce + render + ncurses draw)"
for n in 1000 100000; do
    printf '%-10s ' "$n"
    "$PLENARY" bench-browser --store "$(bench_store "$n")" --keys 2000
done
echo "targets: first full frame with 100,000 meetings < 200 ms warm; key-to-frame < 16 ms"
