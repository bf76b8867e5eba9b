package org.unhunch.activity;

import java.time.Duration;

/**
 * The platform's own count of the time since the last input from any device: read on demand, with
 * no hook, no permission and no work per input. It says how long ago, never what or where.
 * Implementations: the X server's screen-saver extension, GNOME's idle monitor, the freedesktop
 * screen saver's session idle time, Windows' last-input tick, macOS' HID event source.
 */
public interface IdleTimeReader extends AutoCloseable {

    /**
     * Milliseconds since the last input, as the platform counts them now.
     *
     * @throws IdleTimeUnreadableException if the platform does not answer (the reader may answer again later)
     */
    long idleMillis() throws IdleTimeUnreadableException;

    /** What is read, for the log and the person: "the X server's idle time (screen-saver extension)". */
    String description();

    /**
     * Asks to be told, once, of the first input after now — instead of being sampled while the
     * person is away. {@code onReturn} runs on any thread. A watch replaces the one before it.
     *
     * @return false if this reader cannot tell of a return (it is then sampled)
     */
    default boolean watchForReturn(Runnable onReturn) {
        return false;
    }

    /** Ends the return watch, if one is set. */
    default void endReturnWatch() {
    }

    /**
     * Asks to be told each time no input has come for {@code quiet} — instead of being read again
     * and again while a due prompt waits for a pause in typing. {@code onQuiet} runs on any thread.
     * A watch replaces the one before it.
     *
     * @return false if this reader cannot tell of a pause (it is then read at the model's deadlines)
     */
    default boolean watchForQuiet(Duration quiet, Runnable onQuiet) {
        return false;
    }

    /** Ends the pause watch, if one is set. */
    default void endQuietWatch() {
    }

    /** Lets go of what reading needed (a display connection, a bus); safe to call more than once. */
    @Override
    default void close() {
    }
}
