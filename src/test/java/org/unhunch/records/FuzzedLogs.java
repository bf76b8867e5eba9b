package org.unhunch.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.unhunch.sitting.EndReason;
import org.unhunch.sitting.EventField;
import org.unhunch.sitting.EventFields;
import org.unhunch.sitting.EventType;
import org.unhunch.testing.ReadOnlySql;

/**
 * Break logs of the real schema holding rows with any values SQLite takes: NULLs, huge integers,
 * text where numbers belong, blobs, unknown types, impossible offsets, infinities; mixed with rows
 * an Unhunch wrote, whose event is known.
 */
public final class FuzzedLogs {

    /** The columns a row sets, in this order. */
    static final List<String> COLUMNS = List.of("at_ms", "utc_offset_s", "type", "sitting_s", "away_s",
            "duration_s", "reason", "ended_at_ms", "until_ms", "routine_id", "steps_done", "steps");

    /** One row: its values in {@link #COLUMNS} order, and the event it holds when Unhunch wrote it (else null). */
    public record Row(List<Object> values, LoggedEvent written) {

        @Override
        public String toString() {
            return values.stream().map(value -> value instanceof byte[] bytes ? "blob" + Arrays.toString(bytes)
                    : value instanceof String text ? "'" + text + "'" : String.valueOf(value)).toList()
                    + (written == null ? "" : " = " + written);
        }
    }

    private static byte[] template;

    private FuzzedLogs() {
    }

    /** Up to {@code max} rows, odd ones and written ones mixed; written ones from 3 days before {@code around} to a day after. */
    public static Arbitrary<List<Row>> rows(int max, Instant around) {
        return Arbitraries.oneOf(oddRow(around), writtenRow(around)).list().ofMaxSize(max);
    }

