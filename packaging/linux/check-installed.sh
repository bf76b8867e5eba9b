#!/usr/bin/env bash
# Proves the deb as IT and a person would meet it (run as root by .ci/run, on a desktop of
# .ci/desktop-session): install, the command on PATH, the desktop entries valid, the installed agent's
# tray icon on a real (virtual) tray, then removal, reinstall and an upgrade, each keeping a test
# user's break log and settings and IT's policy. Then the rpm: rpmlint, its files and scriptlets
# beside the deb's, and its payload, extracted, started on the tray the same way.
# usage: check-installed.sh OLDER_DEB NEWER_DEB TRACE POLICY SCREENSHOT [RPM]
set -euo pipefail
# Pipes into grep use grep -c, which reads to the end: grep -q would leave early, the writer could
# end on SIGPIPE, and pipefail would fail the check (or, in an assignment, end this script).
older=$1 newer=$2 trace=$3 policy=$4 screenshot=$5 rpm=${6:-}
here=$(cd "$(dirname "$0")" && pwd)
user=unhunch-check
: "${DISPLAY:?a desktop is needed: eval \"\$(.ci/desktop-session start)\"}"

fail() { echo "check-installed: $*" >&2; exit 1; }
step() { echo "== $*"; }
as_user() { runuser -u "$user" -- env HOME="/home/$user" DISPLAY="$DISPLAY" "$@"; }
data=/home/$user/.local/share/unhunch
fingerprint() {  # what must survive: the break log's rows and the person's settings
  as_user unhunch export --format csv | md5sum | cut -d' ' -f1
  as_user unhunch settings get snooze
}

dpkg -P unhunch > /dev/null 2>&1 || true
if id "$user" > /dev/null 2>&1; then userdel --remove "$user" 2> /dev/null || true; fi
useradd --create-home --shell /bin/sh "$user"
rm -rf /etc/unhunch

step "install $(basename "$older")"
dpkg -i "$older"
[[ $(command -v unhunch) == /usr/bin/unhunch ]] || fail "unhunch is not on PATH as /usr/bin/unhunch"
as_user unhunch --version | grep -c '^Unhunch ' > /dev/null || fail "unhunch --version"
as_user unhunch stats 2>&1 | grep -c 'no breaks recorded yet' > /dev/null || fail "unhunch stats on a fresh account"
desktop-file-validate /usr/share/applications/unhunch.desktop /etc/xdg/autostart/unhunch.desktop
appstreamcli validate --no-net --explain /usr/share/metainfo/org.unhunch.Unhunch.metainfo.xml
[[ $(as_user unhunch --version 2> /dev/null) =~ ^Unhunch\ [^$'\n']+$ ]] || fail "unhunch --version prints more than its line"
[[ -z $(find /opt/unhunch -name '.systemPrefs') ]] || fail "preferences inside /opt/unhunch"
as_user env JAVA_TOOL_OPTIONS=-Xlog:class+load=info unhunch --version 2> /dev/null \
  | grep -c 'org.unhunch.cli.Main source: shared objects file' > /dev/null || fail "the agent's classes are not mapped from its class-data archive"
[[ $(stat -c '%U %a' /etc/unhunch/.systemPrefs) == "root 755" ]] || fail "the policy folder is not root's, 755"
if find /opt/unhunch -name '*.dll' -o -name '*.dylib' -o -name '*.jnilib' | grep -c . > /dev/null; then
  fail "native libraries of other systems in /opt/unhunch"
fi
others=$(unzip -Z1 /opt/unhunch/lib/app/unhunch.jar | grep -E '\.(so|dll|dylib|jnilib)$' \
  | grep -viE '(linux[-/]x86[-_]64/|linux-x86_64\.so$)' || true)
[[ -z $others ]] || fail "native libraries of other systems in the jar: $others"

step "a person's data and IT's policy"
as_user unhunch simulate --record-into "$data" "$trace" > /dev/null
as_user unhunch settings set snooze 11m > /dev/null
unhunch policy import "$policy" > /dev/null
[[ -f /etc/unhunch/.systemPrefs/org/unhunch/policy/locked/prefs.xml ]] || fail "the policy is not in /etc/unhunch"
! as_user unhunch stats 2>&1 | grep -c 'no breaks recorded yet' > /dev/null || fail "the trace left no breaks"
before=$(fingerprint)
echo "fingerprint: $before"

