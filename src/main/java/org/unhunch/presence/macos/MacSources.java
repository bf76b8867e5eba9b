package org.unhunch.presence.macos;

import java.util.List;
import org.unhunch.presence.FixedSources;

/**
 * macOS's presence signals, all read when the answer matters. Building them loads no native
 * library; each loads its framework at its first read. Never run on macOS yet (docs/platforms.md).
 * <ul>
 *   <li>Calls: the microphone alone; the camera's state is not read yet.</li>
 *   <li>Presentation: none; full screen is not read yet.</li>
 *   <li>Do-not-disturb: none; macOS offers no public API that tells whether Focus is on.</li>
 * </ul>
 */
public final class MacSources extends FixedSources {

    public MacSources() {
        super(List.of(new SessionLockSource()), List.of(new DisplaySleepAssertionSource()),
                List.of(new InputDeviceSource()), List.of(), List.of());
    }
}
