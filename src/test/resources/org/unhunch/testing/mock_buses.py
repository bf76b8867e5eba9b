"""A private system bus with a mock logind and a private session bus with mock screensavers and a
mock GNOME session manager.

Run by MockBuses beside it (never on the machine's own buses). Prints
"system ADDRESS", "session ADDRESS", then "ready"; then reads one command a line and answers
"ok" (or "error ..."):
  session ID [SEAT USER]         logind gets a session ID (on seat0 for "person", unless named), this uid
  locked-hint ID true|false      the session's LockedHint changes (PropertiesChanged)
  sleep true|false               logind's PrepareForSleep
  gnome-screensaver true|false   org.gnome.ScreenSaver's ActiveChanged
  freedesktop-screensaver true|false   org.freedesktop.ScreenSaver's ActiveChanged
  inhibited-actions N            org.gnome.SessionManager's InhibitedActions becomes N (PropertiesChanged)
  inhibitor APP_ID REASON        org.gnome.SessionManager's GetInhibitors lists an idle inhibitor of
                                 APP_ID for REASON (what the agent must never read or keep)
At the end of its input it stops the mocks and both buses.
"""
import os
import shutil
import sys
import tempfile

import dbus
import dbusmock
from dbusmock import DBusTestCase

MOCK = 'org.freedesktop.DBus.Mock'


def start_bus(kind, folder):
    config = os.path.join(folder, kind + '.conf')
    with open(config, 'w', encoding='utf-8') as out:
        # Socket files, not abstract sockets: the agent reaches only those.
        out.write(f'''<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>{kind}</type>
  <keep_umask/>
  <listen>unix:dir={folder}</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
''')
    pid, address = DBusTestCase.start_dbus(conf=config)
    os.environ[f'DBUS_{kind.upper()}_BUS_ADDRESS'] = address
    return pid, address


def add_inhibitor(session_manager, app_id, reason):
    """An idle inhibitor object, as GNOME's session manager lists one for a player."""
    path = '/org/gnome/SessionManager/Inhibitor1'
    session_manager.AddObject(path, 'org.gnome.SessionManager.Inhibitor', {}, [
        ('GetAppId', '', 's', f'ret = {app_id!r}'),
        ('GetReason', '', 's', f'ret = {reason!r}'),
        ('GetFlags', '', 'u', 'ret = 8'),
    ], dbus_interface=MOCK)
    session_manager.AddMethod('org.gnome.SessionManager', 'GetInhibitors', '', 'ao',
                              f'ret = [dbus.ObjectPath({path!r})]', dbus_interface=MOCK)


def main():
    folder = tempfile.mkdtemp(prefix='unhunch-buses-')
    buses = []
    mocks = []
    try:
        for kind in ('system', 'session'):
            pid, address = start_bus(kind, folder)
            buses.append(pid)
            print(kind, address, flush=True)
        logind, manager = DBusTestCase.spawn_server_template('logind', {}, stdout=sys.stderr)
        mocks.append(logind)
        gnome, gnome_saver = DBusTestCase.spawn_server_template('gnome_screensaver', {}, stdout=sys.stderr)
        mocks.append(gnome)
        freedesktop = DBusTestCase.spawn_server(
            'org.freedesktop.ScreenSaver', '/org/freedesktop/ScreenSaver', 'org.freedesktop.ScreenSaver',
            system_bus=False, stdout=sys.stderr)
        mocks.append(freedesktop)
        session_manager_mock = DBusTestCase.spawn_server(
            'org.gnome.SessionManager', '/org/gnome/SessionManager', 'org.gnome.SessionManager',
            system_bus=False, stdout=sys.stderr)
        mocks.append(session_manager_mock)
        session_bus = DBusTestCase.get_dbus(system_bus=False)
        session_manager = session_bus.get_object('org.gnome.SessionManager', '/org/gnome/SessionManager')
        session_manager.AddProperty('org.gnome.SessionManager', 'InhibitedActions', dbus.UInt32(0),
                                    dbus_interface=MOCK)
        system_bus = DBusTestCase.get_dbus(system_bus=True)
        freedesktop_saver = session_bus.get_object('org.freedesktop.ScreenSaver', '/org/freedesktop/ScreenSaver')
        freedesktop_saver.AddMethods('org.freedesktop.ScreenSaver', [
            ('GetActive', '', 'b', 'ret = getattr(self, "is_active", False)'),
            ('SetActive', 'b', '', 'self.is_active = args[0]; '
                                   'self.EmitSignal("", "ActiveChanged", "b", [self.is_active])'),
        ], dbus_interface=MOCK)
        print('ready', flush=True)
        for line in sys.stdin:
            words = line.split()
            if not words:
                continue
            try:
                on = len(words) > 1 and words[-1] == 'true'
                if words[0] == 'session':
                    seat, user = words[2:4] if len(words) >= 4 else ('seat0', 'person')
                    manager.AddSession(words[1], seat, dbus.UInt32(os.getuid()), user, True,
                                       dbus_interface=MOCK)
                elif words[0] == 'locked-hint':
                    session = system_bus.get_object('org.freedesktop.login1',
                                                    '/org/freedesktop/login1/session/' + words[1])
                    session.SetLockedHint(on, dbus_interface='org.freedesktop.login1.Session')
                elif words[0] == 'sleep':
                    manager.EmitSignal('org.freedesktop.login1.Manager', 'PrepareForSleep', 'b', [on],
                                       dbus_interface=MOCK)
                elif words[0] == 'gnome-screensaver':
                    gnome_saver.SetActive(on, dbus_interface='org.gnome.ScreenSaver')
                elif words[0] == 'freedesktop-screensaver':
                    freedesktop_saver.SetActive(on, dbus_interface='org.freedesktop.ScreenSaver')
                elif words[0] == 'inhibited-actions':
                    # The mock's Set emits PropertiesChanged, as GNOME's session manager does.
                    session_manager.Set('org.gnome.SessionManager', 'InhibitedActions', dbus.UInt32(int(words[1])),
                                        dbus_interface=dbus.PROPERTIES_IFACE)
                elif words[0] == 'inhibitor':
                    add_inhibitor(session_manager, words[1], ' '.join(words[2:]))
                else:
                    raise ValueError('unknown command ' + words[0])
                print('ok', flush=True)
            except Exception as e:  # pylint: disable=broad-except
                print('error', type(e).__name__, e, flush=True)
    finally:
        for mock in mocks:
            mock.terminate()
            mock.wait()
        for pid in buses:
            DBusTestCase.stop_dbus(pid)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == '__main__':
    main()
