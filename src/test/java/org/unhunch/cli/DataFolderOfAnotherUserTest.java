package org.unhunch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unhunch.testing.PosixModes.giveToAnotherUser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.records.LoggedEvent;
import org.unhunch.records.SqliteBreakLog;
import org.unhunch.sitting.EventType;
import org.unhunch.testing.DataFolderProperty;
import org.unhunch.testing.PosixModes;

/**
 * A data folder of another user is refused by every command that uses one, as by {@code run}: that
 * user could read the break history there, and change what is read. Exit 1, naming the folder;
 * nothing is read or written there.
 */
class DataFolderOfAnotherUserTest {

    @TempDir
    Path temp;

    private Path data;
    private DataFolderProperty dataFolder;

    @BeforeEach
    void aFolderOfAnotherUserWithALog() throws Exception {
        PosixModes.require(temp);
        data = temp.resolve("theirs");
        try (SqliteBreakLog log = SqliteBreakLog.open(data, Clock.systemUTC(), Duration.ofDays(365), message -> { })) {
            log.record(LoggedEvent.of(OffsetDateTime.now(), EventType.BREAK_DUE));
        }
        giveToAnotherUser(data);
        dataFolder = DataFolderProperty.pointAt(data);
    }

    @AfterEach
    void restore() {
        dataFolder.close();
    }

    @Test
    void stats_export_and_history_refuse_it_and_exit_1() throws Exception {
        byte[] log = Files.readAllBytes(data.resolve(SqliteBreakLog.FILE_NAME));
        for (String[] args : new String[][] {{"stats"}, {"export", "--format", "csv"}, {"history"}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.status()).as(args[0]).isEqualTo(ExitStatus.CANNOT_BE_DONE);
            assertThat(run.err()).as(args[0]).contains("unhunch " + args[0] + ": " + data + " belongs to another user");
            assertThat(run.out()).as(args[0]).isEmpty();
        }
        assertThat(Files.readAllBytes(data.resolve(SqliteBreakLog.FILE_NAME))).isEqualTo(log);
    }

    @Test
    void simulate_refuses_to_record_into_it_and_exits_1() throws Exception {
        Path trace = Files.writeString(temp.resolve("day.trace"), "0 key\n100 key\n");
        byte[] log = Files.readAllBytes(data.resolve(SqliteBreakLog.FILE_NAME));

        CliRun run = CliRun.of("simulate", "--record-into", data.toString(), trace.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.CANNOT_BE_DONE);
        assertThat(run.err()).isEqualTo("unhunch simulate: --record-into " + data + " belongs to another user, who"
                + " could read and change your break history there" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
        assertThat(Files.readAllBytes(data.resolve(SqliteBreakLog.FILE_NAME))).isEqualTo(log);
    }

    @Test
    void a_folder_simulate_creates_for_its_log_is_the_users_alone() throws Exception {
        Path trace = Files.writeString(temp.resolve("day.trace"), "0 key\n100 key\n");
        Path mine = temp.resolve("mine").resolve("data");

        CliRun run = CliRun.of("simulate", "--record-into", mine.toString(), trace.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(PosixModes.mode(mine)).isEqualTo(0700);
        assertThat(PosixModes.mode(mine.getParent())).isEqualTo(0700);
    }
}
