#!/usr/bin/env bash
# Issue 14: every cross-meeting view from the index's cross-meeting tables, on the search
# benchmark stores (UN General Debate speeches copied with new ids and dates: 100k and 1M
# paragraphs, built by part 50-search or here), side by side with `plenary list`.
# Whole process, warm (index current, watcher answering), median of 7, and peak resident
# memory (GNU time); then the linked screens in process; then one meeting file rewritten by
# another program and the next view.
# Targets at 1M paragraphs: each command < 100 ms warm; each screen's first page < 100 ms;
# the browser < 250 MB after every screen; the view after an edit < 1 s.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

if [ ! -d ../shared/corpora/ungdc/speeches_txt ]; then
    echo "## linked views: SKIP, ../shared/corpora/ungdc is absent"
    exit 0
fi
sizes=${LINKED_SIZES:-"100000 1000000"}

peak_mb() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%d", $1 / 1024}'; }

# browser_memory STORE PERSON RESOLUTION COUNTRY — the real browser in tmux: the timeline of
# the selected meeting's series, the comparison, a speaker, a resolution, a country and a
# search, each left with q; then VmRSS and VmHWM of the process (the target is < 250 MB).
browser_memory() {
    local store=$1 socket="plenary-bench-mem-$$" pid
    tmux -L "$socket" -f /dev/null new-session -d -x 80 -y 24 \
        "env LANG=C.UTF-8 TERM=tmux-256color PLENARY_WATCH=off '$PLENARY' --store '$store'" >/dev/null 2>&1
    wait_for() { for _ in $(seq 300); do tmux -L "$socket" capture-pane -p | grep -q "$1" && return 0; sleep 0.05; done; return 1; }
    wait_for " 1/" || { echo "browser did not show the list"; tmux -L "$socket" kill-server; return; }
    pid=$(tmux -L "$socket" list-panes -F '#{pane_pid}')
    local keys=("t" "q" "c" "q" ":speaker $2" ":resolution $3" ":country $4" "s")
    for k in "${keys[@]}"; do
        if [[ $k == :* || $k == s ]]; then tmux -L "$socket" send-keys -l "$k"; else tmux -L "$socket" send-keys "$k"; fi
        [[ $k == :* ]] && tmux -L "$socket" send-keys Enter
        sleep 1.5
        [[ $k == :* ]] && tmux -L "$socket" send-keys q && sleep 0.3
    done
    tmux -L "$socket" send-keys -l "climate change"; sleep 2
    printf 'browser after timeline, comparison, speaker, resolution, country and search: %s MB resident, peak %s MB\n' \
        "$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status")" "$(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$pid/status")"
    tmux -L "$socket" kill-server 2>/dev/null || true
}

for n in $sizes; do
    case $n in 1000000) name=search-1m ;; *) name=search-$((n / 1000))k ;; esac
    store="$BENCH_DIR/$name"
    if [ ! -f "$store/.complete" ]; then
        rm -rf "$store"
        scripts/make-search-store "$n" "$store" > "$BENCH_DIR/$name.count"
        touch "$store/.complete"
    fi
    read -r paragraphs _ < "$BENCH_DIR/$name.count"
    files=$(find "$store/meetings" -name '*.json' | wc -l)
    echo "## linked views ($paragraphs paragraphs in $files meetings)"
    start=$EPOCHREALTIME
    "$PLENARY" reindex --store "$store" >/dev/null 2>&1
    printf 'reindex (search and cross-meeting tables): %.1f s; index %d MB\n' "$(echo "$EPOCHREALTIME - $start" | bc -l)" \
        "$(( $(stat -c %s "$store/.plenary/search.sqlite") / 1000000 ))"
    "$PLENARY" watch --stop --store "$store" >/dev/null 2>&1 || true
    "$PLENARY" speakers --store "$store" >/dev/null      # starts the watcher
    for _ in $(seq 50); do "$PLENARY" watch --status --store "$store" | grep -q "watched by" && break; sleep 0.1; done
    "$PLENARY" speakers --store "$store" >/dev/null      # the watcher's first answer
    "$PLENARY" list --store "$store" >/dev/null          # the summary cache warm

    person=$("$PLENARY" speakers --json --store "$store" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
    resolution=$("$PLENARY" citations --json --store "$store" | python3 -c '
import json,sys
rows=[r for r in json.load(sys.stdin) if (r.get("symbol") or "").startswith("S/RES/")]
print(max(rows, key=lambda r: (r["meetings"], r["citations"]))["symbol"].split(" ")[0])')
    newest=$("$PLENARY" list --json --store "$store" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
    printf '%-44s %10s %8s\n' command median_ms peak_MB
    row() {
        local label=$1; shift
        printf '%-44s %10.1f %8s\n' "$label" "$(echo "$(median_seconds 7 "$PLENARY" "$@" --store "$store") * 1000" | bc -l)" \
            "$(peak_mb "$PLENARY" "$@" --store "$store")"
    }
    row "list (the floor)" list
    row "speakers" speakers
    row "speakers --json" speakers --json
    row "speakers NAME" speakers "${person%%-*}"
    row "speakers --aliases ID" speakers --aliases "$person"
    row "show person:ID ($person)" show "person:$person"
    row "citations" citations
    row "show $resolution" show "$resolution"
    row "timeline (every meeting)" timeline
    row "timeline --json" timeline --json
    row "timeline --from 2017 --to 2017" timeline --from 2017 --to 2017
    row "timeline --org UN --body debate --from 2020" timeline --org UN --body debate --from 2020
    row "compare ID (previous-meeting lookup + diff)" compare "$newest"
    echo
    echo "### linked screens in process (first = a fresh LinkedData; again = kept, as the browser keeps it)"
    "$PLENARY" bench-screens --store "$store" --runs 7

    if command -v tmux >/dev/null; then
        echo
        echo "### the browser in tmux (80x24): resident memory after visiting every linked screen"
        browser_memory "$store" "$person" "$resolution" "${person##*-}"
    fi

    echo
    echo "### one meeting file rewritten by another program, then plenary speakers (watched)"
    victim=$(find "$store/meetings/2017" -name "*.json" -print -quit)
    cp "$victim" "$BENCH_DIR/linked-victim.json"
    sed -i 's/"name" : "\([^"]*\)"/"name" : "Benchmark Renamed"/' "$victim"
    start=$EPOCHREALTIME
    found=$("$PLENARY" speakers --json --store "$store" "Benchmark Renamed" | grep -c '"id"' || true)
    end=$EPOCHREALTIME
    cp "$BENCH_DIR/linked-victim.json" "$victim"
    "$PLENARY" speakers --store "$store" >/dev/null
    printf 'speakers right after the edit: %.0f ms, renamed person found: %s\n' "$(echo "($end - $start) * 1000" | bc -l)" "$found"
    "$PLENARY" watch --stop --store "$store" >/dev/null
    echo
done
echo "targets at 1M paragraphs: each command < 100 ms, each screen < 100 ms, browser < 250 MB, a view after an edit < 1 s"
