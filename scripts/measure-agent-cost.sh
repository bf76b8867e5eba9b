#!/usr/bin/env bash
# What the live headless agent costs the machine: CPU time and voluntary context switches of the
# whole java process while nobody touches anything, then CPU time per 10,000 synthesized input
# events (pointer moves, then key presses). Runs on a virtual desktop of its own (Xvfb with
# RECORD + openbox + trayer, started with .ci/desktop-session on a free display), with
# UNHUNCH_DATA_DIR in a temporary folder, so the real user's desktop and data are never touched.
#
#   scripts/measure-agent-cost.sh                    # the agent (target/unhunch.jar run --headless)
#   BASELINE=1 scripts/measure-agent-cost.sh         # a bare JNativeHook process, for comparison
#   IDLE_SECONDS=10 scripts/measure-agent-cost.sh    # a quick check
#
# Environment:
#   IDLE_SECONDS   length of the no-input window (default 60)
#   EVENTS         events per burst (default 10000); figures are given per 10,000 events
#   ROUNDS         how many times to run the pointer burst and the key burst (default 2; the
#                  first round also pays for JIT-compiling the event path)
#   SETTLE_SECONDS wait after start-up before measuring, and after each burst before the second
#                  reading, so queued events are handled inside the window (default 3 and 2)
#   BASELINE=1     measure org.unhunch.bench.BareHookBaseline from target/benchmarks.jar: a
#                  JVM that only registers JNativeHook listeners with its default dispatcher
#   JAVA           java to run (default: java on PATH); JAVA_OPTS extra JVM options
#   AGENT_ARGS     extra arguments for `run --headless` (e.g. "--set sit.limit=30m")
#   REBUILD_APP=1 / REBUILD_BENCH=1   rebuild target/unhunch.jar / target/benchmarks.jar
#   KEEP_TMP=1     keep the temporary folder (logs, stdout, per-thread readings)
#
# Method: CPU is utime+stime of the java process from /proc/PID/stat (all threads, in CLK_TCK
# ticks, so 10 ms resolution at the usual 100 Hz; the run time in /proc/PID/task/*/schedstat, in
# ns, is shown next to it); context switches are voluntary_ctxt_switches
# summed over /proc/PID/task/*/status (threads that exit during a window drop out of the sum).
# Each burst is one xdotool invocation: EVENTS chained `mousemove X Y` commands alternating
# between two points 10 px apart (every move counts, past the 3 px jitter threshold), or one
# `key --delay 0 a a a ...` with EVENTS key strokes (each a press and a release; JNativeHook
# delivers pressed, typed and released for each). The CPU delta spans the xdotool run plus
# SETTLE_SECONDS; nothing is subtracted. xdotool's own wall time is reported alongside.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

IDLE_SECONDS=${IDLE_SECONDS:-60}
EVENTS=${EVENTS:-10000}
ROUNDS=${ROUNDS:-2}
START_SETTLE=${SETTLE_SECONDS:-3}
BURST_SETTLE=${SETTLE_SECONDS:-2}
JAVA=${JAVA:-java}
BASELINE=${BASELINE:-0}
APP_JAR=target/unhunch.jar
BENCH_JAR=target/benchmarks.jar
CLK_TCK=$(getconf CLK_TCK)

for tool in xdotool Xvfb openbox trayer xdpyinfo xprop getconf awk; do
  command -v "$tool" > /dev/null || { echo "measure-agent-cost: $tool is not installed" >&2; exit 2; }
done

maven() {  # offline first; online if a dependency is missing
  mvn -B -q -o "$@" || mvn -B -q "$@"
}

if [[ $BASELINE == 1 ]]; then
  if [[ ! -f $BENCH_JAR || ${REBUILD_BENCH:-0} == 1 ]]; then
    echo "== building $BENCH_JAR"
    maven -Pbench package -DskipTests
  fi
else
  if [[ ! -f $APP_JAR || ${REBUILD_APP:-0} == 1 ]]; then
    echo "== building $APP_JAR"
    maven -f pom.xml package -DskipTests
  fi
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/unhunch-cost.XXXXXX")
export UNHUNCH_DATA_DIR=$tmp/data
mkdir -p "$UNHUNCH_DATA_DIR"
# Run a private copy: a jar rebuilt under a running JVM (another build in the working tree) makes
# its later class loads fail (NoClassDefFoundError on the hook thread at the first event).
jar_info="$( (git rev-parse --short HEAD 2> /dev/null || echo '?') | tr -d '\n'), jar built $(
  date -r "$([[ $BASELINE == 1 ]] && echo "$BENCH_JAR" || echo "$APP_JAR")" +%FT%T)"
