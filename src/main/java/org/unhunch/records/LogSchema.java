package org.unhunch.records;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schema objects of a break log: the statements that make them, and every object a log may
 * hold, as SQLite keeps it in {@code sqlite_schema}. A file holding anything else (a trigger, a
 * view, a virtual table, another table or index, an events table of other columns or constraints)
 * is not Unhunch's, whatever it is named: SQLite loads and runs objects named {@code sqlite_...}
 * too when they are put there with {@code PRAGMA writable_schema}.
 */
final class LogSchema {

    /** A row of {@code sqlite_schema}. */
    record SchemaObject(String type, String name, String table, String sql) {

        @Override
        public String toString() {
            return type + " " + name;
        }
    }

    private static final String EVENTS_COLUMNS_V1 = " id INTEGER PRIMARY KEY,"
            + " at_ms INTEGER NOT NULL,"
            + " utc_offset_s INTEGER NOT NULL,"
            + " type TEXT NOT NULL,"
            + " sitting_s REAL, away_s REAL, duration_s REAL,"
            + " reason TEXT, ended_at_ms INTEGER, until_ms INTEGER, routine_id TEXT";
    private static final List<String> STEPS_COLUMNS = List.of("steps_done INTEGER", "steps INTEGER");

    /** Schema 1: the events table (the text every Unhunch has written). */
    static final String CREATE_EVENTS = "CREATE TABLE IF NOT EXISTS events (" + EVENTS_COLUMNS_V1 + ")";
    /** Schema 1: the index by time. */
    static final String CREATE_TIME_INDEX = "CREATE INDEX IF NOT EXISTS events_at ON events(at_ms)";
    /** Schema 2: how many steps of the routine were done, for done and partial breaks. */
    static final List<String> ADD_STEPS = STEPS_COLUMNS.stream().map(column -> "ALTER TABLE events ADD COLUMN "
            + column).toList();

    /** The events table of each schema version, as SQLite keeps it (ALTER TABLE appends to the text). */
    private static final Map<String, Integer> EVENTS_VERSIONS = Map.of(
            normalised("CREATE TABLE events (" + EVENTS_COLUMNS_V1 + ")"), 1,
            normalised("CREATE TABLE events (" + EVENTS_COLUMNS_V1 + ", " + String.join(", ", STEPS_COLUMNS) + ")"), 2);

    /**
     * The other objects a log may hold: its index, and the statistics SQLite's {@code ANALYZE} or
     * {@code PRAGMA optimize} keep (plain tables of numbers; they run nothing). The table has an
     * {@code INTEGER PRIMARY KEY} and no {@code UNIQUE} or {@code AUTOINCREMENT}, so SQLite makes
     * no {@code sqlite_autoindex_...} or {@code sqlite_sequence} for it.
     */
    private static final List<SchemaObject> OTHERS = List.of(
            new SchemaObject("index", "events_at", "events", normalised("CREATE INDEX events_at ON events(at_ms)")),
            new SchemaObject("table", "sqlite_stat1", "sqlite_stat1",
                    normalised("CREATE TABLE sqlite_stat1(tbl,idx,stat)")),
            new SchemaObject("table", "sqlite_stat4", "sqlite_stat4",
                    normalised("CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)")));

    private LogSchema() {
    }

    /** The schema version of the events table {@code object} is, or empty when it is no events table of ours. */
    static Optional<Integer> eventsVersion(SchemaObject object) {
        // Any column may be NULL: SQLite reads a schema row by its CREATE text, whatever its type says.
        if (!"table".equals(object.type()) || !"events".equals(object.name()) || !"events".equals(object.table())
                || object.sql() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(EVENTS_VERSIONS.get(normalised(object.sql())));
    }

    /** Whether a log may hold {@code object}: its events table of a known version, its index, SQLite's statistics. */
    static boolean isKnown(SchemaObject object) {
        if (eventsVersion(object).isPresent()) {
            return true;
        }
        SchemaObject comparable = new SchemaObject(object.type(), object.name(), object.table(),
                object.sql() == null ? null : normalised(object.sql()));
        return OTHERS.stream().anyMatch(known -> known.equals(comparable));
    }

    /** The statement with runs of blanks made one space, and none beside parentheses and commas. */
    static String normalised(String sql) {
        return sql.strip().replaceAll("\\s+", " ").replaceAll(" ?([(),]) ?", "$1");
    }
}
