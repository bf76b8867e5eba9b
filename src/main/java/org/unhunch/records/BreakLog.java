package org.unhunch.records;

import java.time.Instant;
import java.util.List;

/** Where every break outcome is kept, durably: each event is committed when it is recorded. */
public interface BreakLog extends AutoCloseable {

    /** Keeps {@code event}; if the store cannot take it now, it is kept in memory and retried. */
    void record(LoggedEvent event);

    /** The events from {@code from} (inclusive) to {@code to} (exclusive), in the order they were recorded. */
    List<LoggedEvent> events(Instant from, Instant to);

    @Override
    void close();
}
