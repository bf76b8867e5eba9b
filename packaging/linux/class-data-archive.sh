#!/usr/bin/env bash
# Class-data sharing for the app image (ADR 21): the agent starts on the tray sooner and with less
# memory when the JVM maps its classes already parsed and checked, from two archives:
#   lib/runtime/lib/server/classes.jsa  the runtime's own (jlink's image has none: -Xshare:dump);
#   lib/app/unhunch.jsa                 the classes a start on the tray and a first routine load, dumped
#                                       at the exit of a training run of the agent (-XX:ArchiveClassesAtExit).
# JDK 17's archive holds the class path it was made with and is ignored for the application's
# classes under any other, so the training runs with the image mounted where the packages install
# it, in a mount namespace of its own (unshare; as any user where user namespaces are allowed).
# The training needs a display: $DISPLAY, else a private Xvfb; without either, no application
# archive is made (said), and the launcher is left as it was.
# usage: class-data-archive.sh IMAGE INSTALL_DIR
set -euo pipefail
image=$(cd "$1" && pwd)
install_dir=$2
launcher=$(basename "$(ls "$image/bin/")")

echo "== class-data archive of the runtime"
# With the launcher's JVM options (launcher.sh), so that the heap's size and collector match.
"$image/lib/runtime/bin/$launcher" @"$image/lib/app/$launcher.options" -Xshare:dump > /dev/null 2>&1
[[ -s $image/lib/runtime/lib/server/classes.jsa ]] || { echo "class-data-archive: -Xshare:dump made no archive" >&2; exit 2; }

# The training needs a mount namespace: a user namespace of its own where they are allowed, else
# root's; neither (a container's seccomp profile, Ubuntu's AppArmor rule) leaves the archive out.
if unshare --user --map-root-user --mount true 2> /dev/null; then
  namespace=(unshare --user --map-root-user --mount)
elif [[ $(id -u) == 0 ]] && unshare --mount true 2> /dev/null; then
  namespace=(unshare --mount)
else
  echo "== no class-data archive of the agent: no mount namespace can be made here (unshare)"
  exit 0
fi

xvfb=
training=$(mktemp -d)
trap 'rm -rf "$training"; [[ -z $xvfb ]] || kill "$xvfb" 2> /dev/null || true' EXIT
if [[ -z ${DISPLAY:-} ]]; then
  if ! command -v Xvfb > /dev/null; then
    echo "== no class-data archive of the agent: no display and no Xvfb to train it on"
    exit 0
  fi
  exec {display_fd}<> <(:)
  Xvfb -displayfd "$display_fd" -nolisten tcp -screen 0 1280x800x24 > /dev/null 2>&1 &
  xvfb=$!
  read -r -t 10 number <&"$display_fd" || { echo "class-data-archive: Xvfb did not start" >&2; exit 2; }
  export DISPLAY=:$number
  if command -v trayer > /dev/null; then trayer --edge top --align right > /dev/null 2>&1 & fi
fi
xauthority=${XAUTHORITY:-${HOME:-/nonexistent}/.Xauthority}
mkdir -m 700 "$training/empty"
# The training run sees the image read-only where the packages install it, and writes only into its
# own folder: its data, settings, start-at-login entry and archive. IT's policy folder, if this
# machine has one, is hidden behind an empty one (the JDK would lock it).
cat > "$training/train.sh" << TRAIN
set -eu
mount -t tmpfs tmpfs "$(dirname "$install_dir")"
mkdir "$install_dir"
mount --bind "$image" "$install_dir"
mount -o remount,bind,ro "$install_dir"
if [ -d /etc/unhunch ]; then mount --bind "$training/empty" /etc/unhunch; fi
export HOME="$training" XDG_CONFIG_HOME="$training/config" UNHUNCH_DATA_DIR="$training/data" _AWT_MAX_POLL_TIMEOUT=1000
if [ -f "$xauthority" ]; then export XAUTHORITY="$xauthority"; fi
export JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$training/$launcher.jsa -Djava.util.prefs.userRoot=$training/prefs -Xlog:cds*=off"
# Answers on standard input, as in a test: once on the tray, "start" opens the routine window, so
# that its classes and the look's are archived too and the first routine opens as fast as the tray.
mkfifo "$training/answers"
"$install_dir/bin/$launcher" < "$training/answers" > "$training/agent.log" 2>&1 &
agent=\$!
exec 3> "$training/answers"
for _ in \$(seq 1 300); do
  grep -qs 'Tray icon added\|No system tray' "$training/data/logs/$launcher.log" && break
  kill -0 \$agent 2> /dev/null || break
  sleep 0.1
done
sleep 1
# An agent that ended early leaves no reader: the write fails (said below), it does not end this script.
trap '' PIPE
if kill -0 \$agent 2> /dev/null; then echo start >&3 2> /dev/null || true; fi
for _ in \$(seq 1 100); do
  grep -qs 'Routine step 1 of' "$training/data/logs/$launcher.log" && break
  sleep 0.1
done
sleep 2
kill -TERM \$agent 2> /dev/null || true
wait \$agent || true
TRAIN
echo "== class-data archive of the agent, trained on $DISPLAY"
"${namespace[@]}" bash "$training/train.sh"
outcome=$(grep -hos 'Tray icon added\|No system tray' "$training/data/logs/$launcher.log" | head -1 || true)
if [[ -z $outcome || ! -s $training/$launcher.jsa ]]; then
  cat "$training/agent.log" "$training/data/logs/$launcher.log" >&2 2> /dev/null || true
  echo "class-data-archive: the training run did not reach the tray (its output above); no archive" >&2
  exit 2
fi
[[ $outcome == 'Tray icon added' ]] || echo "== (no tray on $DISPLAY: the archive lacks the tray icon's classes)"
archive=$image/lib/app/$launcher.jsa
cp "$training/$launcher.jsa" "$archive"
chmod 644 "$archive" "$image/lib/runtime/lib/server/classes.jsa"
# The launcher maps it at every start; a JVM that cannot use it starts without it (launcher.sh).
# shellcheck disable=SC2016 # $app is the launcher's
sed -i 's|^exec "$root/lib/runtime/bin/'"$launcher"'" |&"-XX:SharedArchiveFile=$app/'"$launcher"'.jsa" |' "$image/bin/$launcher"
grep -c 'SharedArchiveFile' "$image/bin/$launcher" > /dev/null || { echo "class-data-archive: the launcher was not changed" >&2; exit 2; }
echo "== $(du -k "$archive" | cut -f1) KiB of the agent's classes, $(du -k "$image/lib/runtime/lib/server/classes.jsa" | cut -f1) KiB of the runtime's"
