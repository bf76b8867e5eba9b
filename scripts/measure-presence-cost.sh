#!/usr/bin/env bash
# What watching where the person is costs, measured as people run the agent: the tray agent with
# the README's JVM options on a virtual desktop of its own (Xvfb + openbox + trayer, from
# .ci/desktop-session), with a private session bus and a private PipeWire (pipewire, wireplumber,
# pipewire-pulse, a virtual microphone), so D-Bus, pactl and X11 answer as on a real desktop.
# Never the machine's own desktop, bus or sound server.
#
# In one run, side by side on the same desktop and in the same windows of time:
#   now      target/unhunch.jar (this tree)
#   before   BEFORE_JAR: the agent from before presence (default: not run)
#   workrave, safeeyes   where installed (apt-get install workrave safeeyes)
# Phases, each WINDOW seconds (default 60), CPU of each process and the children it waited for:
#   1 idle      nobody at the desk (no session)
#   2 sitting   the pointer moved at the start: a session open, no input after, no call
#   3 call      the agents restarted while pw-record captures from the microphone (a call from
#               their start), the pointer moved: a session in a call
# The agents run as the README starts them: java @jvm.options, _AWT_MAX_POLL_TIMEOUT=5000.
# From 2 and 3: the agent's extra CPU in a call, and per read of every asked source (the reads
# happen at the start and every 25 s while the call is on: WINDOW/25 of them in the window).
#
#   scripts/measure-presence-cost.sh
#   BEFORE_JAR=/tmp/unhunch-before.jar WINDOW=60 ROUNDS=2 scripts/measure-presence-cost.sh
#
# Method: utime+stime+cutime+cstime of /proc/PID/stat (CLK_TCK ticks, 10 ms at 100 Hz), read at the
# start and the end of each window, for all processes one after the other (a few ms apart).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
WINDOW=${WINDOW:-60}
ROUNDS=${ROUNDS:-1}
SETTLE=${SETTLE:-15}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-@jvm.options}   # the README's start command, for every agent
export _AWT_MAX_POLL_TIMEOUT=${_AWT_MAX_POLL_TIMEOUT:-5000}
CLK_TCK=$(getconf CLK_TCK)
NOW_JAR=target/unhunch.jar

for tool in Xvfb openbox trayer xdotool dbus-daemon pipewire wireplumber pipewire-pulse pw-record pactl; do
  command -v "$tool" > /dev/null || { echo "measure-presence-cost: $tool is not installed" >&2; exit 2; }
done
[[ -f $NOW_JAR ]] || mvn -B -q -o package -DskipTests

tmp=$(mktemp -d "${TMPDIR:-/tmp}/unhunch-presence-cost.XXXXXX")
pids=()
declare -A running
cleanup() {
  for pid in "${running[@]}" "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
  wait 2> /dev/null || true
  [[ -n ${UNHUNCH_DESKTOP_STATE:-} ]] && .ci/desktop-session stop "$UNHUNCH_DESKTOP_STATE" > /dev/null 2>&1 || true
  [[ ${KEEP_TMP:-0} == 1 ]] || rm -rf "$tmp"
}
trap cleanup EXIT

eval "$(.ci/desktop-session start)"
export XDG_RUNTIME_DIR=$tmp/run HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config
mkdir -p "$XDG_RUNTIME_DIR" "$HOME" && chmod 700 "$XDG_RUNTIME_DIR"
dbus-daemon --session --nofork --print-address=1 > "$tmp/bus" 2> /dev/null &
pids+=($!)
for _ in $(seq 1 50); do [[ -s $tmp/bus ]] && break; sleep 0.1; done
export DBUS_SESSION_BUS_ADDRESS=$(head -1 "$tmp/bus")
# A second private bus stands for the system bus (Safe Eyes will not start without one; logind is
# not on it, so Unhunch's lock sources say so and stay out).
dbus-daemon --session --nofork --print-address=1 > "$tmp/system-bus" 2> /dev/null &
pids+=($!)
for _ in $(seq 1 50); do [[ -s $tmp/system-bus ]] && break; sleep 0.1; done
export DBUS_SYSTEM_BUS_ADDRESS=$(head -1 "$tmp/system-bus")
for daemon in pipewire wireplumber pipewire-pulse; do
  "$daemon" > "$tmp/$daemon.log" 2>&1 &
  pids+=($!)
  sleep 1
