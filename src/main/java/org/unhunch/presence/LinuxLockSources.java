package org.unhunch.presence;

import java.util.List;
import java.util.Map;

/** Every source of screen lock on Linux, for a {@link PresenceCombiner}. */
public final class LinuxLockSources {

    private LinuxLockSources() {
    }

    /** @param env the environment to find the buses and the login session in ({@code System.getenv()}) */
    public static List<PresenceSource> all(Map<String, String> env) {
        return List.of(new LogindSessionLock(env), new LogindSleep(env), ScreenSaverActive.gnome(env),
                ScreenSaverActive.freedesktop(env));
    }
}
