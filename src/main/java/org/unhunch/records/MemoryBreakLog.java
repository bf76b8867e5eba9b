package org.unhunch.records;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A break log kept in memory and forgotten at the stop: for a run whose times are not the
 * person's own (a time-scaled demonstration), so its breaks never reach the real log.
 */
public final class MemoryBreakLog implements BreakLog {

    private final List<LoggedEvent> events = new ArrayList<>();

    @Override
    public synchronized void record(LoggedEvent event) {
        events.add(event);
    }

    @Override
    public synchronized EventsRead read(Instant from, Instant to) {
        List<LoggedEvent> between = events.stream()
                .filter(event -> !event.at().toInstant().isBefore(from) && event.at().toInstant().isBefore(to))
                .toList();
        return EventsRead.of(between);
    }

    @Override
    public void close() {
        // Nothing to write: what it kept is meant to be forgotten.
    }
}
