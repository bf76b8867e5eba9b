#!/bin/sh
# A SAMPLE script for an MDM (a Jamf Pro policy script, an Intune macOS shell script, a Kandji
# custom script...) that sets the organisation's Unhunch settings on a Mac. It runs as root.
# NEVER RUN ON macOS: written on Linux from docs/deployment.md, checked with sh -n and shellcheck.
#
# The JDK keeps Unhunch's organisation defaults and locks in the system preferences,
# /Library/Preferences/com.apple.java.util.prefs.plist, and does not read configuration profiles:
# so the policy is a file, checked and written by Unhunch's own import (which changes nothing when
# one entry is wrong, and exits 2 naming it). The agents read it within five minutes.
# Keys and values: docs/settings.md; the file's format: docs/deployment.md, "The policy file".
set -eu

unhunch=/Applications/Unhunch.app/Contents/MacOS/Unhunch
folder="/Library/Application Support/Unhunch"
policy=$folder/policy.xml

[ "$(id -u)" -eq 0 ] || { echo "import-policy: run it as root" >&2; exit 1; }
[ -x "$unhunch" ] || { echo "import-policy: Unhunch is not installed ($unhunch)" >&2; exit 1; }
mkdir -p "$folder"
chown root:wheel "$folder"
chmod 755 "$folder"

# The policy itself: edit it here, or have the MDM deliver the file as $policy and drop this part.
cat > "$policy.new" << 'POLICY'
<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE preferences SYSTEM "http://java.sun.com/dtd/preferences.dtd">
<preferences EXTERNAL_XML_VERSION="1.0">
  <root type="system"><map/>
    <node name="org"><map/><node name="unhunch"><map/><node name="policy"><map/>
      <node name="defaults"><map>
        <entry key="work.start" value="08:00"/>
      </map></node>
      <node name="locked"><map>
        <entry key="sit.limit" value="50m"/>
        <entry key="retention.days" value="180"/>
      </map></node>
    </node></node></node>
  </root>
</preferences>
POLICY
chown root:wheel "$policy.new"
chmod 644 "$policy.new"
mv -f "$policy.new" "$policy"

"$unhunch" policy import "$policy"
