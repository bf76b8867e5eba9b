#!/usr/bin/env bash
# What watching activity costs the machine, each activity source against the others, in one run:
# side by side on one virtual desktop of its own and in the same windows of time,
#   hook        the tray agent with activity.source=hook
#   idle-time   the tray agent with activity.source=idle-time
#   workrave, safeeyes   where installed (apt-get install workrave safeeyes xprintidle; Safe Eyes
#               reads the idle time through xprintidle, without it its smart pause is off)
#   bare-hook   with BASELINE=1: a JVM that only registers JNativeHook listeners
#               (org.unhunch.bench.BareHookBaseline from target/benchmarks.jar)
# Each agent runs as the README starts it (java @jvm.options -jar unhunch.jar run,
# _AWT_MAX_POLL_TIMEOUT=1000), with its own UNHUNCH_DATA_DIR and preferences, its source set
# beforehand with `settings set activity.source`. The desktop (Xvfb with RECORD, openbox, trayer,
# private buses) and the processes' start come from scripts/lib/side-by-side.sh.
# Figures per process, in one table with ratios against Safe Eyes:
#   - idle: CPU and wake-ups while nobody is at the desk (IDLE_SECONDS, no input since the start);
#     the threads that woke most;
#   - input: CPU per 10,000 events, each burst seen by every process at once.
#
#   scripts/measure-agent-cost.sh                          # the full run (about 3 minutes)
#   IDLE_SECONDS=10 EVENTS=2000 ROUNDS=1 scripts/measure-agent-cost.sh   # a quick check
#   SOURCES=hook OTHERS=0 AGENT_ARGS=--headless scripts/measure-agent-cost.sh   # one agent alone
#
# Environment:
#   IDLE_SECONDS   length of the no-input window (default 60)
#   EVENTS         events per burst (default 10000); figures are given per 10,000 events
#   ROUNDS         how many times to run the pointer burst and the key burst (default 2; the
#                  first round also pays for JIT-compiling the event path)
#   SETTLE_SECONDS wait after start-up before measuring, and after each burst before the second
#                  reading, so queued events are handled inside the window (default 20 and 2)
#   SOURCES        the agents to run, by activity.source (default "hook idle-time")
#   OTHERS=0       without Workrave and Safe Eyes;  BASELINE=1 with the bare hook
#   JAVA           java to run (default: java on PATH); JAVA_OPTS the agents' JVM options
#                  (default @jvm.options); AGENT_ARGS extra arguments for `run` (e.g. --headless)
#   REBUILD_APP=1 / REBUILD_BENCH=1   rebuild target/unhunch.jar / target/benchmarks.jar
#   KEEP_TMP=1     keep the temporary folder (logs, output, readings)
#
# Method: CPU is utime+stime+cutime+cstime of /proc/PID/stat (all threads and the children waited
# for, in CLK_TCK ticks: 10 ms at the usual 100 Hz); the threads' run time in
# /proc/PID/task/*/schedstat (ns, children not included) is shown for the idle window. Wake-ups
# are voluntary_ctxt_switches summed over /proc/PID/task/*/status (threads that exit during a
# window drop out of the sum; a child process's own switches are not counted). Each burst is one
# xdotool invocation: EVENTS chained `mousemove X Y` commands alternating between two points
# 10 px apart (every move counts, past the 3 px jitter threshold), or one `key --delay 0 a a a ...`
# with EVENTS key strokes (each a press and a release). A burst's window spans the xdotool run
# plus the settling time; nothing is subtracted.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
# shellcheck source=scripts/lib/side-by-side.sh
source scripts/lib/side-by-side.sh

IDLE_SECONDS=${IDLE_SECONDS:-60}
EVENTS=${EVENTS:-10000}
ROUNDS=${ROUNDS:-2}
START_SETTLE=${SETTLE_SECONDS:-20}
BURST_SETTLE=${SETTLE_SECONDS:-2}
SOURCES=${SOURCES:-hook idle-time}
APP_JAR=target/unhunch.jar
BENCH_JAR=target/benchmarks.jar

for tool in xdotool Xvfb openbox trayer xdpyinfo xprop dbus-daemon getconf awk; do
  command -v "$tool" > /dev/null || { echo "measure-agent-cost: $tool is not installed" >&2; exit 2; }
done

maven() {  # offline first; online if a dependency is missing
  mvn -B -q -o "$@" || mvn -B -q "$@"
}
if [[ ! -f $APP_JAR || ${REBUILD_APP:-0} == 1 ]]; then
  echo "== building $APP_JAR"
  maven -f pom.xml package -DskipTests
fi
if [[ ${BASELINE:-0} == 1 && (! -f $BENCH_JAR || ${REBUILD_BENCH:-0} == 1) ]]; then
  echo "== building $BENCH_JAR"
  maven -Pbench package -DskipTests
