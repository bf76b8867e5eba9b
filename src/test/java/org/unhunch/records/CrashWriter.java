package org.unhunch.records;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.unhunch.sitting.EventField;
import org.unhunch.sitting.EventFields;
import org.unhunch.sitting.EventType;

/** The child of {@link BreakLogCrashIT}: records events for ever, printing each one's number once committed. */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        long first = Long.parseLong(args[1]);
        OffsetDateTime start = OffsetDateTime.of(2026, 11, 25, 8, 0, 0, 0, ZoneOffset.ofHours(1));
        try (SqliteBreakLog log = SqliteBreakLog.open(folder, Clock.systemUTC(), Duration.ofDays(36_500),
                System.err::println)) {
            for (long n = first; ; n++) {
                log.record(new LoggedEvent(start.plusSeconds(n), EventFields.<OffsetDateTime>of(EventType.BREAK_DUE)
                        .seconds(EventField.SITTING_S, Duration.ofSeconds(n)), null, null));
                System.out.println(n);
                System.out.flush();
            }
        }
    }
}
