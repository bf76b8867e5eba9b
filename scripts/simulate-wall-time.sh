#!/usr/bin/env bash
# Wall time (JVM start included) and memory of `unhunch simulate` on a generated year of office
# days (~2 million trace lines), run 5 times with -Xmx64m. Runnable from any folder:
#
#   scripts/simulate-wall-time.sh
#
# Environment: RUNS (default 5), HEAP (default 64m), SEED (default: the generator's),
# JAVA (default: java on PATH), REBUILD_APP=1 to rebuild target/unhunch.jar and
# target/benchmarks.jar even if present.
# Uses hyperfine if it is installed, otherwise /usr/bin/time (or bash's clock) per run.
# Targets for context: under 3 s wall per run, and every run exits 0 within -Xmx64m.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

RUNS=${RUNS:-5}
HEAP=${HEAP:-64m}
JAVA=${JAVA:-java}
APP_JAR=target/unhunch.jar
BENCH_JAR=target/benchmarks.jar
TRACE=target/year.trace

if [[ ! -f $APP_JAR || ! -f $BENCH_JAR || ${REBUILD_APP:-0} == 1 ]]; then
  echo "== building $APP_JAR and $BENCH_JAR"
  mvn -B -q -Pbench package -DskipTests
fi

echo "== generating $TRACE"
"$JAVA" -cp "$BENCH_JAR" org.unhunch.bench.OfficeYearTrace "$TRACE" ${SEED:+"$SEED"}
echo "lines: $(wc -l < "$TRACE")   size: $(du -h "$TRACE" | cut -f1)"

CMD=("$JAVA" "-Xmx$HEAP" -jar "$APP_JAR" simulate "$TRACE")
echo "== timing: ${CMD[*]} > /dev/null   ($RUNS runs)"
java_version=$("$JAVA" -version 2>&1 | head -1)
echo "java: $java_version   cores: $(nproc)   load: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

if command -v hyperfine > /dev/null; then
  if ! hyperfine --runs "$RUNS" --warmup 0 --export-json "$tmp/hyperfine.json" \
      --output=null "${CMD[*]}"; then
    failures=1
  fi
fi

# One measured loop in any case: wall time per run, exit status, and (with GNU time) max RSS.
walls=()
for i in $(seq 1 "$RUNS"); do
  start=$(date +%s%N)
  status=0
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -f '%M' -o "$tmp/rss" "${CMD[@]}" > /dev/null 2> "$tmp/err" || status=$?
    rss_kb=$(tail -1 "$tmp/rss")
  else
    "${CMD[@]}" > /dev/null 2> "$tmp/err" || status=$?
    rss_kb='?'
  fi
  end=$(date +%s%N)
  wall=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }')
  walls+=("$wall")
  if [[ $status == 0 ]]; then
    verdict="exit 0: fit in -Xmx$HEAP"
  else
    verdict="exit $status: FAILED (did not fit in -Xmx$HEAP?) $(tail -2 "$tmp/err" | tr '\n' ' ')"
    failures=$((failures + 1))
  fi
  if [[ $rss_kb == '?' ]]; then rss="max RSS ?"; else rss="max RSS $((rss_kb / 1024)) MiB"; fi
  printf 'run %d: wall %s s   %s   %s\n' "$i" "$wall" "$rss" "$verdict"
done

printf '%s\n' "${walls[@]}" | sort -n | awk -v runs="$RUNS" '
  { w[NR] = $1 }
  END {
    median = (NR % 2) ? w[(NR + 1) / 2] : (w[NR / 2] + w[NR / 2 + 1]) / 2
    printf "wall: min %.3f s   median %.3f s   max %.3f s   (target < 3 s: %s)\n",
      w[1], median, w[NR], (w[NR] < 3 ? "met by every run" : "NOT met by every run")
  }'
if [[ $failures == 0 ]]; then
  echo "all runs exited 0 with -Xmx$HEAP"
else
  echo "$failures failure(s)"
  exit 1
fi
