#!/usr/bin/env bash
# The installed agent (the deb's /opt/unhunch) beside the jar as the README starts it, and beside
# Workrave and Safe Eyes where installed, on one virtual desktop of its own (scripts/lib/side-by-side.sh):
#   - start-up: from launch to the tray icon (the agent's log says "Tray icon added"), each agent
#     started alone, ROUNDS times, jar and installed taking turns to go first;
#   - footprint: all of them side by side, idle in the tray: RSS and PSS (/proc/PID/smaps_rollup)
#     after IDLE_SECONDS, and CPU per minute over that time.
# The deb must be installed: mvn -B -Ppackages package -DskipTests, then
# sudo apt-get install ./target/packaging/unhunch_VERSION_amd64.deb
#
#   scripts/measure-installed.sh                        # ROUNDS=7, IDLE_SECONDS=60 (about 3 minutes)
#   ROUNDS=3 IDLE_SECONDS=20 scripts/measure-installed.sh   # a quick check
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
# shellcheck source=scripts/lib/side-by-side.sh
source scripts/lib/side-by-side.sh

ROUNDS=${ROUNDS:-7}
IDLE_SECONDS=${IDLE_SECONDS:-60}
SETTLE_SECONDS=${SETTLE_SECONDS:-10}
APP_JAR=target/unhunch.jar
INSTALLED=/opt/unhunch/bin/unhunch
[[ -x $INSTALLED ]] || { echo "measure-installed: $INSTALLED is not installed (see the header)" >&2; exit 2; }
[[ -f $APP_JAR ]] || { echo "measure-installed: no $APP_JAR: mvn -B package -DskipTests" >&2; exit 2; }

side_by_side_begin unhunch-installed
echo "== $(git rev-parse --short HEAD 2> /dev/null || echo '?'); installed $(dpkg-query -W -f '${Version}' unhunch 2> /dev/null || echo '?');" \
  "jar built $(date -r "$APP_JAR" +%FT%T); display $DISPLAY; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

start_variant() {  # name: jar or installed, with a data folder of its own
  case $1 in
    jar*) start_agent "$1" "$APP_JAR" ;;
    installed*)
      mkdir -p -m 700 "$tmp/$1" "$tmp/$1/data"
      start_process "$1" env "UNHUNCH_DATA_DIR=$tmp/$1/data" \
        "JAVA_TOOL_OPTIONS=-Djava.util.prefs.userRoot=$tmp/$1/prefs/user" "$INSTALLED" ;;
  esac
}
tray_ms() {  # name, its start in ns: ms until its log says its tray icon was added
  local log=$tmp/$1/data/logs/unhunch.log
  for _ in $(seq 1 1500); do
    if grep -qs 'Tray icon added' "$log"; then
      echo $((($(date +%s%N) - $2) / 1000000))
      return
    fi
    kill -0 "${running[$1]}" 2> /dev/null || break
    sleep 0.02
  done
  echo "measure-installed: $1 showed no tray icon within 30 s" >&2
  tail -5 "$tmp/$1.err" >&2
  exit 1
}

echo "== start-up, $ROUNDS rounds"
declare -A startup=()
for ((round = 1; round <= ROUNDS; round++)); do
  if ((round % 2)); then variants=(jar installed); else variants=(installed jar); fi
  for variant in "${variants[@]}"; do
    name=$variant-$round
    began=$(date +%s%N)
    start_variant "$name"
    startup[$variant]+=" $(tray_ms "$name" "$began")"
    stop_process "$name"
  done
done
median() { tr ' ' '\n' | sed '/^$/d' | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for variant in jar installed; do
  printf '%-10s launch to tray icon, ms:%s  (median %s)\n' "$variant" "${startup[$variant]}" \
    "$(median <<< "${startup[$variant]}")"
done

echo "== footprint: side by side, idle in the tray for $IDLE_SECONDS s"
for variant in jar installed; do
  began=$(date +%s%N)
  start_variant "$variant"
  tray_ms "$variant" "$began" > /dev/null
done
start_others
pause "$SETTLE_SECONDS"
readings_save idle.0
pause "$IDLE_SECONDS"
readings_save idle.1
printf '%-10s %10s %10s %14s %10s\n' agent "RSS MiB" "PSS MiB" "CPU s/min" threads
for name in "${order[@]}"; do
  read -r rss pss < <(awk '/^Rss:/ { r = $2 } /^Pss:/ { p = $2 } END { printf "%.0f %.0f\n", r / 1024, p / 1024 }' \
    "/proc/${running[$name]}/smaps_rollup")
  read -r wall ticks _ _ threads < <(readings_delta idle.0 idle.1 "$name")
  printf '%-10s %10s %10s %14s %10s\n' "$name" "$rss" "$pss" \
    "$(awk -v t="$ticks" -v w="$wall" -v hz="$CLK_TCK" 'BEGIN { printf "%.3f", t / hz * 60 / w }')" "$threads"
done
echo "(CPU in ${CLK_TCK} Hz ticks; PSS shares the pages two processes map between them)"