done
for _ in $(seq 1 100); do pactl info > /dev/null 2>&1 && break; sleep 0.2; done
pactl load-module module-null-sink sink_name=speaker > /dev/null
pactl load-module module-null-sink sink_name=microphone media.class=Audio/Source/Virtual channel_map=mono > /dev/null
pactl set-default-source microphone

start_agent() {  # name jar
  mkdir -p "$tmp/$1"
  UNHUNCH_DATA_DIR=$tmp/$1 $JAVA $JAVA_OPTS -Djava.util.prefs.userRoot="$tmp/$1/prefs/user" \
    -Djava.util.prefs.systemRoot="$tmp/$1/prefs/system" -jar "$2" > "$tmp/$1.out" 2> "$tmp/$1.err" &
  running[$1]=$!
}
start_all() {
  start_agent now "$NOW_JAR"
  [[ -n ${BEFORE_JAR:-} ]] && start_agent before "$BEFORE_JAR"
  if [[ ${1:-} == with-others ]]; then
    command -v workrave > /dev/null && { workrave > "$tmp/workrave.log" 2>&1 & running[workrave]=$!; }
    command -v safeeyes > /dev/null && { safeeyes > "$tmp/safeeyes.log" 2>&1 & running[safeeyes]=$!; }
  fi
  sleep "$SETTLE"
}
stop_agents() {
  for name in now before; do
    [[ -n ${running[$name]:-} ]] && { kill "${running[$name]}" 2> /dev/null || true; wait "${running[$name]}" 2> /dev/null || true; }
    unset "running[$name]"
  done
}
ticks() {  # utime+stime+cutime+cstime
  awk '{ print $14 + $15 + $16 + $17 }' "/proc/$1/stat" 2> /dev/null || echo 0
}
measure() {  # phase
  declare -A before_ticks
  for name in "${!running[@]}"; do before_ticks[$name]=$(ticks "${running[$name]}"); done
  sleep "$WINDOW"
  for name in $(printf '%s\n' "${!running[@]}" | sort); do
    local spent=$(( $(ticks "${running[$name]}") - before_ticks[$name] ))
    awk -v phase="$1" -v name="$name" -v t="$spent" -v hz="$CLK_TCK" -v w="$WINDOW" \
      'BEGIN { printf "%-8s %-9s %6.2f s CPU in %d s = %.3f s per minute\n", phase, name, t / hz, w, t / hz * 60 / w }'
  done
}
pointer() {
  xdotool mousemove 300 300 mousemove 340 320
  sleep 2
}

echo "== $(git rev-parse --short HEAD), jar built $(date -r "$NOW_JAR" +%FT%T); before: ${BEFORE_JAR:-none}; JAVA_OPTS=$JAVA_OPTS _AWT_MAX_POLL_TIMEOUT=$_AWT_MAX_POLL_TIMEOUT; window ${WINDOW}s"
start_all with-others
for round in $(seq 1 "$ROUNDS"); do
  measure idle
done
pointer
for round in $(seq 1 "$ROUNDS"); do
  measure sitting
done
stop_agents
pw-record --target microphone "$tmp/call.wav" > /dev/null 2>&1 &
recorder=$!
pids+=($recorder)
start_all
pointer
for round in $(seq 1 "$ROUNDS"); do
  measure call
done
grep -h "is watched through\|is not detected" "$tmp/now/logs/unhunch.log" | sed 's/^/now log: /' | sort -u | cut -c1-200
# A prompt moment reads every asked source once: the tools' own CPU, each run READS times.
READS=${READS:-20}
for tool in "pactl -f json list sources" "gsettings get org.gnome.desktop.notifications show-banners"; do
  command -v ${tool%% *} > /dev/null || continue
  start=$(awk '{ print $16 + $17 }' /proc/$$/stat)
  for _ in $(seq 1 "$READS"); do $tool > /dev/null 2>&1 || true; done
  end=$(awk '{ print $16 + $17 }' /proc/$$/stat)
  awk -v t=$((end - start)) -v hz="$CLK_TCK" -v n="$READS" -v tool="$tool" \
    'BEGIN { printf "read     %-58s %.1f ms CPU per run (%d runs)\n", tool, t / hz * 1000 / n, n }'
done
