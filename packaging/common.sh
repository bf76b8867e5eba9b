# What every platform's build-packages.sh shares (sourced, never run): the version, the runtime's
# modules, the launcher's JVM options and the native libraries shipped as plain files (ADR 21).
# The caller sets: packaging (this folder), project (the repository).
# shellcheck shell=bash disable=SC2034,SC2154 # sets variables for, and reads them from, the script sourcing it

# The package version: $2 if given, else the jar's own without -SNAPSHOT; N.N.N, the three fields
# that Windows Installer compares and rpm and dpkg order.
package_version() {
  local jar=$1 version=${2:-}
  if [[ -z $version ]]; then
    version=$(unzip -p "$jar" META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')
    version=${version%-SNAPSHOT}
  fi
  [[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "build-packages: version '$version' is not N.N.N" >&2; return 2; }
  echo "$version"
}

# The arguments every build-packages.sh takes, PACKAGE_JAR FULL_JAR OUT_DIR [VERSION [OLDER_VERSION]],
# as jar, full_jar, out, version and older (both checked, older empty when not given).
package_arguments() {
  jar=$1 full_jar=$2 out=$3
  version=$(package_version "$jar" "${4:-}")
  older=${5:-}
  [[ -z $older ]] || older=$(package_version "$jar" "$older")
}

# Ends the build, naming the first of the tools ($2...) not on PATH, and where to read of it ($1).
require_tools() {
  local where=$1 tool
  shift
  for tool in "$@"; do
    command -v "$tool" > /dev/null || { echo "build-packages: $tool is not on PATH ($where)" >&2; exit 2; }
  done
}

# The runtime's modules, comma-separated (packaging/modules.txt; RuntimeModulesIT keeps it right).
runtime_modules() {
  grep -v '^#' "$packaging/modules.txt" | sed '/^$/d' | paste -sd, -
}

# Fills the array java_options with jpackage's --java-options for jvm.options (the README's start
# command), then for the native libraries shipped as files in $APPDIR/native, never extracted:
#   sqlite-jdbc (org.sqlite.lib.path), JNA (jna.boot.library.path; jna.nounpack forbids a copy),
#   JNativeHook (unhunch.native.shipped, NativeLibraryFolder) and FlatLaf (flatlaf.nativeLibraryPath).
# $1: sqlite-jdbc's file name on the platform. jpackage's launcher puts the app folder for $APPDIR.
launcher_java_options() {
  local sqlite_file=$1 option
  java_options=()
  while read -r option; do
    java_options+=(--java-options "$option")
  done < <(grep -v '^#' "$project/jvm.options" | sed '/^$/d')
  # A class-data archive the JVM cannot use (the image moved, or rebuilt) is left aside in silence,
  # never with a warning on standard output, where it would open an export.
  java_options+=(--java-options '-Xlog:cds*=off')
  # shellcheck disable=SC2016 # $APPDIR is for the launcher, not for this shell
  java_options+=(
    --java-options '-Dorg.sqlite.lib.path=$APPDIR/native'
    --java-options "-Dorg.sqlite.lib.name=$sqlite_file"
    --java-options '-Djna.boot.library.path=$APPDIR/native'
    --java-options '-Djna.nounpack=true'
    --java-options '-Dunhunch.native.shipped=$APPDIR/native'
    --java-options '-Dflatlaf.nativeLibraryPath=$APPDIR/native'
  )
}

# Copies the named entries of the full jar (every platform's libraries) into $2 as plain files.
extract_natives() {
  local full_jar=$1 dest=$2 entry
  shift 2
  mkdir -p "$dest"
  for entry in "$@"; do
    unzip -p "$full_jar" "$entry" > "$dest/$(basename "$entry")" \
      || { echo "build-packages: $entry is not in $full_jar" >&2; return 2; }
    [[ -s $dest/$(basename "$entry") ]] || { echo "build-packages: $entry is empty" >&2; return 2; }
  done
}
