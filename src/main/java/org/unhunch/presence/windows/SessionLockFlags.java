package org.unhunch.presence.windows;

import java.util.function.IntUnaryOperator;
import org.unhunch.presence.PresenceSource.Unavailable;

/**
 * What {@code WTSQuerySessionInformationW(..., WTSSessionInfoEx, ...)} says about the session's
 * lock: the {@code SessionFlags} of its {@code WTSINFOEX} level 1, and nothing else of it (the
 * structure also holds the user's and the machine's names, which are never read).
 */
final class SessionLockFlags {

    static final int LOCK = 0;
    static final int UNLOCK = 1;
    static final int UNKNOWN = -1;

    /** {@code WTSINFOEX.Level}, then the union aligned to 8: SessionId, SessionState, SessionFlags. */
    static final int LEVEL_OFFSET = 0;
    static final int FLAGS_OFFSET = 16;
    static final int SMALLEST_SIZE = FLAGS_OFFSET + Integer.BYTES;

    /** Windows 7 and Server 2008 R2; the documented defect there swaps LOCK and UNLOCK. */
    private static final String SWAPPED_VERSION = "6.1";

    private SessionLockFlags() {
    }

    /**
     * The {@code SessionFlags} of a {@code WTSINFOEX} buffer.
     *
     * @param bytes the buffer's size as returned by the call
     * @param intAt reads the 32-bit integer at an offset of the buffer
     */
    static int sessionFlags(int bytes, IntUnaryOperator intAt) throws Unavailable {
        if (bytes < SMALLEST_SIZE) {
            throw new Unavailable("WTSINFOEX of " + bytes + " bytes, shorter than " + SMALLEST_SIZE);
        }
        int level = intAt.applyAsInt(LEVEL_OFFSET);
        if (level != 1) {
            throw new Unavailable("WTSINFOEX level " + level + ", expected 1");
        }
        return intAt.applyAsInt(FLAGS_OFFSET);
    }

    /**
     * Whether the session is locked; an unknown state counts as not locked.
     *
     * @param osVersion the {@code os.version} property
     */
    static boolean locked(int sessionFlags, String osVersion) throws Unavailable {
        boolean swapped = SWAPPED_VERSION.equals(osVersion);
        return switch (sessionFlags) {
            case LOCK -> !swapped;
            case UNLOCK -> swapped;
            case UNKNOWN -> false;
            default -> throw new Unavailable("unexpected session flags " + sessionFlags);
        };
    }
}
