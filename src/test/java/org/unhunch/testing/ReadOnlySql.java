package org.unhunch.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A look into a SQLite file as a test checks it: opened read-only, so the look changes nothing. */
public final class ReadOnlySql {

    private ReadOnlySql() {
    }

    /** The first column of every row {@code query} gives, in order (SQLite's own types: Long, String…). */
    public static List<Object> column(Path file, String query) throws SQLException {
        List<Object> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file + "?open_mode=1");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getObject(1));
            }
        }
        return values;
    }

    /** The first column, each value as text. */
    public static List<String> texts(Path file, String query) throws SQLException {
        return column(file, query).stream().map(String::valueOf).toList();
    }

    /** Every value of every column of every table, each as text: what a look at the whole file finds. */
    public static List<String> everyValue(Path file) throws SQLException {
        List<String> values = new ArrayList<>();
        for (String table : texts(file, "SELECT name FROM sqlite_master WHERE type = 'table'")) {
            for (String column : texts(file, "SELECT name FROM pragma_table_info('" + table + "')")) {
                values.addAll(texts(file, "SELECT CAST(\"" + column + "\" AS TEXT) FROM \"" + table + "\""));
            }
        }
        return values;
    }

    /** A header pragma's number ({@code application_id}, {@code user_version}). */
    public static int pragma(Path file, String name) throws SQLException {
        return ((Number) column(file, "PRAGMA " + name).get(0)).intValue();
    }
}
