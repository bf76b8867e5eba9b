package org.unhunch.presence.macos;

/** The screen's lock in the window-server session's dictionary; the user's name beside it is never read. */
final class ScreenLockedEntry {

    static final String KEY = "CGSSessionScreenIsLocked";

    private ScreenLockedEntry() {
    }

    /** Locked where the key says true; the key is absent while the screen is unlocked. */
    static boolean locked(CfValues session) {
        return session.bool(KEY).orElse(false);
    }
}
