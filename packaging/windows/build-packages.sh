#!/usr/bin/env bash
# Builds Unhunch's Windows installer, an MSI, on Windows x64 (mvn -B -Ppackages package -DskipTests,
# from Git for Windows' bash, with JDK 17 and WiX 3.14; packaging/windows/README.md).
# NEVER RUN ON WINDOWS: written on Linux and checked there only (bash -n, shellcheck,
# WindowsRecipeTest and WindowsRecipeIT); its first run on Windows is its first test.
#   1. jpackage's app image: the jar, a launcher with the JVM options of jvm.options baked in, a
#      runtime of its own of the modules in packaging/modules.txt, Windows x64's native libraries as
#      plain files in app\native, and the Group Policy templates in policy-templates\;
#   2. if SIGN_COMMAND is set, every .exe and .dll of the image signed with it;
#   3. the MSI from the signed image: per machine, a pinned upgrade code, a Start menu entry, no
#      desktop shortcut, start at login through an HKLM Run value it owns (resources/main.wxs);
#   4. if SIGN_COMMAND is set, the MSI signed with it.
# usage: build-packages.sh PACKAGE_JAR FULL_JAR OUT_DIR [VERSION [OLDER_VERSION]]
#   PACKAGE_JAR: the jar with no native library; FULL_JAR: the jar with every platform's, from which
#   Windows x64's are taken; VERSION: the jar's own without -SNAPSHOT when empty; OLDER_VERSION: a
#   second MSI of the same image, for testing an upgrade.
# SIGN_COMMAND: run by bash with the Windows path of one file added, e.g.
#   SIGN_COMMAND='signtool sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /a'
set -euo pipefail

# One upgrade code for every version of Unhunch, ever: Windows Installer finds the installed
# version by it. Never change it (packaging/windows/README.md; WindowsRecipeTest).
upgrade_uuid=fd846561-a85a-4561-9bde-efcb18d9715f
name=Unhunch
description="Notices long sitting and offers a five-minute mid-back reset"
# Windows x64's native libraries in the full jar, shipped as plain files (packaging/common.sh;
# WindowsRecipeIT checks that each is in the jar and that the jar has no other).
natives=(
  org/sqlite/native/Windows/x86_64/sqlitejdbc.dll
  com/sun/jna/win32-x86-64/jnidispatch.dll
  com/github/kwhat/jnativehook/lib/windows/x86_64/JNativeHook.dll
  com/formdev/flatlaf/natives/flatlaf-windows-x86_64.dll
)

# Git for Windows' bash gets Windows paths from Maven (D:\a\...): these scripts use its own form
# (/d/a/...), jpackage gets Windows paths.
unix_path() { if command -v cygpath > /dev/null; then cygpath -u "$1"; else printf '%s\n' "$1"; fi; }
windows_path() { if command -v cygpath > /dev/null; then cygpath -w "$1"; else printf '%s\n' "$1"; fi; }

script=$(unix_path "$0")
here=$(cd "$(dirname "$script")" && pwd)
packaging=$(dirname "$here")
project=$(dirname "$packaging")
# shellcheck source=packaging/common.sh
. "$packaging/common.sh"
package_arguments "$(unix_path "$1")" "$(unix_path "$2")" "$(unix_path "$3")" "${@:4}"
require_tools packaging/windows/README.md jpackage unzip candle light

# Signs the named files with SIGN_COMMAND, if it is set.
sign() {
  local file
  [[ -n ${SIGN_COMMAND:-} ]] || return 0
  for file in "$@"; do
    echo "== signing $file"
    bash -c "$SIGN_COMMAND \"\$1\"" sign "$(windows_path "$file")"
  done
}

work=$out/windows
rm -rf "$work"
mkdir -p "$work/input"
cp "$jar" "$work/input/unhunch.jar"
# In app\native of the installed folder ($APPDIR\native), where launcher_java_options points.
extract_natives "$full_jar" "$work/input/native" "${natives[@]}"
launcher_java_options sqlitejdbc.dll

modules=$(runtime_modules)
echo "== jpackage app image, version $version, modules $modules"
# No --win-console: a GUI agent, started at login, has no console window.
jpackage --type app-image --name "$name" --app-version "$version" --vendor Unhunch \
  --description "$description" \
  --input "$(windows_path "$work/input")" --main-jar unhunch.jar --main-class org.unhunch.cli.Main \
  --icon "$(windows_path "$here/unhunch.ico")" --add-modules "$modules" \
  --jlink-options "--strip-native-commands --strip-debug --no-man-pages --no-header-files --compress=0" \
  "${java_options[@]}" --dest "$(windows_path "$work/image")"
image=$work/image/$name
[[ -f $image/$name.exe ]] || { echo "build-packages: no $image/$name.exe" >&2; exit 2; }

# The Group Policy templates, laid out as in PolicyDefinitions: C:\Program Files\Unhunch\policy-templates.
mkdir -p "$image/policy-templates/en-US"
cp "$here/unhunch.admx" "$image/policy-templates/"
cp "$here/en-US/unhunch.adml" "$image/policy-templates/en-US/"

if [[ -n ${SIGN_COMMAND:-} ]]; then
  binaries=()
  while IFS= read -r -d '' file; do
    binaries+=("$file")
  done < <(find "$image" -type f \( -iname '*.exe' -o -iname '*.dll' \) -print0)
  sign "${binaries[@]}"
else
  echo "== not signed: SIGN_COMMAND is not set"
fi

# The MSI of the image for version $1, signed if SIGN_COMMAND is set.
build_msi() {
  local version=$1 msi=$out/$name-$1.msi
  rm -f "$msi"
  echo "== jpackage msi, version $version"
  jpackage --type msi --app-image "$(windows_path "$image")" --name "$name" --app-version "$version" \
    --vendor Unhunch --description "$description" \
    --win-upgrade-uuid "$upgrade_uuid" --win-menu --win-menu-group Unhunch \
    --resource-dir "$(windows_path "$here/resources")" --dest "$(windows_path "$out")"
  [[ -f $msi ]] || { echo "build-packages: jpackage made no $msi" >&2; exit 2; }
  sign "$msi"
  echo "== $msi: $(du -k "$msi" | cut -f1) KiB"
}

build_msi "$version"
if [[ -n $older ]]; then
  build_msi "$older"
fi
