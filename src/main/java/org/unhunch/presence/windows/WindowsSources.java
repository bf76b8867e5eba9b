package org.unhunch.presence.windows;

import java.util.List;
import org.unhunch.presence.FixedSources;
import org.unhunch.presence.Signal;

/**
 * Windows's presence signals, all read when the answer matters. Building them loads no native
 * library; each loads its own at its first read. Never run on Windows yet (docs/platforms.md).
 * No idle inhibitor: Windows lists the display requests of players to an administrator alone
 * ({@code powercfg /requests}).
 */
public final class WindowsSources extends FixedSources {

    /** @param osVersion the {@code os.version} property (Windows 7's lock flags are read the other way round) */
    public WindowsSources(String osVersion) {
        super(List.of(new WtsSessionLockSource(osVersion)), List.of(), List.of(new ConsentStoreCallSource()),
                List.of(new NotificationStateSource(Signal.PRESENTATION)),
                List.of(new NotificationStateSource(Signal.DO_NOT_DISTURB)));
    }
}
