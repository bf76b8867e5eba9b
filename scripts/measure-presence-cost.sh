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
# The agents run as the README starts them: java @jvm.options, _AWT_MAX_POLL_TIMEOUT=1000.
# From 2 and 3: the agent's extra CPU in a call, and per read of every asked source (the reads
# happen at the start and every 25 s while the call is on: WINDOW/25 of them in the window).
#
#   scripts/measure-presence-cost.sh
#   BEFORE_JAR=/tmp/unhunch-before.jar WINDOW=60 ROUNDS=2 scripts/measure-presence-cost.sh
#
# Method: utime+stime+cutime+cstime of /proc/PID/stat (CLK_TCK ticks, 10 ms at 100 Hz), read at the
# start and the end of each window, for all processes one after the other (a few ms apart). The
# desktop, the buses, the processes' start and the readings come from scripts/lib/side-by-side.sh,
# shared with measure-agent-cost.sh.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
# shellcheck source=scripts/lib/side-by-side.sh
source scripts/lib/side-by-side.sh
WINDOW=${WINDOW:-60}
ROUNDS=${ROUNDS:-1}
SETTLE=${SETTLE:-15}
NOW_JAR=target/unhunch.jar

for tool in Xvfb openbox trayer xdotool dbus-daemon pipewire wireplumber pipewire-pulse pw-record pactl; do
  command -v "$tool" > /dev/null || { echo "measure-presence-cost: $tool is not installed" >&2; exit 2; }
done
[[ -f $NOW_JAR ]] || mvn -B -q -o package -DskipTests

side_by_side_begin unhunch-presence-cost
for daemon in pipewire wireplumber pipewire-pulse; do
  "$daemon" > "$tmp/$daemon.log" 2>&1 &
  helpers+=($!)
  sleep 1
done
for _ in $(seq 1 100); do pactl info > /dev/null 2>&1 && break; sleep 0.2; done
pactl load-module module-null-sink sink_name=speaker > /dev/null
pactl load-module module-null-sink sink_name=microphone media.class=Audio/Source/Virtual channel_map=mono > /dev/null
pactl set-default-source microphone

start_all() {
  start_agent now "$NOW_JAR"
  if [[ -n ${BEFORE_JAR:-} ]]; then start_agent before "$BEFORE_JAR"; fi
  if [[ ${1:-} == with-others ]]; then start_others; fi
  pause "$SETTLE"
}
stop_agents() {
  for name in now before; do
    if [[ -n ${running[$name]:-} ]]; then stop_process "$name"; fi
  done
}
window=0
measure() {  # phase
  window=$((window + 1))
  readings_save "$window.start"
  pause "$WINDOW"
  readings_save "$window.end"
  for name in $(printf '%s\n' "${order[@]}" | sort); do
    read -r _ spent _ < <(readings_delta "$window.start" "$window.end" "$name")
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
helpers+=($!)
start_all
pointer
for round in $(seq 1 "$ROUNDS"); do
  measure call
done
grep -h "is watched through\|is not detected" "$tmp/now/data/logs/unhunch.log" | sed 's/^/now log: /' | sort -u | cut -c1-200
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
