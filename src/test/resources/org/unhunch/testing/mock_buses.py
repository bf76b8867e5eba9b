"""A private system bus with a mock logind and a private session bus with mock screensavers, a
mock GNOME session manager, and (on command) mock notifications, power management and GNOME idle
monitor services.

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
  notifications kde|gnome|absent org.freedesktop.Notifications starts afresh: with an Inhibited property
                                 (false) as KDE's, without one as GNOME's, or is not there
  notifications-inhibited true|false   its Inhibited changes (PropertiesChanged)
  power-management present|absent      org.freedesktop.PowerManagement starts afresh with
                                 Inhibit.HasInhibit() false, or is not there
  power-inhibit true|false       HasInhibit changes and HasInhibitChanged is sent
  idle-monitor present|absent|hostile|hung   org.gnome.Mutter.IdleMonitor starts afresh (idle time 0, no
                                 watches), or is not there; hostile: GetIdletime answers a string; hung:
                                 it answers after 3 s
  idle-input                     input: the idle time becomes 0, each user-active watch fires once and is
                                 gone, the idle watches may fire again
  idle-quiet MS                  the idle time becomes MS; each idle watch of at most MS that has not fired
                                 since the last input fires
  idle-watches                   answers "ok" and the watches kept: "ID:active" or "ID:idle:MS", by id
  idle-impostor                  another connection (not the monitor's) sends WatchFired for each
                                 user-active watch
  session-idle-time MS|gnome|unsupported   org.freedesktop.ScreenSaver's GetSessionIdleTime answers MS
                                 (as KDE's on X11), has no such method (GNOME's) or answers NotSupported
                                 (KDE's on Wayland)
At the end of its input it stops the mocks and both buses.
"""
import os
import shutil
import sys
import tempfile

import dbus
import dbus.lowlevel
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


class Restartable:
    """Mocks that a command starts afresh or stops: a service that may be missing on a desktop."""

    def __init__(self):
        self.running = {}

    def stop(self, name):
        mock = self.running.pop(name, None)
        if mock:
            mock.terminate()
            mock.wait()

    def start(self, name, path, interface, template=None):
        self.stop(name)
        if template:
            self.running[name] = DBusTestCase.spawn_server_template(template, {}, stdout=sys.stderr)[0]
        else:
            self.running[name] = DBusTestCase.spawn_server(name, path, interface, system_bus=False,
                                                           stdout=sys.stderr)
        return DBusTestCase.get_dbus(system_bus=False).get_object(name, path)

    def stop_all(self):
        for name in list(self.running):
            self.stop(name)


def notifications(restartable, kind):
    """org.freedesktop.Notifications as KDE's (an Inhibited property) or GNOME's (none), or none."""
    name, path = 'org.freedesktop.Notifications', '/org/freedesktop/Notifications'
    if kind == 'absent':
        restartable.stop(name)
    elif kind == 'gnome':
        restartable.start(name, path, name, template='notification_daemon')
    elif kind == 'kde':
        restartable.start(name, path, name).AddProperty(name, 'Inhibited', False, dbus_interface=MOCK)
    else:
        raise ValueError('notifications kde|gnome|absent, not ' + kind)


def power_management(restartable, kind):
    """org.freedesktop.PowerManagement's Inhibit object, as KDE's and Xfce's power managers have it."""
    name, path, interface = ('org.freedesktop.PowerManagement', '/org/freedesktop/PowerManagement/Inhibit',
                             'org.freedesktop.PowerManagement.Inhibit')
    if kind == 'absent':
        restartable.stop(name)
    elif kind == 'present':
        restartable.start(name, path, interface).AddMethods(interface, [
            ('HasInhibit', '', 'b', 'ret = getattr(self, "has_inhibit", False)'),
            ('SetHasInhibit', 'b', '', 'self.has_inhibit = args[0]; '
                                       'self.EmitSignal("", "HasInhibitChanged", "b", [self.has_inhibit])'),
        ], dbus_interface=MOCK)
    else:
        raise ValueError('power-management present|absent, not ' + kind)


IDLE_MONITOR = ('org.gnome.Mutter.IdleMonitor', '/org/gnome/Mutter/IdleMonitor/Core',
                'org.gnome.Mutter.IdleMonitor')
# The mock's state lives on the mock object; each method's code starts by making sure it is there.
IDLE_STATE = ('self.idletime = getattr(self, "idletime", 0); self.watches = getattr(self, "watches", {}); '
              'self.fired = getattr(self, "fired", set()); self.next_id = getattr(self, "next_id", 0); ')
IDLE_FIRE = 'self.EmitSignal("org.gnome.Mutter.IdleMonitor", "WatchFired", "u", [dbus.UInt32(i)]); '
# What the test drives the mock with, on an interface of its own.
IDLE_CONTROL = 'org.unhunch.Mock.IdleMonitor'


