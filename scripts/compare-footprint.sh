#!/usr/bin/env bash
# What Unhunch costs a desk, beside Workrave and Safe Eyes, in one run: each program alone on a
# virtual desktop of its own (Xvfb with RECORD, openbox, trayer: .ci/desktop-session; a private
# session bus and a second one standing for the system bus), started ROUNDS times, medians and
# ranges reported:
#   - start to tray icon: from launch until the tray has embedded a window of the program (trayer's
#     panel gains a child window), so every program is timed the same way, by what a person sees;
#   - RSS and PSS (/proc/PID/smaps_rollup) after SETTLE_SECONDS idle in the tray;
#   - idle CPU and voluntary context switches per minute over the next IDLE_SECONDS, nobody at the desk;
#   - CPU per 10,000 pointer moves and per 10,000 key strokes (one xdotool run each, after a
#     smaller unmeasured burst, so a JIT's first compilations are not counted);
#   - for Unhunch, last: from the click on the tray menu's item to its window on screen (mapped and
#     visible), for "Start the routine now" and then "Today and history...", each the first of its run.
# Programs:
#   unhunch            the installed agent (/opt/unhunch/bin/unhunch) where the package is installed,
#                      else the jar as the README starts it (java @jvm.options -jar target/unhunch.jar);
#                      activity.source auto, which takes the hook here
#   unhunch-idle-time  the same with activity.source=idle-time (the X server's idle time)
#   workrave, safeeyes installed from Debian packages by this script where missing (apt-get, as root)
#
#   scripts/compare-footprint.sh                      # ROUNDS=3: about 25 minutes
#   ROUNDS=1 IDLE_SECONDS=20 SETTLE_SECONDS=10 EVENTS=2000 scripts/compare-footprint.sh   # a quick check
#   PROGRAMS="unhunch workrave" UNHUNCH=jar scripts/compare-footprint.sh
#
# Environment: ROUNDS (3), SETTLE_SECONDS (30), IDLE_SECONDS (60), EVENTS (10000), PROGRAMS (all
# four), UNHUNCH (installed or jar; default installed where it is), JAVA (java, for the jar),
# KEEP_TMP=1 keeps the logs and readings.
# Method: CPU is utime+stime+cutime+cstime of /proc/PID/stat (all threads and the children waited
# for, Safe Eyes' xprintidle among them) in CLK_TCK ticks; context switches are
# voluntary_ctxt_switches summed over /proc/PID/task/*/status (the process's own threads).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
# shellcheck source=scripts/lib/side-by-side.sh
source scripts/lib/side-by-side.sh

ROUNDS=${ROUNDS:-3}
SETTLE_SECONDS=${SETTLE_SECONDS:-30}
IDLE_SECONDS=${IDLE_SECONDS:-60}
EVENTS=${EVENTS:-10000}
PROGRAMS=${PROGRAMS:-unhunch unhunch-idle-time workrave safeeyes}
INSTALLED=/opt/unhunch/bin/unhunch
APP_JAR=target/unhunch.jar
if [[ -z ${UNHUNCH:-} ]]; then
  if [[ -x $INSTALLED ]]; then UNHUNCH=installed; else UNHUNCH=jar; fi
fi

# The desktop's tools, and the other programs from Debian's packages. Safe Eyes' tray icon needs the
# Ayatana AppIndicator binding, which its package only recommends; without a StatusNotifier host
# on the bus (trayer is not one) it falls back to an XEmbed icon.
needed=(xdotool x11-utils xvfb openbox trayer dbus)
for program in $PROGRAMS; do
  case $program in
    workrave) needed+=(workrave) ;;
    safeeyes) needed+=(safeeyes xprintidle gir1.2-ayatanaappindicator3-0.1) ;;
  esac
done
missing=()
for package in "${needed[@]}"; do
  dpkg-query -W -f '${Status}\n' "$package" 2> /dev/null | grep -c '^install ok installed$' > /dev/null \
    || missing+=("$package")
