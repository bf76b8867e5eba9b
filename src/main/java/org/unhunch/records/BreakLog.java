package org.unhunch.records;

import java.time.Instant;
import java.util.List;

/** Where every break outcome is kept, durably: each event is committed when it is recorded. */
public interface BreakLog extends AutoCloseable {

    /** Keeps {@code event}; if the store cannot take it now, it is kept in memory and retried. */
    void record(LoggedEvent event);

    /**
     * The events from {@code from} (inclusive) to {@code to} (exclusive), in the order they were
     * recorded, with how many rows in that span could not be read and were left out.
     */
    EventsRead read(Instant from, Instant to);

    /** The events of {@link #read}, without the count of rows left out. */
    default List<LoggedEvent> events(Instant from, Instant to) {
        return read(from, to).events();
    }

    @Override
    void close();
}
