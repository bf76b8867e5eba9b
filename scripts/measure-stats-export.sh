#!/usr/bin/env bash
# How fast `unhunch stats` and `unhunch export` answer on a break log of one year of office days:
# the generated year trace (from the benchmarks jar) is replayed through the model into a log in a temporary
# folder (simulate --record-into), then each command is timed 3 times, JVM start included.
#   scripts/measure-stats-export.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ -f target/unhunch.jar ] || mvn -B -q package -DskipTests
[ -f target/benchmarks.jar ] || mvn -B -q -Pbench package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -cp target/benchmarks.jar org.unhunch.bench.OfficeYearTrace "$work/year.trace" > /dev/null
java -jar target/unhunch.jar simulate "$work/year.trace" --record-into "$work/log" --starting 2026-01-05T00:00 > /dev/null
events=$(java -jar target/unhunch.jar simulate "$work/year.trace" | wc -l)
echo "break log: $(du -h "$work/log/breaks.db" | cut -f1), about $((events - 1)) events over a year"
time_it() {
  local label=$1; shift
  for run in 1 2 3; do
    start=$(date +%s%N)
    UNHUNCH_DATA_DIR="$work/log" "$@" > "$work/out" 2>/dev/null
    end=$(date +%s%N)
    printf '%-40s run %d: %.3f s (%s lines)\n' "$label" "$run" "$(echo "($end - $start) / 1000000000" | bc -l)" "$(wc -l < "$work/out")"
  done
}
time_it "stats --days 366" java -jar target/unhunch.jar stats --days 366
time_it "stats --days 366 --json" java -jar target/unhunch.jar stats --days 366 --json
time_it "export --format csv (the year)" java -jar target/unhunch.jar export --format csv --from 2026-01-01 --to 2026-12-31
time_it "export --format json (the year)" java -jar target/unhunch.jar export --format json --from 2026-01-01 --to 2026-12-31
