# Sourced by the scripts that measure several processes side by side (measure-agent-cost.sh,
# measure-presence-cost.sh). It gives them, in a temporary folder:
#   - a virtual desktop of their own (.ci/desktop-session: Xvfb, openbox, trayer), a private session
#     bus and a second private bus standing for the system bus (Safe Eyes will not start without
#     one), HOME and XDG folders there: never the machine's own desktop, buses or settings;
#   - the processes under test, started by name: Unhunch agents as the README starts them
#     (java @jvm.options, _AWT_MAX_POLL_TIMEOUT=1000), each with its own data folder and
#     preferences; Workrave and Safe Eyes where installed;
#   - readings of their CPU and wake-ups, taken for all of them one after the other;
#   - a cleanup that stops every process started, also on an error or Ctrl-C.
# Use: ROOT=…; source "$ROOT/scripts/lib/side-by-side.sh"; side_by_side_begin PREFIX; start_… ; readings_save …
# shellcheck shell=bash

CLK_TCK=$(getconf CLK_TCK)
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-@jvm.options}   # the README's start command, for every agent
export _AWT_MAX_POLL_TIMEOUT=${_AWT_MAX_POLL_TIMEOUT:-1000}

tmp=
declare -A running=()   # name -> pid of each process under test
order=()                # their names, in the order started
helpers=()              # pids of what the desktop needs (buses, sound server), stopped last

side_by_side_begin() {  # prefix of the temporary folder's name
  side_by_side_tmp "$1"
  desktop_begin "$tmp/home"
}

side_by_side_tmp() {  # prefix: the temporary folder, and the cleanup of everything started, at any exit
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")
  trap side_by_side_cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
}

desktop_begin() {  # home: a virtual desktop, HOME and the XDG folders in that folder, private buses
  eval "$("$ROOT/.ci/desktop-session" start)"
  export DISPLAY UNHUNCH_DESKTOP_STATE
  export XDG_RUNTIME_DIR=$1/run HOME=$1 XDG_CONFIG_HOME=$1/.config
  mkdir -p "$XDG_RUNTIME_DIR" "$HOME" && chmod 700 "$XDG_RUNTIME_DIR"
  private_bus DBUS_SESSION_BUS_ADDRESS
  # logind is not on this one, so Unhunch's lock sources say so and stay out.
  private_bus DBUS_SYSTEM_BUS_ADDRESS
}

desktop_end() {  # the buses and the desktop of desktop_begin, for another after it
  stop_pids "${helpers[@]}"
  helpers=()
  "$ROOT/.ci/desktop-session" stop "$UNHUNCH_DESKTOP_STATE" > /dev/null 2>&1 || true
  unset UNHUNCH_DESKTOP_STATE
}

private_bus() {  # the variable to export its address in
  # A bus of an earlier desktop left its address here: never read that one.
  rm -f "$tmp/$1"
  dbus-daemon --session --nofork --print-address=1 > "$tmp/$1" 2> /dev/null &
  helpers+=($!)
  for _ in $(seq 1 50); do [[ -s $tmp/$1 ]] && break; sleep 0.1; done
  [[ -s $tmp/$1 ]] || { echo "side-by-side: the private bus for $1 did not start" >&2; exit 1; }
  export "$1=$(head -1 "$tmp/$1")"
}

side_by_side_cleanup() {
  local status=$?
  trap - EXIT INT TERM
  stop_pids "${running[@]}"
  # Whatever else this shell still runs in the background (an xdotool or sleep cut short), then the buses.
  # shellcheck disable=SC2046
  stop_pids $(jobs -p) "${helpers[@]}"
  if [[ -n ${UNHUNCH_DESKTOP_STATE:-} ]]; then
    "$ROOT/.ci/desktop-session" stop "$UNHUNCH_DESKTOP_STATE" > /dev/null 2>&1 || true
  fi
  if [[ ${KEEP_TMP:-0} == 1 ]]; then
    echo "kept: $tmp" >&2
  elif [[ -n $tmp ]]; then
    rm -rf "$tmp"
  fi
  exit "$status"
}

pause() {  # seconds: waited for in the background, so SIGTERM or Ctrl-C stop the script at once
  sleep "$1" &
  wait $!
}

