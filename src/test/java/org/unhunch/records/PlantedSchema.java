package org.unhunch.records;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Schema objects an attacker can put into a file named {@code breaks.db} beside the events table:
 * ordinary triggers and views, and, through {@code PRAGMA writable_schema}, objects with names SQLite
 * keeps for itself ({@code sqlite_...}), which SQLite still loads and runs. Each trigger records that
 * it ran in the table {@code ran} (or {@code sqlite_pwn}) and deletes the rows before the new one.
 */
final class PlantedSchema {

    private PlantedSchema() {
    }

    /** The finding's file: a trigger {@code sqlite_t1} on {@code events} writing into a table {@code sqlite_pwn}. */
    static void sqliteNamedTrigger(Statement statement) throws SQLException {
        statement.execute("CREATE TABLE pwn (note TEXT)");
        statement.execute("CREATE TRIGGER t1 AFTER INSERT ON events BEGIN"
                + " INSERT INTO pwn VALUES ('attacker SQL ran: ' || new.type);"
                + " DELETE FROM events WHERE id < new.id; END");
        statement.execute("PRAGMA writable_schema=ON");
        statement.execute("UPDATE sqlite_master SET name = 'sqlite_pwn', tbl_name = 'sqlite_pwn',"
                + " sql = 'CREATE TABLE sqlite_pwn (note TEXT)' WHERE name = 'pwn'");
        statement.execute("UPDATE sqlite_master SET name = 'sqlite_t1', sql = 'CREATE TRIGGER sqlite_t1 AFTER INSERT"
                + " ON events BEGIN INSERT INTO sqlite_pwn VALUES (''attacker SQL ran: '' || new.type);"
                + " DELETE FROM events WHERE id < new.id; END' WHERE name = 't1'");
        statement.execute("PRAGMA writable_schema=OFF");
        bumpSchemaVersion(statement);
    }

    /** An ordinary trigger on {@code events} that writes into a table {@code ran}. */
    static void trigger(Statement statement) throws SQLException {
        statement.execute("CREATE TABLE ran (note TEXT)");
        statement.execute("CREATE TRIGGER keep_last AFTER INSERT ON events BEGIN"
                + " INSERT INTO ran VALUES ('attacker SQL ran'); DELETE FROM events WHERE id < new.id; END");
    }

    /** A trigger whose schema row says it is of no type at all: SQLite goes by its CREATE text and runs it. */
    static void untypedTrigger(Statement statement) throws SQLException {
        trigger(statement);
        statement.execute("PRAGMA writable_schema=ON");
        statement.execute("UPDATE sqlite_master SET type = NULL WHERE name = 'keep_last'");
        statement.execute("PRAGMA writable_schema=OFF");
        bumpSchemaVersion(statement);
    }

    /** A view over {@code events}. */
    static void view(Statement statement) throws SQLException {
        statement.execute("CREATE VIEW recent AS SELECT * FROM events ORDER BY id DESC");
    }

    /** An index of {@code events} on an expression (run at every insert) rather than Unhunch's {@code events_at}. */
    static void expressionIndex(Statement statement) throws SQLException {
        statement.execute("CREATE INDEX events_type ON events(lower(type))");
    }

    /** What {@code ANALYZE} leaves: SQLite's statistics table {@code sqlite_stat1}; no code, and not foreign. */
    static void statistics(Statement statement) throws SQLException {
        statement.execute("ANALYZE");
    }

    /** Makes connections opened before the change read the schema again. */
    private static void bumpSchemaVersion(Statement statement) throws SQLException {
        int version;
        try (var result = statement.executeQuery("PRAGMA schema_version")) {
            result.next();
            version = result.getInt(1);
        }
        statement.execute("PRAGMA schema_version=" + (version + 1));
    }
}