done
if ((${#missing[@]} > 0)); then
  echo "== installing from Debian packages: ${missing[*]}"
  ((EUID == 0)) || { echo "compare-footprint: run as root to install ${missing[*]}, or install them" >&2; exit 2; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" > /dev/null
fi
if [[ $UNHUNCH == jar && ! -f $APP_JAR ]]; then
  echo "== building $APP_JAR"
  mvn -B -q -o package -DskipTests || mvn -B -q package -DskipTests
fi

side_by_side_tmp unhunch-footprint

# --- one program, alone on a desktop of its own --------------------------------------------------

desktop_up() {  # home folder: the desktop, buses and XDG folders of one run, and trayer's panel
  desktop_begin "$1"
  panel=
  for _ in $(seq 1 100); do
    panel=$(xdotool search --class trayer 2> /dev/null | while read -r window; do
      xwininfo -id "$window" | grep -c '"panel"' > /dev/null && echo "$window"; done | head -1 || true)
    [[ -n $panel ]] && break
    sleep 0.05
  done
  [[ -n $panel ]] || { echo "compare-footprint: trayer's panel did not appear" >&2; exit 1; }
}

panel_windows() {  # windows in trayer's panel: one more for each icon embedded
  xwininfo -tree -id "$panel" 2> /dev/null | grep -c '^ *0x' || true
}

unhunch_command() {  # name: sets command to the agent as this run starts it, with its own data and preferences
  if [[ $UNHUNCH == installed ]]; then
    mkdir -p -m 700 "$tmp/$1" "$tmp/$1/data"
    command=(env "UNHUNCH_DATA_DIR=$tmp/$1/data" "JAVA_TOOL_OPTIONS=-Djava.util.prefs.userRoot=$tmp/$1/prefs/user"
      "$INSTALLED")
  else
    agent_setup "$1" "$APP_JAR"
    agent_command "$1"
    command=("${agent_cmd[@]}")
  fi
}

launch() {  # program name: starts it in the background as a person's desktop would
  case $1 in
    unhunch*)
      unhunch_command "$2"
      if [[ $1 == unhunch-idle-time ]]; then "${command[@]}" settings set activity.source idle-time > /dev/null; fi
      # As the autostart entry and the README start it.
      start_process "$2" env _AWT_MAX_POLL_TIMEOUT=1000 "${command[@]}" ;;
    workrave) start_process "$2" workrave ;;
    safeeyes) start_process "$2" safeeyes ;;
  esac
}

window_ms() {  # pid, item offset, window name: clicks the tray menu's item and times its window's arrival
  local icon menu began
  icon=$(xdotool search --onlyvisible --name '^JavaEmbeddedFrame$' 2> /dev/null | head -1 || true)
  [[ -n $icon ]] || { echo "-"; return; }
  eval "$(xdotool getwindowgeometry --shell "$icon" | sed 's/^/icon_/')"
  # shellcheck disable=SC2154 # from getwindowgeometry
  xdotool mousemove $((icon_X + icon_WIDTH / 2)) $((icon_Y + icon_HEIGHT / 2)) click 3
  menu=
  for _ in $(seq 1 200); do
    menu=$(tray_menu "$1")
    [[ -n $menu ]] && break
    sleep 0.02
  done
  [[ -n $menu ]] || { echo "-"; return; }
  eval "$(xdotool getwindowgeometry --shell "$menu" | sed 's/^/menu_/')"
  # shellcheck disable=SC2154
  xdotool mousemove $((menu_X + 30)) $((menu_Y + $2))
  pause 0.3
  began=$(date +%s%N)
  xdotool click 1
  for _ in $(seq 1 500); do
    if xdotool search --onlyvisible --name "$3" > /dev/null 2>&1; then
      echo $((($(date +%s%N) - began) / 1000000))
      return
    fi
    sleep 0.01
  done
  echo "-"
}

tray_menu() {  # pid: the agent's tray menu on screen (a Swing pop-up with no name of its own), or nothing
  local window
  for window in $(xdotool search --onlyvisible --pid "$1" 2> /dev/null); do
    eval "$(xdotool getwindowgeometry --shell "$window" | sed 's/^/candidate_/')"
    # shellcheck disable=SC2154 # from getwindowgeometry
    if ((candidate_WIDTH >= 80 && candidate_HEIGHT >= 80)) \
        && ! xdotool getwindowname "$window" | grep -q -e '^Unhunch' -e '^JavaEmbeddedFrame$'; then
      echo "$window"
      return
    fi
  done
}

child_ticks() {  # pid: CPU of the children it waited for (cutime + cstime)
  awk '{ sub(/^.*\) /, ""); print $14 + $15 }' "/proc/$1/stat" 2> /dev/null || echo 0
}

burst() {  # label events kind(pointer|keys): one xdotool run; sets burst_ticks
  local args=() i
  if [[ $3 == pointer ]]; then
    for ((i = 0; i < $2; i++)); do
      if ((i % 2 == 0)); then args+=(mousemove 600 400); else args+=(mousemove 610 400); fi
    done
  else
    args=(key --delay 0)
    for ((i = 0; i < $2; i++)); do args+=(a); done
  fi
  xdotool mousemove 100 100
  pause 0.5
  readings_save "$1.0"
  xdotool "${args[@]}"
  pause 2
  readings_save "$1.1"
}

declare -A figures=()   # "program figure" -> values of every round, space-separated
note() {  # program figure value
  figures[$1 $2]+=" $3"
}

run_once() {  # program round
  local name=$1-$2 base began start_ms=
  desktop_up "$tmp/$name/home"
  base=$(panel_windows)
  began=$(date +%s%N)
  launch "$1" "$name"
  for _ in $(seq 1 3000); do
    if (($(panel_windows) > base)); then start_ms=$((($(date +%s%N) - began) / 1000000)); break; fi
    kill -0 "${running[$name]}" 2> /dev/null || break
    sleep 0.01
  done
  [[ -n $start_ms ]] || { tail -20 "$tmp/$name.err" >&2; echo "compare-footprint: $name showed no tray icon in 30 s" >&2; exit 1; }
  pause "$SETTLE_SECONDS"
  local pid=${running[$name]} rss pss wall ticks switches children0 children1
  read -r rss pss < <(awk '/^Rss:/ { r = $2 } /^Pss:/ { p = $2 } END { printf "%.1f %.1f\n", r / 1024, p / 1024 }' \
    "/proc/$pid/smaps_rollup")
  children0=$(child_ticks "$pid")
  readings_save "$name-idle.0"
  pause "$IDLE_SECONDS"
  readings_save "$name-idle.1"
  children1=$(child_ticks "$pid")
  read -r wall ticks switches _ _ < <(readings_delta "$name-idle.0" "$name-idle.1" "$name")
  note "$1" start "$start_ms"
  note "$1" rss "$rss"
  note "$1" pss "$pss"
  note "$1" idle-cpu "$(awk -v t="$ticks" -v w="$wall" -v hz="$CLK_TCK" 'BEGIN { printf "%.3f", t / hz * 60 / w }')"
  note "$1" idle-switches "$(awk -v s="$switches" -v w="$wall" 'BEGIN { printf "%.0f", s * 60 / w }')"
  echo "   idle threads that woke most: $(threads_top "$name-idle.0" "$name-idle.1" "$name" 4)" \
    "(children's CPU $((children1 - children0)) ticks)"
  burst "$name-warm-pointer" $((EVENTS / 5)) pointer
  burst "$name-warm-keys" $((EVENTS / 5)) keys
  for kind in pointer keys; do
    burst "$name-$kind" "$EVENTS" "$kind"
    read -r _ ticks _ _ _ < <(readings_delta "$name-$kind.0" "$name-$kind.1" "$name")
    note "$1" "$kind" "$(awk -v t="$ticks" -v hz="$CLK_TCK" -v e="$EVENTS" 'BEGIN { printf "%.2f", t / hz * 10000 / e }')"
  done
  if [[ $1 == unhunch ]]; then
    local history routine
    # the Swing menu's first item under its state line, and its first of the last group
    routine=$(window_ms "$pid" 46 '^Unhunch - ')
    pause 1
    history=$(window_ms "$pid" 179 '^Unhunch - your breaks$')
    note "$1" history "$history"
    note "$1" routine "$routine"
    echo "   from the click to the window: history ${history} ms, routine ${routine} ms"
  fi
  echo "   start ${start_ms} ms, RSS ${rss} MiB, PSS ${pss} MiB; round's figures so far:" \
    "$(for f in idle-cpu idle-switches pointer keys; do printf '%s%s ' "$f" "${figures[$1 $f]##* }"; done)"
  stop_process "$name"
  desktop_end
}

# --- the run ---------------------------------------------------------------------------------------

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
unhunch_version=$(if [[ $UNHUNCH == installed ]]; then echo "installed $(dpkg-query -W -f '${Version}' unhunch 2> /dev/null || echo '?')"
  else echo "jar built $(date -r "$APP_JAR" +%FT%T), $("$JAVA" -version 2>&1 | head -1)"; fi)
echo "== $(git rev-parse --short HEAD 2> /dev/null || echo '?'), Unhunch $unhunch_version; $(nproc) cores;" \
  "load $load_before; $ROUNDS rounds, settle ${SETTLE_SECONDS} s, idle ${IDLE_SECONDS} s, ${EVENTS} events a burst"
for ((round = 1; round <= ROUNDS; round++)); do
  for program in $PROGRAMS; do
    echo "== round $round: $program"
    run_once "$program" "$round"
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

summary() {  # values...: "median (min–max)", or the value alone where all are one; "-" (not seen) is left out
  tr ' ' '\n' | grep -E '^[0-9.]+$' | sort -g | awk '{ v[NR] = $1 }
    END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
          if (v[1] == v[NR]) print m; else printf "%s (%s–%s)\n", m, v[1], v[NR] }'
}
version_of() {
  case $1 in
    unhunch) echo "Unhunch ($UNHUNCH), hook" ;;
    unhunch-idle-time) echo "Unhunch ($UNHUNCH), idle-time source" ;;
    workrave) echo "Workrave $(dpkg-query -W -f '${Version}' workrave 2> /dev/null | cut -d- -f1)" ;;
    safeeyes) echo "Safe Eyes $(dpkg-query -W -f '${Version}' safeeyes 2> /dev/null | cut -d- -f1)" ;;
  esac
}
echo
echo "== $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD 2> /dev/null || echo '?'); load average before" \
  "$load_before, after $load_after; medians of $ROUNDS (range)"
echo
echo "| program | start → tray icon, ms | RSS, MiB | PSS, MiB | idle CPU, s per min | idle switches per min | CPU s per 10k pointer moves | CPU s per 10k key strokes | click → history window, ms | click → routine window, ms |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for program in $PROGRAMS; do
  printf '| %s |' "$(version_of "$program")"
  for figure in start rss pss idle-cpu idle-switches pointer keys history routine; do
    if [[ -z ${figures[$program $figure]:-} ]]; then printf ' |'; continue; fi
    printf ' %s |' "$(summary <<< "${figures[$program $figure]}")"
  done
  echo
done
