#!/usr/bin/env bash
# Replaces jpackage's launcher in the app image IMAGE, to be installed in INSTALL_DIR, by the
# runtime's own java launcher (ADR 22). jpackage's launcher, and its libapplauncher.so after it,
# each ask `rpm -qf` and `dpkg -S` which package owns them at every start, to find their files;
# dpkg -S reads every package's file list, which took 0.6 s each time here: over a second of every
# start, before the JVM. What it read from lib/app/unhunch.cfg goes into a java argument file:
#   lib/runtime/bin/unhunch         the runtime's bin/java, named so that the process is "unhunch"
#   lib/app/unhunch.options         the JVM options ($APPDIR made INSTALL_DIR/lib/app), the
#                                   jpackage.app-path and app-version properties, class path, main class
#   bin/unhunch                     exec lib/runtime/bin/unhunch @lib/app/unhunch.options "$@"
# usage: launcher.sh IMAGE INSTALL_DIR
set -euo pipefail

image=$1
install_dir=$2
cfg=$image/lib/app/unhunch.cfg
[[ -f $cfg && -x $image/lib/runtime/bin/java ]] || { echo "launcher: no jpackage image with a java launcher in $image" >&2; exit 2; }
app_dir=$install_dir/lib/app
{
  sed -n 's/^java-options=//p' "$cfg" | sed "s|\$APPDIR|$app_dir|g"
  echo "-Djpackage.app-path=$install_dir/bin/unhunch"
  echo "-cp"
  sed -n 's/^app.classpath=//p' "$cfg" | sed "s|\$APPDIR|$app_dir|g"
  sed -n 's/^app.mainclass=//p' "$cfg"
} > "$image/lib/app/unhunch.options"
grep -c '^-Djpackage.app-version=' "$image/lib/app/unhunch.options" > /dev/null \
  || { echo "launcher: $cfg holds no app-version" >&2; exit 2; }

# The runtime's commands other than java are not needed (jlink's --strip-native-commands took java too).
find "$image/lib/runtime/bin" -mindepth 1 ! -name java -delete
mv "$image/lib/runtime/bin/java" "$image/lib/runtime/bin/unhunch"
rm -f "$cfg" "$image/lib/libapplauncher.so" "$image/bin/unhunch"
cat > "$image/bin/unhunch" <<LAUNCHER
#!/bin/sh
# Unhunch's launcher: the JVM options, class path and main class are in $app_dir/unhunch.options.
exec $install_dir/lib/runtime/bin/unhunch @$app_dir/unhunch.options "\$@"
LAUNCHER
chmod 755 "$image/bin/unhunch"