    /** Any value SQLite can hold. */
    static Arbitrary<Object> anyValue(Instant around) {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(null)),
                Tuple.of(3, Arbitraries.longs().map(Object.class::cast)),
                Tuple.of(3, Arbitraries.of(0L, -1L, 1L, 999_999L, 64_800L, 64_801L, -64_801L,
                        Long.MIN_VALUE, Long.MAX_VALUE, Integer.MAX_VALUE + 1L, around.toEpochMilli(),
                        Instant.parse("2026-11-24T23:59:59.999Z").toEpochMilli()).map(Object.class::cast)),
                Tuple.of(2, Arbitraries.doubles().map(Object.class::cast)),
                Tuple.of(2, Arbitraries.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0,
                        1e300, -1e-300, 0.5, 3.0, 9.3e18, 3.2e8).map(Object.class::cast)),
                Tuple.of(3, Arbitraries.of(Stream.concat(Stream.of(EventType.values())
                        .map(EventType::wireName), Stream.of("idle", "end", "routine", "BREAK_DUE", "break_teleported",
                        "", "12", " 7 ", "1e3", "mid-back-reset", "\u001b]0;title\u0007",
                        "r\u001b[31mRED\n=cmd", "=cmd|' /C calc'!A0", "+1", "-mid", "@SUM(A1)", "Mid-Back-Reset",
                        "a".repeat(41), "quick-reset\u202e")).toList())
                        .map(Object.class::cast)),
                Tuple.of(2, Arbitraries.strings().ofMaxLength(12).map(Object.class::cast)),
                Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(6).map(Object.class::cast)));
    }

    private static Arbitrary<Row> oddRow(Instant around) {
        // The schema's NOT NULL columns take no NULL (SQLite stores a NaN as NULL).
        Arbitrary<Object> notNull = anyValue(around).filter(value -> value != null
                && !(value instanceof Double number && number.isNaN()));
        return Combinators.combine(notNull, notNull, notNull, anyValue(around).list().ofSize(COLUMNS.size() - 3))
                .as((at, offset, type, rest) -> {
                    List<Object> values = new ArrayList<>(List.of(at, offset, type));
                    values.addAll(rest);
                    return new Row(values, null);
                });
    }

    private static Arbitrary<Row> writtenRow(Instant around) {
        Arbitrary<OffsetDateTime> at = Combinators.combine(
                        Arbitraries.longs().between(-3 * 86_400_000L, 86_400_000L),
                        Arbitraries.integers().between(-18 * 3600, 18 * 3600))
                .as((millis, offset) -> OffsetDateTime.ofInstant(around.plusMillis(millis),
                        ZoneOffset.ofTotalSeconds(offset)));
        Arbitrary<Duration> duration = Arbitraries.longs().between(0, 30L * 86_400_000).map(Duration::ofMillis)
                .injectNull(0.5);
        Arbitrary<Long> moment = Arbitraries.longs().between(-86_400_000L, 86_400_000L).injectNull(0.6);
        Arbitrary<RoutineProgress> progress = Arbitraries.integers().between(1, 50)
                .flatMap(steps -> Arbitraries.integers().between(0, steps).map(done -> new RoutineProgress(done, steps)))
                .injectNull(0.6);
        // What a routine file allows (Routine.ID_SYNTAX): nothing else is ever written.
        Arbitrary<String> routine = Combinators.combine(Arbitraries.strings().withCharRange('a', 'z')
                                .numeric().ofLength(1),
                        Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-').ofMaxLength(39))
                .as(String::concat).injectNull(0.5);
        return Combinators.combine(at, Arbitraries.of(EventType.class), duration.list().ofSize(3),
                        Arbitraries.of(EndReason.class).injectNull(0.5), moment.list().ofSize(2), routine, progress)
                .as((when, type, lengths, reason, moments, routineId, steps) -> {
                    // Unhunch writes the fields of the event's type, and no others.
                    EventFields<OffsetDateTime> fields = EventFields.of(type);
                    for (EventField field : type.fields()) {
                        fields = switch (field) {
                            case SITTING_S, AWAY_S, DURATION_S -> fields.seconds(field, lengths.get(field.ordinal()));
                            case ENDED_AT, UNTIL -> {
                                Long millis = moments.get(field == EventField.ENDED_AT ? 0 : 1);
                                yield fields.moment(field,
                                        millis == null ? null : when.plus(Duration.ofMillis(millis)));
                            }
                            case REASON -> fields.reason(reason);
                        };
                    }
                    LoggedEvent event = new LoggedEvent(when, fields, routineId, steps);
                    return new Row(valuesOf(event), event);
                });
    }

    /** The values Unhunch writes for {@code event} (as {@code SqliteBreakLog.record} does). */
    private static List<Object> valuesOf(LoggedEvent event) {
        return Arrays.asList(
                event.at().toInstant().toEpochMilli(),
                (long) event.at().getOffset().getTotalSeconds(),
                event.type().wireName(),
                seconds(event.fields().seconds(EventField.SITTING_S)),
                seconds(event.fields().seconds(EventField.AWAY_S)),
                seconds(event.fields().seconds(EventField.DURATION_S)),
                event.fields().reason() == null ? null : event.fields().reason().wireName(),
                millis(event.fields().moment(EventField.ENDED_AT)),
                millis(event.fields().moment(EventField.UNTIL)),
                event.routineId(),
                event.progress() == null ? null : (long) event.progress().stepsDone(),
                event.progress() == null ? null : (long) event.progress().steps());
    }

    private static Double seconds(Duration duration) {
        return duration == null ? null : duration.toNanos() / 1e9;
    }

    private static Long millis(OffsetDateTime moment) {
        return moment == null ? null : moment.toInstant().toEpochMilli();
    }

    /**
     * A break log of the real schema (made by {@link SqliteBreakLog}, then switched to a rollback journal
     * so that no -wal and -shm files come and go) in {@code folder}, holding {@code rows} and nothing else.
     */
    public static Path logIn(Path folder, List<Row> rows) {
        try {
            Path file = folder.resolve(SqliteBreakLog.FILE_NAME);
            for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
                Files.deleteIfExists(folder.resolve(SqliteBreakLog.FILE_NAME + suffix));
            }
            Files.write(file, template());
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA synchronous=OFF");
                    statement.execute("PRAGMA journal_mode=MEMORY");
                }
                connection.setAutoCommit(false);
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO events ("
                        + String.join(", ", COLUMNS) + ") VALUES (?" + ", ?".repeat(COLUMNS.size() - 1) + ")")) {
                    for (Row row : rows) {
                        for (int i = 0; i < COLUMNS.size(); i++) {
                            insert.setObject(i + 1, row.values().get(i));
                        }
                        insert.executeUpdate();
                    }
                }
                connection.commit();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The {@code at_ms} of each row as SQLite stored it (after its type conversions), in the log's order. */
    public static List<Object> storedTimes(Path file) throws SQLException {
        return ReadOnlySql.column(file, "SELECT at_ms FROM events ORDER BY id");
    }

    public static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized byte[] template() throws IOException, SQLException {
        if (template == null) {
            Path folder = Files.createTempDirectory("unhunch-log-template");
            try {
                SqliteBreakLog.open(folder, Clock.systemUTC(), Duration.ofDays(365), message -> { }).close();
                Path file = folder.resolve(SqliteBreakLog.FILE_NAME);
                try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                     Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA journal_mode=DELETE");
                }
                template = Files.readAllBytes(file);
            } finally {
                delete(folder);
            }
        }
        return template;
    }
}