if [[ $BASELINE == 1 ]]; then
  cp "$BENCH_JAR" "$tmp/benchmarks.jar"
  BENCH_JAR=$tmp/benchmarks.jar
else
  cp "$APP_JAR" "$tmp/unhunch.jar"
  APP_JAR=$tmp/unhunch.jar
fi

display=
java_pid=
xdotool_pid=
sleep_pid=

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  local child
  for child in "$xdotool_pid" "$sleep_pid"; do
    if [[ -n $child ]] && kill -0 "$child" 2> /dev/null; then
      kill "$child" 2> /dev/null || true
    fi
  done
  if [[ -n $java_pid ]] && kill -0 "$java_pid" 2> /dev/null; then
    kill -TERM "$java_pid" 2> /dev/null || true
    for _ in $(seq 1 100); do
      kill -0 "$java_pid" 2> /dev/null || break
      sleep 0.1
    done
    if kill -0 "$java_pid" 2> /dev/null; then
      echo "measure-agent-cost: java ($java_pid) did not stop on SIGTERM; killing it" >&2
      kill -KILL "$java_pid" 2> /dev/null || true
    fi
    wait "$java_pid" 2> /dev/null || true
  fi
  if [[ -n ${UNHUNCH_DESKTOP_STATE:-} ]]; then
    "$ROOT/.ci/desktop-session" stop "$UNHUNCH_DESKTOP_STATE" || true
  fi
  if [[ ${KEEP_TMP:-0} == 1 ]]; then
    echo "kept: $tmp"
  else
    rm -rf "$tmp"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A display Xvfb picks as free (-displayfd).
eval "$("$ROOT/.ci/desktop-session" start)"
export DISPLAY
display=$DISPLAY

# --- readings ----------------------------------------------------------------------------------

cpu_ticks() {  # utime + stime of the whole process (fields 14 and 15; comm may hold spaces)
  awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$java_pid/stat"
}

ctx_switches() {  # "voluntary nonvoluntary threads", summed over the process's threads
  cat /proc/"$java_pid"/task/*/status 2> /dev/null | awk '
    /^voluntary_ctxt_switches/ { v += $2; t++ }
    /^nonvoluntary_ctxt_switches/ { nv += $2 }
    END { print v + 0, nv + 0, t + 0 }'
}

sched_ns() {  # run time in ns summed over the threads (/proc/PID/task/*/schedstat), finer than ticks
  cat /proc/"$java_pid"/task/*/schedstat 2> /dev/null | awk '{ ns += $1 } END { printf "%.0f\n", ns }'
}

thread_ticks() {  # "tid ticks name voluntary_cs" for each thread
  local task
  for task in /proc/"$java_pid"/task/*; do
    [[ -r $task/stat ]] || continue
    awk -v tid="${task##*/}" -v name="$(tr ' ' '_' < "$task/comm" 2> /dev/null)" \
      -v vcs="$(awk '/^voluntary_ctxt_switches/ { print $2 }' "$task/status" 2> /dev/null)" \
      '{ sub(/^.*\) /, ""); print tid, $12 + $13, name, vcs + 0 }' "$task/stat" 2> /dev/null || true
  done
}

now_ns() { date +%s%N; }

seconds() { awk -v t="$1" -v hz="$CLK_TCK" 'BEGIN { printf "%.3f", t / hz }'; }

top_threads() {  # threads that used CPU or switched between two thread_ticks files: name:CPU/switches
  awk 'NR == FNR { before[$1] = $2; vbefore[$1] = $4; next }
       { d = $2 - ($1 in before ? before[$1] : 0); v = $4 - ($1 in vbefore ? vbefore[$1] : 0)
         if (d > 0 || v >= 10) printf "%s:%.2fs/%dcs ", $3, d / hz, v }' \
    hz="$CLK_TCK" "$1" "$2"
  echo
}

# --- the process under test --------------------------------------------------------------------

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
# shellcheck disable=SC2086
if [[ $BASELINE == 1 ]]; then
  what="bare JNativeHook (BareHookBaseline, default dispatcher)"
  ready_file=$tmp/stdout
  "$JAVA" ${JAVA_OPTS:-} -Djava.io.tmpdir="$tmp" -cp "$BENCH_JAR" org.unhunch.bench.BareHookBaseline \
    > "$tmp/stdout" 2> "$tmp/stderr" < /dev/null &