def idle_monitor(restartable, kind):
    """org.gnome.Mutter.IdleMonitor as GNOME's Mutter has it: GetIdletime, idle and user-active watches."""
    name, path, interface = IDLE_MONITOR
    restartable.stop(name)
    if kind == 'absent':
        return
    if kind not in ('present', 'hostile', 'hung'):
        raise ValueError('idle-monitor present|absent|hostile|hung, not ' + kind)
    monitor = restartable.start(name, path, interface)
    get_idletime = {
        'present': ('t', IDLE_STATE + 'ret = dbus.UInt64(self.idletime)'),
        'hostile': ('s', 'ret = "a while"'),
        'hung': ('t', '__import__("time").sleep(3); ret = dbus.UInt64(0)'),
    }[kind]
    monitor.AddMethods(interface, [
        ('GetIdletime', '', get_idletime[0], get_idletime[1]),
        ('AddIdleWatch', 't', 'u', IDLE_STATE + 'self.next_id += 1; self.watches[self.next_id] = int(args[0]); '
                                   'ret = dbus.UInt32(self.next_id)'),
        ('AddUserActiveWatch', '', 'u', IDLE_STATE + 'self.next_id += 1; self.watches[self.next_id] = None; '
                                        'ret = dbus.UInt32(self.next_id)'),
        ('RemoveWatch', 'u', '', IDLE_STATE + 'self.watches.pop(int(args[0]), None)'),
    ], dbus_interface=MOCK)
    monitor.AddMethods(IDLE_CONTROL, [
        ('Input', '', '', IDLE_STATE + 'self.idletime = 0; self.fired = set()\n'
                          'for i in [i for i, ms in sorted(self.watches.items()) if ms is None]:\n'
                          '    ' + IDLE_FIRE + 'del self.watches[i]'),
        ('Quiet', 't', '', IDLE_STATE + 'self.idletime = int(args[0])\n'
                           'for i, ms in sorted(self.watches.items()):\n'
                           '    if ms is not None and ms <= self.idletime and i not in self.fired:\n'
                           '        self.fired.add(i); ' + IDLE_FIRE),
        ('Watches', '', 's', IDLE_STATE + 'ret = " ".join(f"{i}:active" if ms is None else f"{i}:idle:{ms}" '
                             'for i, ms in sorted(self.watches.items()))'),
    ], dbus_interface=MOCK)


def idle_monitor_control(session_bus):
    return dbus.Interface(session_bus.get_object(IDLE_MONITOR[0], IDLE_MONITOR[1]), IDLE_CONTROL)


def idle_impostor(session_bus):
    """WatchFired for each user-active watch, sent by this script's own connection, which does not own the name."""
    for watch in idle_monitor_control(session_bus).Watches().split():
        watch_id, kind = watch.split(':')[:2]
        if kind == 'active':
            signal = dbus.lowlevel.SignalMessage(IDLE_MONITOR[1], IDLE_MONITOR[2], 'WatchFired')
            signal.append(dbus.UInt32(int(watch_id)), signature='u')
            session_bus.send_message(signal)
    session_bus.flush()


def session_idle_time(saver, kind):
    """org.freedesktop.ScreenSaver's GetSessionIdleTime, as KDE's on X11 or Wayland, or missing as on GNOME."""
    errors = {'gnome': 'org.freedesktop.DBus.Error.UnknownMethod', 'unsupported': 'org.freedesktop.DBus.Error.NotSupported'}
    if kind in errors:
        code = (f'raise dbus.exceptions.DBusException("GetSessionIdleTime is not supported", '
                f'name={errors[kind]!r})')
    else:
        code = f'ret = dbus.UInt32({int(kind)})'
    saver.AddMethod('org.freedesktop.ScreenSaver', 'GetSessionIdleTime', '', 'u', code, dbus_interface=MOCK)


def main():
    folder = tempfile.mkdtemp(prefix='unhunch-buses-')
    buses = []
    mocks = []
    restartable = Restartable()
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
                answer = None
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
                elif words[0] == 'notifications':
                    notifications(restartable, words[1])
                elif words[0] == 'notifications-inhibited':
                    session_bus.get_object('org.freedesktop.Notifications', '/org/freedesktop/Notifications').Set(
                        'org.freedesktop.Notifications', 'Inhibited', on, dbus_interface=dbus.PROPERTIES_IFACE)
                elif words[0] == 'power-management':
                    power_management(restartable, words[1])
                elif words[0] == 'idle-monitor':
                    idle_monitor(restartable, words[1])
                elif words[0] == 'idle-input':
                    idle_monitor_control(session_bus).Input()
                elif words[0] == 'idle-quiet':
                    idle_monitor_control(session_bus).Quiet(dbus.UInt64(int(words[1])))
                elif words[0] == 'idle-watches':
                    answer = idle_monitor_control(session_bus).Watches()
                elif words[0] == 'idle-impostor':
                    idle_impostor(session_bus)
                elif words[0] == 'session-idle-time':
                    session_idle_time(freedesktop_saver, words[1])
                elif words[0] == 'power-inhibit':
                    session_bus.get_object('org.freedesktop.PowerManagement', '/org/freedesktop/PowerManagement/Inhibit'
                                           ).SetHasInhibit(on, dbus_interface='org.freedesktop.PowerManagement.Inhibit')
                else:
                    raise ValueError('unknown command ' + words[0])
                print('ok' if answer is None else 'ok ' + answer, flush=True)
            except Exception as e:  # pylint: disable=broad-except
                print('error', type(e).__name__, e, flush=True)
    finally:
        restartable.stop_all()
        for mock in mocks:
            mock.terminate()
            mock.wait()
        for pid in buses:
            DBusTestCase.stop_dbus(pid)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == '__main__':
    main()
