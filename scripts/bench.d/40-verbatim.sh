#!/usr/bin/env bash
# Issue 4: importing the 63 verbatim records of unsc-speeches-2020 (one folder per record, a
# fresh store with the catalogue each run) and importing the Security Council catalogue.
# Targets: 63 records under 10 s; catalogue import under 2 s. Also the registry's first and
# cached builds (plenary speakers) on that store.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

speeches="$SPEECHES"
catalogue="$CATALOGUE"
if [ ! -d "$speeches" ] || [ ! -d "$catalogue" ]; then
    echo "## verbatim import: SKIP (../shared/corpora/unsc-speeches-2020 or unsc-meetings-catalogue absent)"
    exit 0
fi

work="$BENCH_DIR/verbatim"
fresh_store() { rm -rf "$work/$1"; mkdir -p "$work"; "$PLENARY" init "$work/$1" >/dev/null; }

catalogue_import() { fresh_store cat; "$PLENARY" catalog import --store "$work/cat" "$catalogue"; }
records_import() {
    rm -rf "$work/rec/meetings" "$work/rec/sources" "$work/rec/.plenary"
    "$PLENARY" import --store "$work/rec" "$speeches"
}
registry_cold() { rm -f "$work/rec/.plenary/registry.json"; "$PLENARY" speakers --store "$work/rec"; }

echo "## verbatim records and catalogue (whole process, median of 5)"
catalogue_s=$(median_seconds 5 catalogue_import)
fresh_store rec
"$PLENARY" catalog import --store "$work/rec" "$catalogue" >/dev/null
records_s=$(median_seconds 5 records_import)
records_import >/dev/null 2>&1
count=$(find "$work/rec/meetings" -name '*.json' | wc -l)
cold_s=$(median_seconds 5 registry_cold)
"$PLENARY" speakers --store "$work/rec" >/dev/null
warm_s=$(median_seconds 5 "$PLENARY" speakers --store "$work/rec")
top=$("$PLENARY" speakers --store "$work/rec" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
person_s=$(median_seconds 5 "$PLENARY" show --store "$work/rec" "person:$top")
printf '%-44s %8s\n' "catalogue import (2,637 res., 9,374 records)" "$catalogue_s"
printf '%-44s %8s\n' "import $count verbatim records" "$records_s"
printf '%-44s %8s\n' "plenary speakers, registry built" "$cold_s"
printf '%-44s %8s\n' "plenary speakers, registry cached" "$warm_s"
printf '%-44s %8s\n' "plenary show person:$top" "$person_s"
echo "targets: 63 records < 10 s; catalogue import < 2 s"