else
  what="unhunch agent (run --headless${AGENT_ARGS:+ $AGENT_ARGS})"
  ready_file=$UNHUNCH_DATA_DIR/logs/unhunch.log
  "$JAVA" ${JAVA_OPTS:-} -jar "$APP_JAR" run --headless ${AGENT_ARGS:-} \
    > "$tmp/stdout" 2> "$tmp/stderr" < /dev/null &
fi
java_pid=$!
started=$(now_ns)

echo "== $what"
echo "pid $java_pid   display $DISPLAY   data $UNHUNCH_DATA_DIR   HEAD $jar_info"
echo "java: $("$JAVA" -version 2>&1 | head -1)   cores: $(nproc)   CLK_TCK: $CLK_TCK"
echo "load before: $load_before   ($(uptime))"

for _ in $(seq 1 300); do
  grep -qs 'Watching activity' "$ready_file" && break
  kill -0 "$java_pid" 2> /dev/null || break
  sleep 0.1
done
if ! grep -qs 'Watching activity' "$ready_file"; then
  echo "measure-agent-cost: the process did not say 'Watching activity' within 30 s" >&2
  tail -20 "$tmp/stderr" "$ready_file" >&2 2> /dev/null || true
  exit 1
fi
ready_ms=$((($(now_ns) - started) / 1000000))
sleep "$START_SETTLE"
startup_ticks=$(cpu_ticks)
echo "up after ${ready_ms} ms; CPU until ${START_SETTLE} s later: $(seconds "$startup_ticks") s;" \
  "threads: $(ctx_switches | cut -d' ' -f3)"

# --- idle --------------------------------------------------------------------------------------

echo "== idle: ${IDLE_SECONDS} s without input"
thread_ticks > "$tmp/threads.idle.0"
read -r idle_v0 idle_nv0 _ < <(ctx_switches)
idle_c0=$(cpu_ticks)
idle_s0=$(sched_ns)
idle_t0=$(now_ns)
sleep "$IDLE_SECONDS" &  # waited for in the background, so SIGTERM/SIGINT stop the script at once
sleep_pid=$!
wait "$sleep_pid"
sleep_pid=
idle_c1=$(cpu_ticks)
idle_s1=$(sched_ns)
idle_t1=$(now_ns)
read -r idle_v1 idle_nv1 idle_threads < <(ctx_switches)
thread_ticks > "$tmp/threads.idle.1"
idle_wall=$(awk -v ns=$((idle_t1 - idle_t0)) 'BEGIN { printf "%.1f", ns / 1e9 }')
idle_cpu=$(seconds $((idle_c1 - idle_c0)))
idle_vol=$((idle_v1 - idle_v0))
idle_nvol=$((idle_nv1 - idle_nv0))
idle_sched=$(awk -v ns=$((idle_s1 - idle_s0)) 'BEGIN { printf "%.4f", ns / 1e9 }')
idle_sched60=$(awk -v c="$idle_sched" -v w="$idle_wall" 'BEGIN { printf "%.4f", c * 60 / w }')
idle_cpu60=$(awk -v c="$idle_cpu" -v w="$idle_wall" 'BEGIN { printf "%.3f", c * 60 / w }')
idle_vol60=$(awk -v v="$idle_vol" -v w="$idle_wall" 'BEGIN { printf "%.0f", v * 60 / w }')
echo "wall ${idle_wall} s   CPU ${idle_cpu} s (schedstat ${idle_sched} s)   voluntary cs ${idle_vol}   involuntary cs ${idle_nvol}" \
  "  threads ${idle_threads}"
echo "threads (CPU/voluntary cs): $(top_threads "$tmp/threads.idle.0" "$tmp/threads.idle.1")"

# --- bursts ------------------------------------------------------------------------------------

pointer_args=()
for ((i = 0; i < EVENTS; i++)); do
  if ((i % 2 == 0)); then pointer_args+=(mousemove 600 400); else pointer_args+=(mousemove 610 400); fi
done
key_args=(key --delay 0)
for ((i = 0; i < EVENTS; i++)); do key_args+=(a); done