stop_pids() {  # pid...: SIGTERM, up to 10 s to go, then SIGKILL
  local pid alive=()
  for pid in "$@"; do
    kill -TERM "$pid" 2> /dev/null && alive+=("$pid")
  done
  for _ in $(seq 1 100); do
    local still=()
    for pid in "${alive[@]}"; do kill -0 "$pid" 2> /dev/null && still+=("$pid"); done
    alive=("${still[@]}")
    ((${#alive[@]} == 0)) && break
    sleep 0.1
  done
  for pid in "${alive[@]}"; do
    echo "side-by-side: process $pid did not stop on SIGTERM; killing it" >&2
    kill -KILL "$pid" 2> /dev/null || true
  done
  for pid in "$@"; do wait "$pid" 2> /dev/null || true; done
}

# --- the processes under test ------------------------------------------------------------------

start_process() {  # name command...: in the background, output in $tmp/NAME.out and .err
  "${@:2}" > "$tmp/$1.out" 2> "$tmp/$1.err" < /dev/null &
  running[$1]=$!
  order+=("$1")
}

stop_process() {  # name
  stop_pids "${running[$1]}"
  unset "running[$1]"
  local kept=() name
  for name in "${order[@]}"; do [[ $name == "$1" ]] || kept+=("$name"); done
  order=("${kept[@]}")
}

# An Unhunch agent's own data folder, preferences and copy of the jar (a jar rebuilt under a running
# JVM makes its later class loads fail).
agent_setup() {  # name jar
  mkdir -p -m 700 "$tmp/$1" "$tmp/$1/data"
  [[ -f $tmp/$1/unhunch.jar ]] || cp "$2" "$tmp/$1/unhunch.jar"
}

agent_command() {  # name: sets agent_cmd to the agent's java command, arguments to follow
  # shellcheck disable=SC2206
  agent_cmd=(env "UNHUNCH_DATA_DIR=$tmp/$1/data" "$JAVA" $JAVA_OPTS -Djava.util.prefs.userRoot="$tmp/$1/prefs/user"
    -Djava.util.prefs.systemRoot="$tmp/$1/prefs/system" -jar "$tmp/$1/unhunch.jar")
}

start_agent() {  # name jar [arguments...]: the tray agent with no arguments, as the README starts it
  agent_setup "$1" "$2"
  agent_command "$1"
  start_process "$1" "${agent_cmd[@]}" "${@:3}"
}

start_others() {  # Workrave and Safe Eyes, where installed
  if command -v workrave > /dev/null; then start_process workrave workrave; fi
  if command -v safeeyes > /dev/null; then start_process safeeyes safeeyes; fi
}

# --- readings ----------------------------------------------------------------------------------

# CPU of the whole process, in CLK_TCK ticks (10 ms at 100 Hz): utime + stime of all its threads,
# plus cutime + cstime of the children it waited for (Safe Eyes runs xprintidle every 2 s).
cpu_ticks() {  # pid
  awk '{ sub(/^.*\) /, ""); print $12 + $13 + $14 + $15 }' "/proc/$1/stat" 2> /dev/null || echo 0
}

# One line per thread: "tid voluntary_context_switches run_time_ns name". Threads that exit between
# two readings drop out of the sums.
thread_readings() {  # pid
  awk 'FNR == 1 { split(FILENAME, part, "/"); tid = part[5] }
       FILENAME ~ /schedstat$/ { ns[tid] = $1; next }
       /^Name:/ { sub(/^Name:[ \t]*/, ""); gsub(/ /, "_"); name[tid] = $0 }
       /^voluntary_ctxt_switches/ { vcs[tid] = $2 }
       END { for (t in name) printf "%s %d %.0f %s\n", t, vcs[t], ns[t], name[t] }' \
    /proc/"$1"/task/*/status /proc/"$1"/task/*/schedstat 2> /dev/null || true
}

readings_save() {  # label: every running process's CPU ticks and threads, now, into $tmp/readings/LABEL/
  local dir=$tmp/readings/$1 name
  mkdir -p "$dir"
  date +%s%N > "$dir/time"
  for name in "${order[@]}"; do
    cpu_ticks "${running[$name]}" > "$dir/$name.ticks"
    thread_readings "${running[$name]}" > "$dir/$name.threads"
  done
}

# "seconds ticks wake-ups run_time_ns threads" of one process between two saved readings: wall
# time, CPU ticks, voluntary context switches summed over its threads, their run time
# (/proc/PID/task/*/schedstat, finer than ticks, children not included), threads at the end.
readings_delta() {  # from to name
  local a=$tmp/readings/$1 b=$tmp/readings/$2
  awk -v t0="$(cat "$a/time")" -v t1="$(cat "$b/time")" -v c0="$(cat "$a/$3.ticks")" -v c1="$(cat "$b/$3.ticks")" '
    NR == FNR { v0[$1] = $2; n0[$1] = $3; next }
    { v += $2 - v0[$1]; n += $3 - n0[$1]; threads++ }
    END { printf "%.3f %d %d %.0f %d\n", (t1 - t0) / 1e9, c1 - c0, v, n, threads }' \
    "$a/$3.threads" "$b/$3.threads"
}

# The threads that woke most between two saved readings: "name:wake-ups/run-time-ms ...".
threads_top() {  # from to name how-many
  awk 'NR == FNR { v0[$1] = $2; n0[$1] = $3; next }
       { v = $2 - v0[$1]; if (v > 0 || $3 - n0[$1] >= 1e6) printf "%d %s:%d/%.0fms\n", v, $4, v, ($3 - n0[$1]) / 1e6 }' \
    "$tmp/readings/$1/$3.threads" "$tmp/readings/$2/$3.threads" | sort -rn | head -"$4" | cut -d' ' -f2 | tr '\n' ' '
}
