package org.unhunch.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unhunch.testing.PosixModes.mode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.sitting.EventType;
import org.unhunch.testing.PosixModes;

/** The break log and its -wal and -shm are the user's alone (600), however SQLite creates them. */
class SqliteBreakLogPermissionsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void posixOnly() {
        PosixModes.require(folder);
    }

    private void recordOneEvent() throws Exception {
        try (SqliteBreakLog log = SqliteBreakLog.open(folder, CLOCK, Duration.ofDays(365), problems::add)) {
            log.record(LoggedEvent.of(OffsetDateTime.parse("2026-11-25T11:00:00Z"), EventType.BREAK_SKIPPED));
            for (String name : List.of("breaks.db", "breaks.db-wal", "breaks.db-shm")) {
                assertThat(mode(folder.resolve(name))).as(name + " while the log is open").isEqualTo(0600);
            }
        }
    }

    @Test
    void a_new_log_and_its_wal_and_shm_are_600() throws Exception {
        recordOneEvent();
        assertThat(mode(folder.resolve(SqliteBreakLog.FILE_NAME))).isEqualTo(0600);
    }

    @Test
    void the_new_log_started_after_a_damaged_one_is_600_too() throws Exception {
        Files.writeString(folder.resolve(SqliteBreakLog.FILE_NAME), "not a database ".repeat(300));
        recordOneEvent();
        assertThat(problems).singleElement().asString().contains("was damaged");
    }

    @Test
    void a_dangling_link_in_place_of_the_log_is_moved_aside_never_followed_and_a_log_600_is_made() throws Exception {
        Path target = folder.resolve("outside").resolve("target.db");
        Files.createDirectories(target.getParent());
        Files.createSymbolicLink(folder.resolve(SqliteBreakLog.FILE_NAME), target);

        recordOneEvent();

        assertThat(target).as("nothing created through the link").doesNotExist();
        assertThat(Files.isSymbolicLink(folder.resolve(SqliteBreakLog.FILE_NAME))).isFalse();
        assertThat(mode(folder.resolve(SqliteBreakLog.FILE_NAME))).isEqualTo(0600);
        assertThat(linksAside()).singleElement().satisfies(aside ->
                assertThat(Files.readSymbolicLink(aside)).isEqualTo(target));
        assertThat(problems).singleElement().asString().contains("symbolic link").contains(target.toString());
    }

    @Test
    void a_link_to_a_log_elsewhere_is_not_written_through() throws Exception {
        Path elsewhere = folder.resolve("elsewhere");
        try (SqliteBreakLog log = SqliteBreakLog.open(elsewhere, CLOCK, Duration.ofDays(365), problems::add)) {
            log.record(LoggedEvent.of(OffsetDateTime.parse("2026-11-25T10:00:00Z"), EventType.BREAK_DUE));
        }
        Path target = elsewhere.resolve(SqliteBreakLog.FILE_NAME);
        byte[] before = Files.readAllBytes(target);
        Files.createSymbolicLink(folder.resolve(SqliteBreakLog.FILE_NAME), target);

        recordOneEvent();

        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void links_in_place_of_the_wal_and_shm_are_moved_aside_and_the_log_goes_on() throws Exception {
        recordOneEvent();
        Path elsewhere = Files.createDirectory(folder.resolve("elsewhere"));
        for (String suffix : List.of("-wal", "-shm")) {
            Path companion = folder.resolve(SqliteBreakLog.FILE_NAME + suffix);
            Files.deleteIfExists(companion);
            Files.createSymbolicLink(companion, elsewhere.resolve("planted" + suffix));
        }

        recordOneEvent();

        try (SqliteBreakLog log = SqliteBreakLog.open(folder, CLOCK, Duration.ofDays(365), problems::add)) {
            assertThat(log.events(Instant.EPOCH, CLOCK.instant())).hasSize(2);
        }
        try (Stream<Path> planted = Files.list(elsewhere)) {
            assertThat(planted).as("nothing created through the links").isEmpty();
        }
        assertThat(linksAside()).hasSize(2);
        assertThat(problems).hasSize(2).allSatisfy(problem -> assertThat(problem).contains("symbolic link"));
    }

    @Test
    void a_reader_refuses_a_link_in_place_of_the_log_and_changes_nothing() throws Exception {
        Path target = folder.resolve("target.db");
        try (SqliteBreakLog log = SqliteBreakLog.open(folder.resolve("real"), CLOCK, Duration.ofDays(365),
                problems::add)) {
            log.record(LoggedEvent.of(OffsetDateTime.parse("2026-11-25T11:00:00Z"), EventType.BREAK_SKIPPED));
        }
        Files.move(folder.resolve("real").resolve(SqliteBreakLog.FILE_NAME), target);
        Path link = Files.createSymbolicLink(folder.resolve(SqliteBreakLog.FILE_NAME), target);
        byte[] before = Files.readAllBytes(target);

        assertThatThrownBy(() -> SqliteBreakLog.openForReading(link)).isInstanceOf(SQLException.class)
                .hasMessageContaining("symbolic link");

        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        assertThat(Files.isSymbolicLink(link)).as("a reader moves nothing").isTrue();
    }

    private List<Path> linksAside() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isSymbolicLink).filter(path -> path.getFileName().toString().contains(".link-"))
                    .toList();
        }
    }
}
