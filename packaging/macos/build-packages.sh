#!/usr/bin/env bash
# Builds Unhunch's macOS installer (mvn -Ppackages package, on a Mac with JDK 17 and Xcode's command
# line tools): one pkg for this Mac's processor, Unhunch-VERSION-arm64.pkg or -x86_64.pkg.
#   1. jpackage's app image, Unhunch.app: the jar (no native library in it), this processor's native
#      libraries as plain files in Contents/app/native (signed there, never extracted at run time),
#      a launcher with the JVM options of jvm.options baked in, a runtime of its own of the modules
#      in packaging/modules.txt, resources/Info.plist (LSUIElement: no Dock icon) and the launch
#      agent for every user in Contents/Resources;
#   2. every native library and executable in it, its runtime, then the app itself signed: with
#      MAC_SIGN_IDENTITY, by "Developer ID Application: $MAC_SIGN_IDENTITY" with the hardened
#      runtime and entitlements.plist, ready for notarization (README.md); without, ad hoc;
#   3. the pkg of that app (pkgbuild; jpackage --type pkg would re-sign it ad hoc), whose preinstall and postinstall
#      (resources/) stop an older agent and install and start the launch agent; with
#      MAC_SIGN_IDENTITY, signed by "Developer ID Installer: $MAC_SIGN_IDENTITY".
# NEVER RUN ON macOS: written on Linux from jpackage's (JDK 17) sources and Apple's documentation,
# checked only by bash -n, shellcheck, MacRecipeTest and MacRecipeIT. Kept to the bash 3.2 macOS
# ships (an empty array is expanded as ${a[@]+"${a[@]}"} under set -u).
# usage: build-packages.sh PACKAGE_JAR FULL_JAR OUT_DIR [VERSION [OLDER_VERSION]]
#   FULL_JAR: the jar holding every platform's native libraries; VERSION: the jar's own without
#   -SNAPSHOT when empty; OLDER_VERSION: a second pkg of the same image, for testing an upgrade.
# environment: MAC_SIGN_IDENTITY, the team's name as its Developer ID certificates give it
#   ("Example Ltd (AB12CD34EF)"); MAC_SIGN_KEYCHAIN, a keychain holding them, if not the default.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
packaging=$(dirname "$here")
project=$(dirname "$packaging")
# shellcheck source=packaging/common.sh
. "$packaging/common.sh"
package_arguments "$@"
[[ $(uname -s) == Darwin ]] || { echo "build-packages: the macOS pkg is built on macOS" >&2; exit 2; }
require_tools packaging/macos/README.md jpackage codesign pkgbuild plutil ditto sips iconutil file

# This Mac's processor: its native libraries, and a JDK of the same (jlink copies the JDK's own).
case $(uname -m) in
  arm64)
    arch=arm64 jdk_arch=aarch64
    natives=(
      org/sqlite/native/Mac/aarch64/libsqlitejdbc.dylib
      com/sun/jna/darwin-aarch64/libjnidispatch.jnilib
      com/github/kwhat/jnativehook/lib/darwin/arm64/libJNativeHook.dylib
      com/formdev/flatlaf/natives/libflatlaf-macos-arm64.dylib
    )
    ;;
  x86_64)
    arch=x86_64 jdk_arch=x86_64
    natives=(
      org/sqlite/native/Mac/x86_64/libsqlitejdbc.dylib
      com/sun/jna/darwin-x86-64/libjnidispatch.jnilib
      com/github/kwhat/jnativehook/lib/darwin/x86_64/libJNativeHook.dylib
      com/formdev/flatlaf/natives/libflatlaf-macos-x86_64.dylib
    )
    ;;
  *) echo "build-packages: no pkg for processor $(uname -m)" >&2; exit 2 ;;
esac
java_arch=$("$(dirname "$(command -v jpackage)")/java" -XshowSettings:properties -version 2>&1 \
  | sed -n 's/^ *os\.arch = //p')
[[ $java_arch == "$jdk_arch" ]] \
  || { echo "build-packages: the JDK is for $java_arch, this Mac is $arch: use a JDK for $jdk_arch" >&2; exit 2; }

modules=$(runtime_modules)
# JNA looks for libjnidispatch.jnilib first in jna.boot.library.path; FlatLaf for
# libflatlaf-macos-ARCH.dylib in flatlaf.nativeLibraryPath; NativeLibraryFolder for libJNativeHook.dylib.
launcher_java_options libsqlitejdbc.dylib

