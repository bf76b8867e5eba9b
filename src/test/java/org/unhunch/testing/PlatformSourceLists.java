package org.unhunch.testing;

import java.util.List;
import org.unhunch.presence.PlatformSources;
import org.unhunch.presence.PresenceSource;
import org.unhunch.presence.Signal;

/** A platform's five lists of presence sources, looked at together. */
public final class PlatformSourceLists {

    private PlatformSourceLists() {
    }

    /** The lists in the interface's order: screen lock, idle inhibitors, calls, presentation, do-not-disturb. */
    public static List<List<PresenceSource>> of(PlatformSources platform) {
        return List.of(platform.screenLock(), platform.idleInhibitors(), platform.calls(), platform.presentation(),
                platform.doNotDisturb());
    }

    /** Each list's kinds of signal, in the same order. */
    public static List<List<Signal>> signals(PlatformSources platform) {
        return of(platform).stream().map(list -> list.stream().map(PresenceSource::signal).toList()).toList();
    }

    /** Every source of every list. */
    public static List<PresenceSource> all(PlatformSources platform) {
        return of(platform).stream().flatMap(List::stream).toList();
    }
}
