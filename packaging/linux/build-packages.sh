#!/usr/bin/env bash
# Builds Unhunch's Linux packages (mvn -Ppackages package, on Linux):
#   1. jpackage's app image: the jar (no native library in it), Linux x86_64's native libraries as
#      plain files in lib/app/native, a runtime of its own of the modules in packaging/modules.txt,
#      its ELF files stripped, and the class-data archives that start it faster
#      (class-data-archive.sh). Its launcher is the runtime's java launcher, named unhunch, started
#      by bin/unhunch with the JVM options of jvm.options from lib/app/unhunch.options: jpackage's own
#      asks rpm and dpkg which package owns it at every start (ADR 22);
#   2. one staged tree of the files the packages install, built into the deb by dpkg-deb and into
#      the rpm by rpmbuild (ADR 21: JDK 17's jpackage cannot put files outside /opt, such as
#      /etc/xdg/autostart or /usr/share/metainfo). Without rpmbuild, the rpm is left out.
# usage: build-packages.sh PACKAGE_JAR FULL_JAR OUT_DIR [VERSION [OLDER_VERSION]]
#   FULL_JAR: the jar holding every platform's native libraries; VERSION: the jar's own without
#   -SNAPSHOT when empty; OLDER_VERSION: a second deb of the same image, for testing an upgrade.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
packaging=$(dirname "$here")
project=$(dirname "$packaging")
# shellcheck source=packaging/common.sh
. "$packaging/common.sh"
package_arguments "$@"
require_tools "README.md, Installing" jpackage dpkg-deb fakeroot strip gzip unshare

# The packages' time, in their changelogs: a reproducible build's (SOURCE_DATE_EPOCH), else now.
built_at=${SOURCE_DATE_EPOCH:-$(date +%s)}
modules=$(runtime_modules)
launcher_java_options libsqlitejdbc.so
# IT's policy in a folder of the package's own, kept across upgrades (docs/deployment.md)
java_options+=(--java-options "-Djava.util.prefs.systemRoot=/etc/unhunch")

work=$out/linux
rm -rf "$work"
mkdir -p "$work/input"
cp "$jar" "$work/input/unhunch.jar"
extract_natives "$full_jar" "$work/input/native" \
  org/sqlite/native/Linux/x86_64/libsqlitejdbc.so \
  com/sun/jna/linux-x86-64/libjnidispatch.so \
  com/github/kwhat/jnativehook/lib/linux/x86_64/libJNativeHook.so \
  com/formdev/flatlaf/natives/libflatlaf-linux-x86_64.so
echo "== jpackage app image, version $version, modules $modules"
jpackage --type app-image --name unhunch --app-version "$version" --vendor Unhunch \
  --input "$work/input" --main-jar unhunch.jar --main-class org.unhunch.cli.Main \
  --icon "$here/icons/unhunch-256.png" --add-modules "$modules" \
  --jlink-options "--strip-debug --no-man-pages --no-header-files --compress=0" \
  "${java_options[@]}" --dest "$work/image"
image=$work/image/unhunch
"$here/launcher.sh" "$image"
# Symbol tables are for debuggers; the JDK's debug info is already apart (.gnu_debuglink).
find "$image" -type f \( -name '*.so' -o -path '*/lib/runtime/bin/*' -o -name jexec -o -name jspawnhelper \) \
  -exec strip --strip-unneeded {} +
find "$image" -type d -exec chmod 755 {} +
find "$image" -type f -exec chmod 644 {} +
chmod 755 "$image/bin/unhunch" "$image/lib/runtime/bin/unhunch" "$image/lib/runtime/lib/jexec" \
  "$image/lib/runtime/lib/jspawnhelper"
# A reproducible build's times (SOURCE_DATE_EPOCH, which dpkg-deb clamps to) before the archive
# records the jar's: the JVM uses the archive only for the jar it was made with.
if [[ -n ${SOURCE_DATE_EPOCH:-} ]]; then
  find "$image" -newermt "@$SOURCE_DATE_EPOCH" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
fi
"$here/class-data-archive.sh" "$image" /opt/unhunch

