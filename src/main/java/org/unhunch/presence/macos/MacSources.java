package org.unhunch.presence.macos;

import java.util.List;
import org.unhunch.presence.PlatformSources;
import org.unhunch.presence.PresenceSource;

/**
 * macOS's presence signals, all read when the answer matters. Building them loads no native
 * library; each loads its framework at its first read. Never run on macOS yet (docs/platforms.md).
 */
public final class MacSources implements PlatformSources {

    private final List<PresenceSource> screenLock = List.of(new SessionLockSource());
    private final List<PresenceSource> idleInhibitors = List.of(new DisplaySleepAssertionSource());
    private final List<PresenceSource> calls = List.of(new InputDeviceSource());

    @Override
    public List<PresenceSource> screenLock() {
        return screenLock;
    }

    @Override
    public List<PresenceSource> idleInhibitors() {
        return idleInhibitors;
    }

    /** The microphone alone: the camera's state is not read on macOS yet. */
    @Override
    public List<PresenceSource> calls() {
        return calls;
    }

    /** None: full screen is not read on macOS yet. */
    @Override
    public List<PresenceSource> presentation() {
        return List.of();
    }

    /** None: macOS offers no public API that tells whether Focus (do-not-disturb) is on. */
    @Override
    public List<PresenceSource> doNotDisturb() {
        return List.of();
    }
}