fi

side_by_side_begin unhunch-agent-cost
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== $(git rev-parse --short HEAD 2> /dev/null || echo '?'), jar built $(date -r "$APP_JAR" +%FT%T);" \
  "JAVA_OPTS=$JAVA_OPTS _AWT_MAX_POLL_TIMEOUT=$_AWT_MAX_POLL_TIMEOUT; display $DISPLAY"
echo "java: $("$JAVA" -version 2>&1 | head -1)   cores: $(nproc)   CLK_TCK: $CLK_TCK   load before: $load_before"

# --- the processes -----------------------------------------------------------------------------

declare -A ready_ms=() began=()
for source in $SOURCES; do
  agent_setup "$source" "$APP_JAR"
  agent_command "$source"
  "${agent_cmd[@]}" settings set activity.source "$source" > /dev/null
  began[$source]=$(date +%s%N)
  # shellcheck disable=SC2086
  start_agent "$source" "$APP_JAR" run ${AGENT_ARGS:-}
done
if [[ ${BASELINE:-0} == 1 ]]; then
  cp "$BENCH_JAR" "$tmp/benchmarks.jar"
  began[bare-hook]=$(date +%s%N)
  # shellcheck disable=SC2086
  start_process bare-hook "$JAVA" $JAVA_OPTS -Djava.io.tmpdir="$tmp" -cp "$tmp/benchmarks.jar" \
    org.unhunch.bench.BareHookBaseline
fi
if [[ ${OTHERS:-1} == 1 ]]; then start_others; fi