rows=()
burst() {  # name, xdotool arguments...
  local name=$1
  shift
  local c0 c1 s0 s1 v0 v1 nv0 nv1 t0 t1 t2 status=0
  xdotool mousemove 100 100  # start from elsewhere, so the first move of the burst moves
  sleep 0.5
  thread_ticks > "$tmp/threads.$name.0"
  read -r v0 nv0 _ < <(ctx_switches)
  c0=$(cpu_ticks)
  s0=$(sched_ns)
  t0=$(now_ns)
  xdotool "$@" &
  xdotool_pid=$!
  wait "$xdotool_pid" || status=$?
  xdotool_pid=
  t1=$(now_ns)
  sleep "$BURST_SETTLE"
  c1=$(cpu_ticks)
  s1=$(sched_ns)
  t2=$(now_ns)
  read -r v1 nv1 _ < <(ctx_switches)
  thread_ticks > "$tmp/threads.$name.1"
  local cpu xwall win per10k vol sched
  cpu=$(seconds $((c1 - c0)))
  xwall=$(awk -v ns=$((t1 - t0)) 'BEGIN { printf "%.2f", ns / 1e9 }')
  win=$(awk -v ns=$((t2 - t0)) 'BEGIN { printf "%.2f", ns / 1e9 }')
  per10k=$(awk -v c="$cpu" -v n="$EVENTS" 'BEGIN { printf "%.3f", c * 10000 / n }')
  vol=$((v1 - v0))
  sched=$(awk -v ns=$((s1 - s0)) -v n="$EVENTS" 'BEGIN { printf "%.3f", ns / 1e9 * 10000 / n }')
  echo "== $name: $EVENTS events, xdotool wall ${xwall} s (exit $status), window ${win} s"
  echo "CPU ${cpu} s (${per10k} s per 10,000; schedstat ${sched} s per 10,000)   voluntary cs ${vol}   involuntary cs $((nv1 - nv0))"
  echo "threads (CPU/voluntary cs): $(top_threads "$tmp/threads.$name.0" "$tmp/threads.$name.1")"
  rows+=("$(printf '%-22s %10s %10s %12s %12s %10s' "$name" "$per10k" "$sched" "$xwall" "$vol" "$win")")
}

for ((round = 1; round <= ROUNDS; round++)); do
  burst "pointer-moves#$round" "${pointer_args[@]}"
  burst "key-presses#$round" "${key_args[@]}"
done

load_after=$(cut -d' ' -f1-3 /proc/loadavg)
rss_kb=$(awk '/^VmRSS/ { print $2 }' "/proc/$java_pid/status")

# --- stop, and what the process said -----------------------------------------------------------

kill -TERM "$java_pid" 2> /dev/null || true
for _ in $(seq 1 100); do
  kill -0 "$java_pid" 2> /dev/null || break
  sleep 0.1
done
echo "== stopped; what the process said"
if [[ $BASELINE == 1 ]]; then
  grep -h 'events seen' "$tmp/stderr" || echo "(no event counts on stderr)"
else
  grep -h 'wake-ups\|WARN\|ERROR' "$UNHUNCH_DATA_DIR/logs/unhunch.log" 2> /dev/null | tail -5 || true
  echo "stdout: $(wc -l < "$tmp/stdout") JSON lines; last: $(tail -1 "$tmp/stdout" | cut -c1-160)"
fi
if grep -q 'Exception\|Error' "$tmp/stderr" 2> /dev/null; then
  echo "WARNING: the process reported errors; the figures may not mean what they say:"
  grep -m 5 'Exception\|Error' "$tmp/stderr"
fi

# --- table -------------------------------------------------------------------------------------

echo
echo "== $what, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, load before ${load_before}, after ${load_after}"
printf '%-34s %s\n' "start-up to ready" "${ready_ms} ms"
printf '%-34s %s\n' "idle CPU (s per ${idle_wall} s)" "$idle_cpu"
printf '%-34s %s\n' "idle CPU (s per 60 s)" "$idle_cpu60"
printf '%-34s %s\n' "idle CPU, schedstat (s per 60 s)" "$idle_sched60"
printf '%-34s %s\n' "idle voluntary cs (per ${idle_wall} s)" "$idle_vol"
printf '%-34s %s\n' "idle voluntary cs (per 60 s)" "$idle_vol60"
printf '%-34s %s\n' "threads" "$idle_threads"
printf '%-34s %s\n' "RSS at the end" "$((rss_kb / 1024)) MiB"
printf '%-22s %10s %10s %12s %12s %10s\n' "burst" "CPU s/10k" "sched s/10k" "xdotool s" "voluntary cs" "window s"
printf '%s\n' "${rows[@]}"