# Starts LAUNCHER as the test user and waits for its tray icon, embedded in the tray; sets agent.
start_on_tray() {
  agent_log=$(mktemp)
  as_user env _AWT_MAX_POLL_TIMEOUT=1000 "$1" > "$agent_log" 2>&1 &
  agent=$!
  local icon="" parent="" root
  root=$(xwininfo -root | sed -n 's/.*Window id: \(0x[0-9a-f]*\).*/\1/p')
  # The icon's window is made first and embedded by the tray a moment later: wait for both.
  for _ in $(seq 1 150); do
    icon=$(xdotool search --name '^JavaEmbeddedFrame$' 2> /dev/null | head -1 || true)
    if [[ -n $icon ]]; then
      parent=$(xwininfo -children -id "$icon" 2> /dev/null | sed -n 's/.*Parent window id: \(0x[0-9a-f]*\).*/\1/p')
      [[ -n $parent && $parent != "$root" ]] && break
    fi
    kill -0 "$agent" 2> /dev/null || { cat "$agent_log"; fail "$1 ended before its tray icon came"; }
    sleep 0.2
  done
  [[ -n $icon ]] || { cat "$agent_log"; fail "$1: no tray icon within 30 s"; }
  [[ -n $parent && $parent != "$root" ]] || fail "$1: the icon's window is not embedded in the tray within 30 s"
  # The icon is up before the agent is built (ADR 22): wait until the tray has taken it over.
  for _ in $(seq 1 150); do
    grep -c 'Tray icon added' "$data/logs/unhunch.log" > /dev/null 2>&1 && break
    sleep 0.2
  done
}
# The agent ends on SIGTERM (as at logout) within 10 s; $agent is only the shell around runuser.
stop_agent() {
  pkill -TERM -u "$user" -f 'bin/unhunch' || fail "no agent to stop"
  for _ in $(seq 1 50); do
    pgrep -u "$user" -f 'bin/unhunch' > /dev/null || break
    sleep 0.2
  done
  ! pgrep -u "$user" -f 'bin/unhunch' > /dev/null || fail "the agent did not end within 10 s of SIGTERM"
  wait "$agent" || true
  rm -f "$agent_log"
}
# The agent's native libraries are the files shipped in FOLDER, none extracted: every library it
# maps is the system's or FOLDER's, and the data folder holds no copy.
natives_from() {
  local folder=$1 app=${1%/lib/app/native} mapped library jvm="" pid missing
  for pid in $(pgrep -u "$user"); do
    grep -q '/libjvm\.so$' "/proc/$pid/maps" 2> /dev/null && jvm=$pid
  done
  [[ -n $jvm ]] || fail "no Java process of $user"
  # The icon comes first (ADR 22); the agent loads its libraries as its start goes on.
  for _ in $(seq 1 100); do
    mapped=$(awk 'NF >= 6 && $6 ~ /\.so/ {print $6, $7}' "/proc/$jvm/maps" | sort -u)
    missing=
    for library in libsqlitejdbc.so libjnidispatch.so libJNativeHook.so; do
      grep -qx "$folder/$library " <<< "$mapped" || missing+=" $library"
    done
    [[ -z $missing ]] && break
    sleep 0.2
  done
  [[ -z $missing ]] || fail "not loaded from $folder within 20 s:$missing; mapped: $mapped"
  ! grep -vE "^($app/lib/|/usr/lib/|/lib/)[^ ]+ $" <<< "$mapped" || fail "libraries loaded from elsewhere (above)"
  [[ -z $(find "$data" -path "$data/native/*" -type f 2> /dev/null) ]] || fail "native libraries extracted into $data/native"
}
# Every library the image's ELF files need (readelf's NEEDED), and those the agent loads by name
# at run time, is the image's own or comes from a package the deb names in Depends (GTK: in
# Recommends; only FlatLaf's library, loaded for native window decorations, links it).
needs_met() {
  local named soname path package missing=
  named=" $(dpkg-deb -f "$newer" Depends Recommends | sed 's/^[A-Za-z]*: //; s/([^)]*)//g' | tr ',|' '  ' | tr -s ' \n' ' ') "
  for soname in $(find /opt/unhunch -type f \( -name '*.so' -o -path '*/bin/*' \) -exec readelf -d {} + 2> /dev/null \
    | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort -u) libXss.so.1 libfontconfig.so.1; do
    [[ -z $(find /opt/unhunch -name "$soname") ]] || continue
    # (awk reads to the end: leaving early would end ldconfig with SIGPIPE, and this script with it)
    path=$(ldconfig -p | awk -v name="$soname" '$1 == name && /x86-64/ && !found { found = $NF } END { print found }')
    [[ -n $path ]] || { missing+=" $soname(not installed)"; continue; }
    package=$(dpkg -S "$path" 2> /dev/null || dpkg -S "$(realpath "$path")" 2> /dev/null \
      || dpkg -S "/usr$path" 2> /dev/null || dpkg -S "${path#/usr}" 2> /dev/null || true)
    package=${package%%:*}
    [[ -n $package && $named == *" $package "* ]] || missing+=" $soname(${package:-no package})"
  done
  [[ -z $missing ]] || fail "libraries the deb's Depends do not name:$missing"
}

