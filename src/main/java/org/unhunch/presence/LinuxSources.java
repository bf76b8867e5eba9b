package org.unhunch.presence;

import java.util.List;
import java.util.Map;

/**
 * Linux's presence signals: D-Bus (logind, the session's services), pactl, {@code /proc} and X11.
 * Built once: a call tells both engagement and busy through the same instances.
 */
final class LinuxSources extends FixedSources {

    LinuxSources(Map<String, String> env) {
        super(LinuxLockSources.all(env), List.of(new IdleInhibited(env), new PowerManagementInhibited(env)),
                List.of(new MicrophoneCapturing(env), new CameraHeldOpen()), presentation(env),
                List.of(new NotificationsInhibited(env), new GnomeBannersOff(env)));
    }

    /** The active window full screen, where there is an X display (not under Wayland alone). */
    private static List<PresenceSource> presentation(Map<String, String> env) {
        String display = env.get("DISPLAY");
        return display == null || display.isBlank() ? List.of() : List.of(new ActiveWindowFullScreen(env));
    }
}
