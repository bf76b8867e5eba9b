#!/usr/bin/env bash
# Builds Unhunch's Linux packages from the Linux x86_64 jar (mvn -Plinux-packages package):
#   1. jpackage's app image: the jar, a launcher with the JVM options of jvm.options baked in, and a
#      runtime of its own of the modules in packaging/modules.txt;
#   2. the deb, staged as the files it installs and built with dpkg-deb (ADR 21: JDK 17's jpackage
#      cannot put files outside /opt, such as /etc/xdg/autostart or /usr/share/metainfo).
# usage: build-packages.sh JAR OUT_DIR [VERSION [OLDER_VERSION]]
#   VERSION: the jar's own without -SNAPSHOT when empty; OLDER_VERSION: a second deb of the same
#   image, for testing an upgrade (.ci/run).
set -euo pipefail

jar=$1
out=$2
here=$(cd "$(dirname "$0")" && pwd)
packaging=$(dirname "$here")
project=$(dirname "$packaging")
version=${3:-}
older=${4:-}
if [[ -z $version ]]; then
  version=$(unzip -p "$jar" META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')
  version=${version%-SNAPSHOT}
fi
[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "build-packages: version '$version' is not N.N.N" >&2; exit 2; }
for tool in jpackage dpkg-deb fakeroot; do
  command -v "$tool" > /dev/null || { echo "build-packages: $tool is not installed" >&2; exit 2; }
done

modules=$(grep -v '^#' "$packaging/modules.txt" | sed '/^$/d' | paste -sd, -)
java_options=()
while read -r option; do
  java_options+=(--java-options "$option")
done < <(grep -v '^#' "$project/jvm.options" | sed '/^$/d')
# IT's policy in a folder of the package's own, kept across upgrades (docs/deployment.md)
java_options+=(--java-options "-Djava.util.prefs.systemRoot=/etc/unhunch")

work=$out/linux
rm -rf "$work"
mkdir -p "$work/input"
cp "$jar" "$work/input/unhunch.jar"
echo "== jpackage app image, version $version, modules $modules"
jpackage --type app-image --name unhunch --app-version "$version" --vendor Unhunch \
  --input "$work/input" --main-jar unhunch.jar --main-class org.unhunch.cli.Main \
  --icon "$here/icons/unhunch-256.png" --add-modules "$modules" \
  --jlink-options "--strip-native-commands --strip-debug --no-man-pages --no-header-files --compress=0" \
  "${java_options[@]}" --dest "$work/image"

# The deb of the app image for version $1: the files it installs, staged, then dpkg-deb.
stage_deb() {
  local version=$1 root=$work/deb-root-$1
  install -d "$root/opt" "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/metainfo" \
    "$root/etc/xdg/autostart" "$root/usr/share/doc/unhunch" "$root/DEBIAN"
  install -d -m 755 "$root/etc/unhunch/.systemPrefs"
  cp -a "$work/image/unhunch" "$root/opt/unhunch"
  install -m 755 "$here/unhunch" "$root/usr/bin/unhunch"
  install -m 644 "$here/unhunch.desktop" "$root/usr/share/applications/unhunch.desktop"
  install -m 644 "$here/unhunch-autostart.desktop" "$root/etc/xdg/autostart/unhunch.desktop"
  install -m 644 "$here/org.unhunch.Unhunch.metainfo.xml" "$root/usr/share/metainfo/org.unhunch.Unhunch.metainfo.xml"
  install -m 644 "$here/copyright" "$root/usr/share/doc/unhunch/copyright"
  for size in 48 128 256; do
    install -D -m 644 "$here/icons/unhunch-$size.png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/unhunch.png"
  done
  install -D -m 644 "$here/icons/unhunch.svg" "$root/usr/share/icons/hicolor/scalable/apps/unhunch.svg"
  find "$root/opt" -type d -exec chmod 755 {} +
  find "$root/opt" -type f -exec chmod go-w {} +

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

stage_deb "$version"
if [[ -n $older ]]; then
  stage_deb "$older"
fi