step "the installed agent on the tray"
start_on_tray /usr/bin/unhunch
sleep 1
import -window root "$screenshot"
grep -q 'Tray icon added' "$data/logs/unhunch.log" || fail "the agent's log does not say its tray icon was added"
natives_from /opt/unhunch/lib/app/native
as_user unhunch 2>&1 | grep -c 'already running for this user' > /dev/null || fail "a second agent for the same person was not refused"
stop_agent
needs_met

step "remove: the person's data and IT's policy stay"
dpkg -r unhunch
[[ ! -e /opt/unhunch && ! -e /usr/bin/unhunch ]] || fail "files left after removal"
[[ -f $data/breaks.db && -f /etc/unhunch/.systemPrefs/org/unhunch/policy/locked/prefs.xml ]] \
  || fail "removal took the break log or the policy"

step "reinstall $(basename "$older"), then upgrade to $(basename "$newer")"
dpkg -i "$older"
[[ $(fingerprint) == "$before" ]] || fail "the reinstall lost data"
dpkg -i "$newer"
[[ $(dpkg-query -W -f '${Version}' unhunch) == $(dpkg-deb -f "$newer" Version) ]] || fail "the upgrade did not take"
[[ $(fingerprint) == "$before" ]] || fail "the upgrade lost data"
[[ -f /etc/unhunch/.systemPrefs/org/unhunch/policy/locked/prefs.xml ]] || fail "the upgrade lost the policy"

step "purge: only what the package installed goes"
dpkg -P unhunch
[[ ! -e /etc/xdg/autostart/unhunch.desktop ]] || fail "the autostart entry is left after purge"
[[ -f $data/breaks.db && -f /etc/unhunch/.systemPrefs/org/unhunch/policy/locked/prefs.xml ]] \
  || fail "purge took the break log or the policy"
echo "== the deb installs, starts on the tray, upgrades and goes, keeping the person's data"
[[ -n $rpm ]] || exit 0

step "the rpm: rpmlint, files and scriptlets"
lint=$(rpmlint -c "$here/rpm/rpmlint.toml" "$rpm") || { echo "$lint"; fail "rpmlint"; }
echo "$lint" | tail -1
grep -q ' 0 errors, 0 warnings' <<< "$lint" || { echo "$lint"; fail "rpmlint warns"; }
# the same files (not folders) as the deb, less the deb's own changelog and lintian overrides
deb_files=$(dpkg-deb -c "$newer" | awk '$1 !~ /^d/ {print substr($6, 2)}' \
  | grep -vE '^/usr/share/(lintian/|doc/unhunch/changelog)' | sort)
rpm_files=$(rpm -qp --queryformat '[%{FILEMODES:perms} %{FILENAMES}\n]' "$rpm" | awk '$1 !~ /^d/ {print $2}' | sort)
[[ $deb_files == "$rpm_files" ]] || { diff <(echo "$deb_files") <(echo "$rpm_files") || true; fail "the rpm's files differ from the deb's"; }
owners=$(rpm -qp --queryformat '[%{FILEMODES:perms} %{FILEUSERNAME} %{FILENAMES}\n]' "$rpm")
grep -qx 'drwxr-xr-x root /etc/unhunch/.systemPrefs' <<< "$owners" || fail "the rpm's policy folder is not root's, 755"
[[ $(rpm -qcp "$rpm") == /etc/xdg/autostart/unhunch.desktop ]] || fail "the autostart entry is not the rpm's config file"
# the scriptlets: exactly the desktop's caches after install and removal, and no trigger
scripts=$(rpm -qp --scripts "$rpm" | grep -v '^#')
caches='update-desktop-database -q /usr/share/applications >/dev/null 2>&1 || :
gtk-update-icon-cache -q -t /usr/share/icons/hicolor >/dev/null 2>&1 || :'
expected="postinstall scriptlet (using /bin/sh):
$caches
postuninstall scriptlet (using /bin/sh):
$caches"
[[ $scripts == "$expected" ]] || { diff <(echo "$expected") <(echo "$scripts") || true; fail "the rpm's scriptlets are not the expected ones"; }
[[ -z $(rpm -qp --triggers --filetriggers "$rpm") ]] || fail "the rpm has triggers"
! rpm -qp --requires "$rpm" | grep -E '^lib(jvm|jli|java|awt|sqlitejdbc|JNativeHook|jnidispatch)' \
  || fail "the rpm requires its own libraries"

step "the rpm's payload, extracted, on the tray"
payload=$(mktemp -d)
rpm2cpio "$rpm" | (cd "$payload" && cpio -idm --quiet)
chmod 755 "$payload"
start_on_tray "$payload/opt/unhunch/bin/unhunch"
natives_from "$payload/opt/unhunch/lib/app/native"
stop_agent
rm -rf "$payload"
echo "== the rpm is clean, holds the deb's files and its payload starts on the tray"
