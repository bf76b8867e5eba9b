package org.unhunch.presence;

/**
 * The kinds of thing the platform can say about the person; a prompt held back is held for one of
 * the kinds that make the person busy, and the tray names it.
 */
public enum Signal {
    SCREEN_LOCK,
    SLEEP,
    /** A microphone or camera in use. */
    CALL,
    /** A player or video holding the screen awake. */
    IDLE_INHIBITOR,
    /** The active window full screen, or the system's presentation mode. */
    PRESENTATION,
    DO_NOT_DISTURB
}
