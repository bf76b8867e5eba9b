package org.unhunch.app;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.unhunch.activity.FreedesktopSessionIdleTime;
import org.unhunch.activity.IdleTimeReader;
import org.unhunch.activity.MutterIdleMonitor;
import org.unhunch.activity.X11IdleTime;
import org.unhunch.activity.macos.MacIdleTime;
import org.unhunch.activity.windows.WindowsIdleTime;

/** The idle-time readers each desktop offers, in the order {@code auto} tries them. */
final class IdleTimeReaders {

    private IdleTimeReaders() {
    }

    /** A Wayland session: the input hook and the X server see only the windows of X11 programs there. */
    static boolean wayland(Map<String, String> env) {
        String type = env.getOrDefault("XDG_SESSION_TYPE", "");
        String display = env.getOrDefault("WAYLAND_DISPLAY", "");
        return type.toLowerCase(Locale.ROOT).equals("wayland") || !display.isBlank();
    }

    static List<ActivitySetup.Opener<IdleTimeReader>> forOs(String osName, Map<String, String> env) {
        if (osName.startsWith("Windows")) {
            return List.of(WindowsIdleTime::open);
        }
        if (osName.startsWith("Mac")) {
            return List.of(MacIdleTime::open);
        }
        if (!osName.startsWith("Linux")) {
            return List.of();
        }
        ActivitySetup.Opener<IdleTimeReader> mutter = () -> new MutterIdleMonitor(env);
        ActivitySetup.Opener<IdleTimeReader> screenSaver = () -> new FreedesktopSessionIdleTime(env);
        if (wayland(env)) {
            // The X server of a Wayland session (XWayland) counts only input to X11 programs' windows.
            return List.of(mutter, screenSaver);
        }
        return List.of(mutter, () -> new X11IdleTime(env), screenSaver);
    }
}
