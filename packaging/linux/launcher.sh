#!/usr/bin/env bash
# Replaces jpackage's launcher in the app image IMAGE by the runtime's own java launcher (ADR 22).
# jpackage's launcher, and its libapplauncher.so after it, each ask `rpm -qf` and `dpkg -S` which
# package owns them at every start, to find their files; dpkg -S reads every package's file list,
# which took 0.6 s each time here: over a second of every start, before the JVM. What it read from
# lib/app/unhunch.cfg goes here instead:
#   lib/runtime/bin/unhunch   the runtime's bin/java, named so that the process is "unhunch"
#   lib/app/unhunch.options   a java argument file: the JVM options that name no file of the image
#   bin/unhunch               finds the image's folder from its own path (through links), as
#                             jpackage's launcher did ($APPDIR), and starts the runtime with the options that do (native
#                             libraries, jpackage.app-path), the argument file, class path and main class
# class-data-archive.sh adds its archive to bin/unhunch's command.
# usage: launcher.sh IMAGE
# shellcheck disable=SC2016,SC1003 # the launcher written here expands its own variables
set -euo pipefail

image=$1
cfg=$image/lib/app/unhunch.cfg
[[ -f $cfg && -x $image/lib/runtime/bin/java ]] || { echo "launcher: no jpackage image with a java launcher in $image" >&2; exit 2; }
options=$(sed -n 's/^java-options=//p' "$cfg")
main_class=$(sed -n 's/^app.mainclass=//p' "$cfg")
[[ $(sed -n 's/^app.classpath=//p' "$cfg") == '$APPDIR/unhunch.jar' && -n $main_class ]] \
  || { echo "launcher: $cfg is not the one expected (class path \$APPDIR/unhunch.jar, a main class)" >&2; exit 2; }
grep -v '\$APPDIR' <<< "$options" > "$image/lib/app/unhunch.options" || true
grep -c '^-Djpackage.app-version=' "$image/lib/app/unhunch.options" > /dev/null \
  || { echo "launcher: $cfg holds no app-version" >&2; exit 2; }

# The runtime's commands other than java are not needed (jlink's --strip-native-commands took java too).
find "$image/lib/runtime/bin" -mindepth 1 ! -name java -delete
mv "$image/lib/runtime/bin/java" "$image/lib/runtime/bin/unhunch"
rm -f "$cfg" "$image/lib/libapplauncher.so" "$image/bin/unhunch"
{
  # shellcheck disable=SC2016 # for the launcher to expand
  printf '%s\n' '#!/bin/sh' \
    "# Unhunch's launcher: the runtime's java launcher with the options of lib/app/unhunch.options and" \
    '# those naming files of this folder (see packaging/linux/launcher.sh).' \
    '# Its own path, through any link to it: ROOT/bin/unhunch.' \
    'self=$(readlink -f "$0")' \
    'root=${self%/bin/*}' \
    'app=$root/lib/app' \
    "# The java launcher's own variable, for someone's java, not for this one (jpackage's ignored it)." \
    'unset JDK_JAVA_OPTIONS' \
    'exec "$root/lib/runtime/bin/unhunch" @"$app/unhunch.options" \' \
    '  "-Djpackage.app-path=$root/bin/unhunch" \'
  grep '\$APPDIR' <<< "$options" | sed 's/\$APPDIR/$app/g; s/.*/  "&" \\/'
  printf '  -cp "$app/unhunch.jar" %s "$@"\n' "$main_class"
} > "$image/bin/unhunch"
chmod 755 "$image/bin/unhunch"
