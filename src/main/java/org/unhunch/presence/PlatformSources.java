package org.unhunch.presence;

import java.util.List;
import java.util.Map;
import org.unhunch.presence.macos.MacSources;
import org.unhunch.presence.windows.WindowsSources;

/**
 * Where each kind of presence signal comes from on one platform. Every list may be empty (not
 * detected there); a source that tells two flags (a call: engaged and busy) is the same instance in
 * both lists, so it is asked once.
 */
public interface PlatformSources {

    /** The screen locked or the machine asleep: {@code lock}/{@code unlock}. */
    List<PresenceSource> screenLock();

    /** A player or video holding the screen awake: {@code engaged}. */
    List<PresenceSource> idleInhibitors();

    /** A microphone or camera in use: {@code engaged} and {@code busy}. */
    List<PresenceSource> calls();

    /** Full screen or presentation mode: {@code busy}. */
    List<PresenceSource> presentation();

    /** The system's do-not-disturb: {@code busy}. */
    List<PresenceSource> doNotDisturb();

    /**
     * The sources of the platform named by {@code os.name}; none on a platform not known.
     *
     * @param env the environment, where the buses, the login session and the display are found
     */
    static PlatformSources forOs(String osName, Map<String, String> env) {
        if (osName.startsWith("Linux")) {
            return new LinuxSources(env);
        }
        if (osName.startsWith("Windows")) {
            return new WindowsSources(System.getProperty("os.version", ""));
        }
        if (osName.startsWith("Mac")) {
            return new MacSources();
        }
        return NONE;
    }

    /** No signal at all. */
    PlatformSources NONE = new FixedSources(List.of(), List.of(), List.of(), List.of(), List.of()) { };
}
