package org.unhunch.records;

import java.util.List;
import java.util.Optional;

/**
 * What a read of the break log found: the events it could read, in the log's order, and how many
 * rows it left out because they could not be read (a value no version of Unhunch writes), with
 * why the first of them could not.
 */
public record EventsRead(List<LoggedEvent> events, int skipped, String firstProblem) {

    public EventsRead {
        events = List.copyOf(events);
    }

    public static EventsRead of(List<LoggedEvent> events) {
        return new EventsRead(events, 0, null);
    }

    /** "2 rows of the break log could not be read and were left out (row 17: ...)", when any were. */
    public Optional<String> skippedNote() {
        if (skipped == 0) {
            return Optional.empty();
        }
        return Optional.of((skipped == 1 ? "1 row of the break log could not be read and was left out"
                : skipped + " rows of the break log could not be read and were left out") + " (" + firstProblem + ")");
    }
}