work=$out/macos
rm -rf "$work"
mkdir -p "$work/input" "$work/Unhunch.iconset"
cp "$jar" "$work/input/unhunch.jar"
extract_natives "$full_jar" "$work/input/native" "${natives[@]}"
for size in 16 32 128 256; do
  sips -z "$size" "$size" "$packaging/linux/icons/unhunch-256.png" \
    --out "$work/Unhunch.iconset/icon_${size}x${size}.png" > /dev/null
  if ((size <= 128)); then
    sips -z $((size * 2)) $((size * 2)) "$packaging/linux/icons/unhunch-256.png" \
      --out "$work/Unhunch.iconset/icon_${size}x${size}@2x.png" > /dev/null
  fi
done
iconutil -c icns -o "$work/Unhunch.icns" "$work/Unhunch.iconset"

echo "== jpackage app image, version $version, $arch, modules $modules"
jpackage --type app-image --name Unhunch --app-version "$version" --vendor Unhunch \
  --mac-package-identifier org.unhunch.Unhunch --mac-package-name Unhunch \
  --resource-dir "$here/resources" \
  --input "$work/input" --main-jar unhunch.jar --main-class org.unhunch.cli.Main \
  --icon "$work/Unhunch.icns" --add-modules "$modules" \
  --jlink-options "--strip-native-commands --strip-debug --no-man-pages --no-header-files --compress=0" \
  "${java_options[@]}" --dest "$work/image"
app=$work/image/Unhunch.app
install -m 644 "$here/org.unhunch.Unhunch.plist" "$app/Contents/Resources/org.unhunch.Unhunch.plist"
chmod -R u+rwX,go+rX,go-w "$app"

# Signing: each Mach-O file on its own (not --deep), the runtime bundle, then the app, whose
# signature seals the rest. Executables (the launcher, jspawnhelper) carry the entitlements.
if [[ -n ${MAC_SIGN_IDENTITY:-} ]]; then
  sign=(--force --sign "Developer ID Application: $MAC_SIGN_IDENTITY" --timestamp --options runtime)
else
  sign=(--force --sign -)
fi
sign+=(--prefix org.unhunch.Unhunch.)
[[ -z ${MAC_SIGN_KEYCHAIN:-} ]] || sign+=(--keychain "$MAC_SIGN_KEYCHAIN")
entitled=(--entitlements "$here/entitlements.plist")
echo "== signing ${MAC_SIGN_IDENTITY:-ad hoc}"
while IFS= read -r -d '' file; do
  if file -b "$file" | grep -q '^Mach-O'; then
    if [[ -x $file ]]; then
      codesign "${sign[@]}" "${entitled[@]}" "$file"
    else
      codesign "${sign[@]}" "$file"
    fi
  fi
done < <(find "$app/Contents" -type f ! -path "$app/Contents/MacOS/Unhunch" -print0)
codesign "${sign[@]}" "${entitled[@]}" "$app/Contents/runtime"
codesign "${sign[@]}" "${entitled[@]}" "$app"
codesign --verify --strict --deep --verbose=2 "$app"

# The pkg is built by pkgbuild from the signed app, not by jpackage --type pkg: jpackage 17 strips
# and re-signs ad hoc an app image it did not sign itself (JDK-8293462), and notarization would fail.
pkg_sign=()
if [[ -n ${MAC_SIGN_IDENTITY:-} ]]; then
  pkg_sign=(--sign "Developer ID Installer: $MAC_SIGN_IDENTITY" --timestamp)
  [[ -z ${MAC_SIGN_KEYCHAIN:-} ]] || pkg_sign+=(--keychain "$MAC_SIGN_KEYCHAIN")
fi
root=$work/pkg-root
mkdir -p "$root/Applications" "$work/pkg-scripts"
ditto "$app" "$root/Applications/Unhunch.app"
install -m 755 "$here/resources/preinstall" "$here/resources/postinstall" "$work/pkg-scripts/"
# Installed where it belongs, never into a copy the installer found elsewhere on the disk.
pkgbuild --analyze --root "$root" "$work/components.plist" > /dev/null
plutil -replace 0.BundleIsRelocatable -bool NO "$work/components.plist"

# The pkg of the signed app for version $1: /Applications/Unhunch.app, preinstall and postinstall.
build_pkg() {
  local version=$1 pkg=$out/Unhunch-$1-$arch.pkg
  pkgbuild --root "$root" --component-plist "$work/components.plist" --identifier org.unhunch.Unhunch \
    --version "$version" --install-location / --scripts "$work/pkg-scripts" \
    ${pkg_sign[@]+"${pkg_sign[@]}"} "$pkg" > /dev/null
  echo "== $pkg: $(du -k "$pkg" | cut -f1) KiB, installed $(du -sk "$app" | cut -f1) KiB"
}

build_pkg "$version"
if [[ -n $older ]]; then
  build_pkg "$older"
fi