# Each process's start-up, from its own start to the line that says its source is on; all are
# watched at once, so one slow start does not add to the next.
ready_line() {  # name: sets file and pattern, or fails for a process that says nothing
  case $1 in
    bare-hook) file=$tmp/$1.out pattern='Watching activity' ;;
    workrave | safeeyes) return 1 ;;
    *) file=$tmp/$1.err pattern='Activity:' ;;
  esac
}
pending=()
for name in "${order[@]}"; do ready_line "$name" && pending+=("$name"); done
give_up=$(($(date +%s) + 60))
while ((${#pending[@]} > 0)); do
  still=()
  for name in "${pending[@]}"; do
    ready_line "$name"
    if grep -qs -- "$pattern" "$file"; then
      ready_ms[$name]=$((($(date +%s%N) - began[$name]) / 1000000))
    elif ! kill -0 "${running[$name]}" 2> /dev/null || (($(date +%s) > give_up)); then
      echo "measure-agent-cost: $name did not say '$pattern' within 60 s" >&2
      tail -20 "$tmp/$name.err" >&2 || true
      exit 1
    else
      still+=("$name")
    fi
  done
  pending=("${still[@]+"${still[@]}"}")
  sleep 0.05
done
for name in "${order[@]}"; do
  printf '%-10s pid %-7s %s\n' "$name" "${running[$name]}" \
    "$(grep -h -m1 'Activity:' "$tmp/$name.err" 2> /dev/null || echo '')"
done
pause "$START_SETTLE"

# --- idle: nobody at the desk ------------------------------------------------------------------

echo "== idle: ${IDLE_SECONDS} s without input"
readings_save idle.0
pause "$IDLE_SECONDS"
readings_save idle.1

# --- input: bursts every process sees at once --------------------------------------------------

pointer_args=()
for ((i = 0; i < EVENTS; i++)); do
  if ((i % 2 == 0)); then pointer_args+=(mousemove 600 400); else pointer_args+=(mousemove 610 400); fi
done
key_args=(key --delay 0)
for ((i = 0; i < EVENTS; i++)); do key_args+=(a); done

bursts=()
burst() {  # name, xdotool arguments...
  local name=$1 status=0 t0 t1
  shift
  xdotool mousemove 100 100  # start from elsewhere, so the first move of the burst moves
  sleep 0.5
  readings_save "$name.0"
  t0=$(date +%s%N)
  xdotool "$@" &
  wait $! || status=$?
  t1=$(date +%s%N)
  pause "$BURST_SETTLE"
  readings_save "$name.1"
  bursts+=("$name")
  echo "== $name: $EVENTS events, xdotool $(awk -v ns=$((t1 - t0)) 'BEGIN { printf "%.2f", ns / 1e9 }') s (exit $status)"
}
readings_save bursts.0
for ((round = 1; round <= ROUNDS; round++)); do
  burst "pointer-moves#$round" "${pointer_args[@]}"
  burst "key-presses#$round" "${key_args[@]}"
done
readings_save bursts.1
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
declare -A rss=()
for name in "${order[@]}"; do
  rss[$name]=$(awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/${running[$name]}/status" 2> /dev/null || echo '?')
done

# --- the table ---------------------------------------------------------------------------------

# Each figure row: "label|ratio|value for each process" (ratio: whether to set it against Safe Eyes).
rows=()
row() {  # label ratio(yes/no) awk-expression over: wall ticks wakeups ns threads, from, to
  local label=$1 ratio=$2 expression=$3 from=$4 to=$5 line name
  line="$label|$ratio"
  for name in "${order[@]}"; do
    line+="|$(readings_delta "$from" "$to" "$name" | awk -v hz="$CLK_TCK" -v events="$EVENTS" \
      "{ wall = \$1; ticks = \$2; wakeups = \$3; ns = \$4; threads = \$5; print $expression }")"
  done
  rows+=("$line")
}
row "idle CPU, s per minute" yes 'sprintf("%.3f", ticks / hz * 60 / wall)' idle.0 idle.1
row "idle CPU, threads' run time, s per min" yes 'sprintf("%.4f", ns / 1e9 * 60 / wall)' idle.0 idle.1
row "wake-ups while away, per minute" yes 'sprintf("%.0f", wakeups * 60 / wall)' idle.0 idle.1
for name in "${bursts[@]}"; do
  row "$name: CPU s per 10,000" yes 'sprintf("%.3f", ticks / hz * 10000 / events)' "$name.0" "$name.1"
done
row "all bursts: CPU s per 10,000 events" yes \
  "sprintf(\"%.3f\", ticks / hz * 10000 / (events * ${#bursts[@]}))" bursts.0 bursts.1
row "all bursts: wake-ups per 10,000 events" yes \
  "sprintf(\"%.0f\", wakeups * 10000 / (events * ${#bursts[@]}))" bursts.0 bursts.1
row "threads at the end" no 'threads' bursts.0 bursts.1
line="RSS at the end, MiB|no"
for name in "${order[@]}"; do line+="|${rss[$name]}"; done
rows+=("$line")
line="start-up until the source is on, ms|no"
for name in "${order[@]}"; do line+="|${ready_ms[$name]:--}"; done
rows+=("$line")

echo
echo "== $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, load before ${load_before}, after ${load_after};" \
  "idle ${IDLE_SECONDS} s, ${ROUNDS} rounds of ${EVENTS} pointer moves and ${EVENTS} key presses"
for name in "${order[@]}"; do
  line=$(grep -h -m1 'Activity:' "$tmp/$name.err" 2> /dev/null || true)
  if [[ -n $line ]]; then printf '%-10s %s\n' "$name" "$line"; fi
done
printf '%s\n' "${rows[@]}" | awk -F'|' -v names="${order[*]}" '
  BEGIN { n = split(names, name, " "); for (i = 1; i <= n; i++) if (name[i] == "safeeyes") base = i + 2 }
  NR == 1 { printf "%-40s", "figure"; for (i = 1; i <= n; i++) printf " %17s", name[i]; print "" }
  { printf "%-40s", $1
    for (i = 3; i <= NF; i++) {
      cell = $i
      if ($2 == "yes" && base && i != base && $base + 0 > 0 && cell ~ /^[0-9.]+$/) {
        r = cell / $base
        cell = cell sprintf(r >= 10 ? " (x%.0f)" : " (x%.1f)", r)
      }
      printf " %17s", cell
    }
    print "" }'
if [[ -n ${running[safeeyes]:-} ]]; then echo "(x N: N times Safe Eyes' figure)"; fi
echo "(CPU in ${CLK_TCK} Hz ticks: a figure under 0.05 s is a few ticks; threads' run time leaves out child processes)"
echo
echo "== wake-ups while away, the threads that woke most (wake-ups/run time in ${IDLE_SECONDS} s)"
for name in "${order[@]}"; do printf '%-10s %s\n' "$name" "$(threads_top idle.0 idle.1 "$name" 5)"; done
echo "== input, the threads that woke most over all bursts (wake-ups/run time)"
for name in "${order[@]}"; do printf '%-10s %s\n' "$name" "$(threads_top bursts.0 bursts.1 "$name" 5)"; done

# --- what the processes said -------------------------------------------------------------------

for name in "${order[@]}"; do
  if grep -v 'Activity:' "$tmp/$name.err" 2> /dev/null | grep -q 'Exception\|Error\|WARN\|unhunch:'; then
    echo "== $name said on standard error (first lines):"
    grep -v 'Activity:' "$tmp/$name.err" | head -5 | cut -c1-200
  fi
done
if [[ -n ${running[bare-hook]:-} ]]; then
  stop_process bare-hook
  grep -h 'events seen' "$tmp/bare-hook.err" || true
fi