# The files both packages install, for version $1, in the folder $2.
stage() {
  local version=$1 root=$2
  install -d "$root/opt" "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/metainfo" \
    "$root/etc/xdg/autostart" "$root/usr/share/doc/unhunch" "$root/usr/share/man/man1"
  install -d -m 755 "$root/etc/unhunch/.systemPrefs"
  cp -a "$image" "$root/opt/unhunch"
  install -m 755 "$here/unhunch" "$root/usr/bin/unhunch"
  install -m 644 "$here/unhunch.desktop" "$root/usr/share/applications/unhunch.desktop"
  install -m 644 "$here/unhunch-autostart.desktop" "$root/etc/xdg/autostart/unhunch.desktop"
  install -m 644 "$here/org.unhunch.Unhunch.metainfo.xml" "$root/usr/share/metainfo/org.unhunch.Unhunch.metainfo.xml"
  install -m 644 "$here/copyright" "$root/usr/share/doc/unhunch/copyright"
  gzip -9n < "$here/unhunch.1" > "$root/usr/share/man/man1/unhunch.1.gz"
  chmod 644 "$root/usr/share/man/man1/unhunch.1.gz"
  for size in 48 128 256; do
    install -D -m 644 "$here/icons/unhunch-$size.png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/unhunch.png"
  done
  install -D -m 644 "$here/icons/unhunch.svg" "$root/usr/share/icons/hicolor/scalable/apps/unhunch.svg"
}

build_deb() {
  local version=$1 root=$work/deb-root-$1
  stage "$version" "$root"
  install -d "$root/DEBIAN" "$root/usr/share/lintian/overrides"
  install -m 644 "$here/debian/lintian-overrides" "$root/usr/share/lintian/overrides/unhunch"
  # a native package's changelog (Debian policy 12.7); the project's history is in git
  printf 'unhunch (%s) stable; urgency=medium\n\n  * Unhunch %s.\n\n -- Unhunch <team@unhunch.org>  %s\n' \
    "$version" "$version" "$(date -u -R -d "@$built_at")" \
    | gzip -9n > "$root/usr/share/doc/unhunch/changelog.gz"
  chmod 644 "$root/usr/share/doc/unhunch/changelog.gz"
  local installed_kib
  installed_kib=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
  sed -e "s/@VERSION@/$version/" -e "s/@INSTALLED_SIZE@/$installed_kib/" "$here/debian/control" > "$root/DEBIAN/control"
  install -m 755 "$here/debian/postinst" "$here/debian/postrm" "$root/DEBIAN/"
  # /etc/xdg/autostart/unhunch.desktop is a conffile: an administrator's edit survives an upgrade
  echo /etc/xdg/autostart/unhunch.desktop > "$root/DEBIAN/conffiles"

  local deb=$out/unhunch_${version}_amd64.deb
  fakeroot dpkg-deb -Zxz --build "$root" "$deb" > /dev/null
  rm -rf "$root"
  echo "== $deb: $(du -k "$deb" | cut -f1) KiB, installed $installed_kib KiB"
}

# The rpm's requirements come from its ELF files (rpm's elfdeps), less the runtime's own libraries.
build_rpm() {
  local version=$1 root=$work/rpm-root-$1 top=$work/rpmbuild internal
  stage "$version" "$root"
  # rpm's convention: shared libraries executable (Debian's: not)
  find "$root/opt" -name '*.so' -exec chmod 755 {} +
  internal=$(find "$image" -name '*.so' -printf '%f\n' | sort -u | sed 's/\./\\./g' | paste -sd'|' -)
  rpmbuild -bb --quiet --define "_topdir $top" --define "stage $root" --define "pkg_version $version" \
    --define "changelog_date $(date -u -d "@$built_at" '+%a %b %d %Y')" \
    --define "internal_libraries $internal" "$here/rpm/unhunch.spec" > /dev/null
  local rpm=$out/unhunch-$version-1.x86_64.rpm
  mv "$top/RPMS/x86_64/$(basename "$rpm")" "$rpm"
  rm -rf "$root" "$top"
  echo "== $rpm: $(du -k "$rpm" | cut -f1) KiB"
}

build_deb "$version"
[[ -z $older ]] || build_deb "$older"
if command -v rpmbuild > /dev/null; then
  build_rpm "$version"
else
  echo "== no rpm: rpmbuild is not installed (apt-get install rpm)"
fi
