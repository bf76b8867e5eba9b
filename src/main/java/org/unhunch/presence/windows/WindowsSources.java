package org.unhunch.presence.windows;

import java.util.List;
import org.unhunch.presence.PlatformSources;
import org.unhunch.presence.PresenceSource;
import org.unhunch.presence.Signal;

/**
 * Windows's presence signals, all read when the answer matters. Building them loads no native
 * library; each loads its own at its first read. Never run on Windows yet (docs/platforms.md).
 */
public final class WindowsSources implements PlatformSources {

    private final List<PresenceSource> screenLock;
    private final List<PresenceSource> calls = List.of(new ConsentStoreCallSource());
    private final List<PresenceSource> presentation = List.of(new NotificationStateSource(Signal.PRESENTATION));
    private final List<PresenceSource> doNotDisturb = List.of(new NotificationStateSource(Signal.DO_NOT_DISTURB));

    /** @param osVersion the {@code os.version} property (Windows 7's lock flags are read the other way round) */
    public WindowsSources(String osVersion) {
        screenLock = List.of(new WtsSessionLockSource(osVersion));
    }

    @Override
    public List<PresenceSource> screenLock() {
        return screenLock;
    }

    /** None yet: Windows lists the display requests of players to an administrator alone ({@code powercfg /requests}). */
    @Override
    public List<PresenceSource> idleInhibitors() {
        return List.of();
    }

    @Override
    public List<PresenceSource> calls() {
        return calls;
    }

    @Override
    public List<PresenceSource> presentation() {
        return presentation;
    }

    @Override
    public List<PresenceSource> doNotDisturb() {
        return doNotDisturb;
    }
}
