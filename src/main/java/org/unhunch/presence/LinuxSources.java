package org.unhunch.presence;

import java.util.List;
import java.util.Map;

/** Linux's presence signals: D-Bus (logind, the session's services) and X11. */
final class LinuxSources implements PlatformSources {

    private final Map<String, String> env;
    private List<PresenceSource> calls;

    LinuxSources(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public List<PresenceSource> screenLock() {
        return LinuxLockSources.all(env);
    }

    @Override
    public List<PresenceSource> idleInhibitors() {
        return List.of(new IdleInhibited(env), new PowerManagementInhibited(env));
    }

    /** The same instances each time: a call tells both engagement and busy. */
    @Override
    public synchronized List<PresenceSource> calls() {
        if (calls == null) {
            calls = List.of(new MicrophoneCapturing(env), new CameraHeldOpen());
        }
        return calls;
    }

    /** The active window full screen, where there is an X display (not under Wayland alone). */
    @Override
    public List<PresenceSource> presentation() {
        String display = env.get("DISPLAY");
        return display == null || display.isBlank() ? List.of() : List.of(new ActiveWindowFullScreen(env));
    }

    @Override
    public List<PresenceSource> doNotDisturb() {
        return List.of(new NotificationsInhibited(env), new GnomeBannersOff(env));
    }
}
