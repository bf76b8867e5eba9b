package org.unhunch.activity;

/**
 * Where input activity comes from (the global input hook, pointer polling, …). A source reports
 * only that activity of a kind happened, into an {@link ActivityRecorder}; nothing about what was
 * typed or where the pointer is ever leaves it.
 */
public interface ActivitySource extends AutoCloseable {

    /**
     * Starts reporting into {@code recorder}.
     *
     * @throws ActivitySourceUnavailableException if this source cannot work here
     */
    void start(ActivityRecorder recorder) throws ActivitySourceUnavailableException;

    /** What this source sees, for the log and the person: "global keyboard and mouse hook". */
    String description();

    /** Whether key presses are seen (the pointer-polling fallback does not see them). */
    boolean seesKeyboard();

    /** Stops reporting; safe to call more than once. */
    @Override
    void close();
}
