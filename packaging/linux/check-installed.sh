#!/usr/bin/env bash
# Proves the deb as IT and a person would meet it (run as root by .ci/run, on a desktop of
# .ci/desktop-session): install, the command on PATH, the desktop entries valid, the installed agent's
# tray icon on a real (virtual) tray, then removal, reinstall and an upgrade, each keeping a test
# user's break log and settings and IT's policy.
# usage: check-installed.sh OLDER_DEB NEWER_DEB TRACE POLICY SCREENSHOT
set -euo pipefail
older=$1 newer=$2 trace=$3 policy=$4 screenshot=$5
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
as_user unhunch --version | grep -q '^Unhunch ' || fail "unhunch --version"
as_user unhunch stats 2>&1 | grep -q 'no breaks recorded yet' || fail "unhunch stats on a fresh account"
desktop-file-validate /usr/share/applications/unhunch.desktop /etc/xdg/autostart/unhunch.desktop
appstreamcli validate --no-net --explain /usr/share/metainfo/org.unhunch.Unhunch.metainfo.xml
[[ $(stat -c '%U %a' /etc/unhunch/.systemPrefs) == "root 755" ]] || fail "the policy folder is not root's, 755"
if find /opt/unhunch -name '*.dll' -o -name '*.dylib' -o -name '*.jnilib' | grep -q .; then
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
! as_user unhunch stats 2>&1 | grep -q 'no breaks recorded yet' || fail "the trace left no breaks"
before=$(fingerprint)
echo "fingerprint: $before"

step "the installed agent on the tray"
agent_log=$(mktemp)
as_user unhunch > "$agent_log" 2>&1 &
agent=$!
icon=
for _ in $(seq 1 150); do
  icon=$(xdotool search --name '^JavaEmbeddedFrame$' 2> /dev/null | head -1 || true)
  [[ -n $icon ]] && break
  kill -0 "$agent" 2> /dev/null || { cat "$agent_log"; fail "the agent ended before its tray icon came"; }
  sleep 0.2
done
[[ -n $icon ]] || { cat "$agent_log"; fail "no tray icon within 30 s"; }
parent=$(xwininfo -children -id "$icon" | sed -n 's/.*Parent window id: \(0x[0-9a-f]*\).*/\1/p')
[[ $parent != "$(xwininfo -root | sed -n 's/.*Window id: \(0x[0-9a-f]*\).*/\1/p')" ]] \
  || fail "the icon's window is not embedded in the tray"
sleep 1
import -window root "$screenshot"
grep -q 'Tray icon added' "$data/logs/unhunch.log" || fail "the agent's log does not say its tray icon was added"
as_user unhunch 2>&1 | grep -q 'already running for this user' || fail "a second agent for the same person was not refused"
kill -TERM "$agent"
wait "$agent" || true
rm -f "$agent_log"

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
